python3 -c 'import socket, time
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.2", 8126))
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.bind(("127.0.0.1", 8127))
c.sendto(b"hello", ("127.0.0.2", 8126))
_, peer = s.recvfrom(16)
s.sendto(b"hi!", peer)
c.recvfrom(16)
time.sleep(0.2)
c.close()
s.close()
'
