python3 -c 'import os; p = os.fork(); os._exit(0) if p == 0 else os.waitpid(p, 0)'
