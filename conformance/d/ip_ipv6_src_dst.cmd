python3 -c 'import socket, time
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s.bind(("::1", 8137))
c = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
c.bind(("::1", 8136))
c.sendto(b"x" * 37, ("::1", 8137))
s.recvfrom(64)
time.sleep(0.2)
c.close()
s.close()
'
