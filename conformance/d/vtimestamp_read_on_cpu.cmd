dd if=/dev/zero of=/dev/null bs=1048576 count=4
