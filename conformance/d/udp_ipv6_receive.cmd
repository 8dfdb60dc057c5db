python3 -c 'import socket, time
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s.bind(("::1", 8128))
c = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
c.bind(("::1", 8129))
c.sendto(b"ping", ("::1", 8128))
s.recvfrom(16)
time.sleep(0.2)
c.close()
s.close()
'
