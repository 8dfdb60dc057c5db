python3 sys_link_calls.py
