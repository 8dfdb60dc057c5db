python3 sys_mem_calls.py
