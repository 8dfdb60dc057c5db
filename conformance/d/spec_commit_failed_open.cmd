cat /etc/hostname /nonexistent-xtrace
