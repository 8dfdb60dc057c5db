python3 -c 'import ctypes, os, threading; libc = ctypes.CDLL(None); t = threading.Thread(target=lambda: (libc.prctl(15, b"xt_worker", 0, 0, 0), os.getppid())); t.start(); t.join(); os.getppid()'
