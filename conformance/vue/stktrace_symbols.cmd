python3 -c 'import os; fd = os.open("/etc/hostname", os.O_RDONLY); os.read(fd, 7777)'
