mkdir /dev/shm/xt_sys_dir && rmdir /dev/shm/xt_sys_dir
