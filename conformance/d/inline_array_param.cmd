python3 -c 'import socket
for a, p in (("127.0.0.1", 7), ("127.200.1.3", 51000)):
    s = socket.socket()
    try:
        s.connect((a, p))
    except OSError:
        pass
    s.close()
'
