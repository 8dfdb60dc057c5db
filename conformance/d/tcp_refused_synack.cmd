python3 -c 'import socket, time
c = socket.socket()
c.bind(("127.0.0.7", 0))
try:
    c.connect(("127.0.0.7", 8131))
except ConnectionRefusedError:
    pass
c.close()
l = socket.socket()
l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
l.bind(("127.0.0.7", 8132))
l.listen(1)
d = socket.socket()
d.bind(("127.0.0.7", 0))
d.connect(("127.0.0.7", 8132))
s, _ = l.accept()
s.close()
d.close()
l.close()
time.sleep(0.5)
'
