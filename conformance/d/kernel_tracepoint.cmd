/usr/bin/env /bin/true
