python3 -c 'import socket, time
l = socket.socket(socket.AF_INET6)
l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
l.bind(("::1", 8126))
l.listen(1)
c = socket.create_connection(("::1", 8126))
s, _ = l.accept()
c.sendall(b"ping")
s.recv(4)
time.sleep(0.2)
c.close()
s.close()
l.close()
'
