python3 -c "
import socket
r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); r.bind(('127.0.0.1', 7795))
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for i in range(3): s.sendto(b'x', ('127.0.0.1', 7795))
for i in range(3): r.recv(10)"
