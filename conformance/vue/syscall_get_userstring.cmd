rmdir /nonexistent-vue-dir
