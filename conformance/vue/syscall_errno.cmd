rmdir /dev/shm/nonexistent-vue-dir
