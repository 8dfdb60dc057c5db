python3 -c 'import socket; socket.socket()'
