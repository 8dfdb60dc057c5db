setpriv --reuid=1000 --regid=1000 --clear-groups /bin/echo one two three
