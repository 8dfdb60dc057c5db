cat /etc/hostname /etc/debian_version > /dev/null
