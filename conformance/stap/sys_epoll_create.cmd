python3 -c 'import ctypes, select; select.epoll(); ctypes.CDLL(None).syscall(213, 5)'
