python3 -c 'import socket, time
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.4", 8130))
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.bind(("127.0.0.3", 0))
c.sendto(b"hello", ("127.0.0.4", 8130))
s.recvfrom(16)
s6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s6.bind(("::1", 8130))
c6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
c6.sendto(b"ping", ("::1", 8130))
s6.recvfrom(16)
time.sleep(0.2)
'
