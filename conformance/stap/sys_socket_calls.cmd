python3 sys_socket_calls.py
