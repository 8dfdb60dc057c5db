python3 -c 'import os; fd = os.open("/etc/hostname", os.O_RDONLY); [os.read(fd, 7777) for i in range(3)]; [os.pread(fd, 7777, 0) for i in range(2)]'
