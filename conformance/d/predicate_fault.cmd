python3 -c 'import ctypes as t, os; c = t.CDLL(None); c.syscall(t.c_long(80), t.c_void_p(0)); os.chdir("/tmp"); c.syscall(t.c_long(80), t.c_void_p(1)); os.chdir("/")'
