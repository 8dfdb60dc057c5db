mkdir /dev/shm || true
