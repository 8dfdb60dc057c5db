python3 -c 'import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 4321)); s.sendto(b"hello", ("127.0.0.1", 9))'
