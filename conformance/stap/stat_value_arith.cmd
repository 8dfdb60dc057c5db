dd if=/dev/zero of=/dev/null bs=4000 count=9000 iflag=count_bytes status=none
