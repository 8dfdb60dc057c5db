rmdir /dev/shm/xt_sys_none || true
