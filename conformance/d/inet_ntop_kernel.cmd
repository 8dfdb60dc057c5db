python3 -c 'import socket
for f, a in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1"), (socket.AF_INET6, "::ffff:127.0.0.1"), (socket.AF_INET6, "2001:db8::1:0:0:1")):
    s = socket.socket(f, socket.SOCK_STREAM)
    try:
        s.connect((a, 7))
    except OSError:
        pass
'
