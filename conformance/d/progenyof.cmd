sh -c 'sync; true'
