sync; /bin/true
