/bin/sh -c '/bin/sleep 0.01; /bin/sleep 0.01; /bin/sleep 0.01; true'
