python3 -c 'import os; os.write(1, b"")'
