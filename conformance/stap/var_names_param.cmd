/bin/echo hello > /dev/null
