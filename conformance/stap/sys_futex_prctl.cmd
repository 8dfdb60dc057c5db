python3 sys_futex_prctl.py
