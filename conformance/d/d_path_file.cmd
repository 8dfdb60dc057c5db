cd /etc && cat hostname
