sh -c '/nonexistent-program-for-vue; true'
