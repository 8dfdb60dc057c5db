python3 -c "
import socket
r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); r.bind(('127.0.0.3', 7796))
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('127.0.0.1', 0))
for i in range(3): s.sendto(b'x', ('127.0.0.3', 7796))
for i in range(3): r.recv(10)"
