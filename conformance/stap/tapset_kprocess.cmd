sh -c '/bin/false; /bin/false; :'
