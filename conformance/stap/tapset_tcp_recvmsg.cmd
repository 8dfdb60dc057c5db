python3 -c 'import socket
for fam, host, port in ((socket.AF_INET, "127.0.0.1", 45679), (socket.AF_INET6, "::1", 45680)):
    s = socket.socket(fam); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind((host, port)); s.listen(1)
    c = socket.socket(fam); c.connect((host, port)); a, _ = s.accept(); c.sendall(b"hey"); a.recv(16); c.close(); a.close(); s.close()'
