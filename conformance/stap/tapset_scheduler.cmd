sh -c '/bin/true; /bin/true; sleep 0.1; :'
