cd /usr/share && cat /etc/hostname
