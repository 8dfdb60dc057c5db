/bin/cat /dev/null
