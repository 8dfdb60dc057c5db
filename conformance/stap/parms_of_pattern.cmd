python3 -c 'import os; fd = os.open("/dev/null", os.O_RDONLY); os.dup2(fd, 9); os.lseek(9, 12345, os.SEEK_SET)'
