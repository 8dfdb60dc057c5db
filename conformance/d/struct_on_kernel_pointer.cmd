stat -c %n /etc/hostname
