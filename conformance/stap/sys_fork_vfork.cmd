python3 -c 'import ctypes, os; p = ctypes.CDLL(None).syscall(57); os._exit(0) if p == 0 else os.waitpid(p, 0)'; echo x | busybox xargs /bin/true
