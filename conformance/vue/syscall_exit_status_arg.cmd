/bin/false
