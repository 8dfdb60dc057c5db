/bin/sh -c 'echo hello > /dev/null'
