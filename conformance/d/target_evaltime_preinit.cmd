/sbin/ldconfig -p
