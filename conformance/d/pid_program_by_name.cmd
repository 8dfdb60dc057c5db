/usr/bin/python3.11 -c pass
