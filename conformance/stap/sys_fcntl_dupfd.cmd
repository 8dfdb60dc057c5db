sh -c 'echo x 2>/dev/null; true'
