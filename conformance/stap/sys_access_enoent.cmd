/bin/true
