python3 sys_signal_wait.py
