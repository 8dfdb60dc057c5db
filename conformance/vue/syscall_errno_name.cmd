exec python3 -c 'import socket; a = socket.socket(); a.bind(("127.0.0.1", 5555)); socket.socket().bind(("127.0.0.1", 5555))' 2>/dev/null
