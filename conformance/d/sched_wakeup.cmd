sh -c '/bin/sleep 0.1; true'
