python3 -c 'import socket, time
l = socket.socket()
l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
l.bind(("127.0.0.1", 8123))
l.listen(1)
c = socket.create_connection(("127.0.0.1", 8123))
s, _ = l.accept()
s.close()
c.recv(1)
c.close()
time.sleep(0.5)
l.close()
'
