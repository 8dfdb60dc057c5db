python3 sys_rw_vectors.py
