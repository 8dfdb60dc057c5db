sh -c 'cat /nonexistent; sleep 2'
