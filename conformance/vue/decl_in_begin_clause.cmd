rmdir /nonexistent-dir-for-vue
