touch -d @5 /dev/shm/xt_sys_t && rm /dev/shm/xt_sys_t
