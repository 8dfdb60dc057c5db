/bin/true; /bin/true
