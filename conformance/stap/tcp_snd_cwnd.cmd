python3 -c "
import socket
srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 8080)); srv.listen(1)
c = socket.create_connection(('127.0.0.1', 8080)); c.sendall(b'hello')
s, _ = srv.accept(); s.recv(100); c.close(); s.close(); srv.close()"
