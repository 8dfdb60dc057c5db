/bin/echo hello vue
