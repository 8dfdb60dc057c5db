/usr/bin/python3 -c 'for i in range(2000000): pass'
