python3 -c 'import os, signal; signal.signal(signal.SIGUSR1, lambda *a: os.getpid()); os.getppid()'
