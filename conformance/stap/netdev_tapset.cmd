ifconfig lo mtu 1400; ip link set lo mtu 65536; cat /proc/net/dev > /dev/null; python3 -c "import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x' * 10, ('127.0.0.1', 9))"
