python3 -c 'import os; fd = os.open("/etc/hostname", os.O_RDONLY); os.read(fd, 4099); os.read(fd, 4099); os.pread(fd, 4099, 0); os.pread(fd, 4099, 0)'
