sh -c 'for i in $(seq 150); do /bin/true; done; /bin/echo > /dev/null'
