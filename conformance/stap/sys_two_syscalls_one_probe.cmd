mkdir /dev/shm/xt_sys_two && rmdir /dev/shm/xt_sys_two
