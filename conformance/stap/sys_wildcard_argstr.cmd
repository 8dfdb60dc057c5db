mkdir /dev/shm/xt_sys_w && rmdir /dev/shm/xt_sys_w
