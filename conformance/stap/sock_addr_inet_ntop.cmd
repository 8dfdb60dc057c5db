python3 -c 'import socket
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", 45683)); s.listen(1)
c = socket.create_connection(("127.0.0.1", 45683)); a, _ = s.accept(); c.sendall(b"hello"); a.recv(16); c.close(); a.close(); s.close()'
