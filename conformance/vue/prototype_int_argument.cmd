python3 -c 'import os
try:
    os.close(-1)
except OSError:
    pass'
