ls /
