cat /etc/hostname > /dev/null
