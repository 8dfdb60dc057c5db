python3 -c 'import socket, time
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s.bind(("::1", 8134))
c = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
c.bind(("::1", 8135))
c.sendto(b"ping", ("::1", 8134))
_, peer = s.recvfrom(16)
s.sendto(b"ok", peer)
c.recvfrom(16)
time.sleep(0.2)
c.close()
s.close()
'
