setpriv --reuid=65534 --regid=65534 --clear-groups prlimit --nproc=0 sh -c '/bin/true; true'
