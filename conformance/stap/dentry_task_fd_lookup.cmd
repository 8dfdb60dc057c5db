cat < /etc/hostname | /bin/true
