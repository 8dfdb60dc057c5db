python3 -c 'import os; os.getppid(); os.getppid()'
