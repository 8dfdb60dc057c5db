python3 -c 'import os; fd = os.open("/dev/null", os.O_WRONLY | os.O_APPEND); os.dup2(fd, 42); os.getppid()'
