python3 -c 'import os; fd = os.open("/dev/shm/xt_sa_names", os.O_RDWR | os.O_CREAT); os.unlink("/dev/shm/xt_sa_names"); os.pwrite(fd, b"abc", 0); os.pread(fd, 3, 0); os.stat("/")'
