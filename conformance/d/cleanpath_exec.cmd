/usr//bin/../bin/./cat /etc/hostname
