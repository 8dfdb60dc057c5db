python3 -c 'import socket, time
l = socket.socket()
l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
l.bind(("127.0.0.1", 8124))
l.listen(1)
c = socket.create_connection(("127.0.0.1", 8124))
s, _ = l.accept()
time.sleep(0.2)
c.close()
s.close()
l.close()
'
