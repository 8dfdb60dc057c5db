python3 sys_fd_calls.py
