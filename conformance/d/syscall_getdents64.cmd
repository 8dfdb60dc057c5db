python3 -c 'import os; os.listdir("/")'
