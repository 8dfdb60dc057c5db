sh -c 'kill -15 $$'
