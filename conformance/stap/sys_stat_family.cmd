python3 sys_stat_family.py
