cat /etc/hostname
