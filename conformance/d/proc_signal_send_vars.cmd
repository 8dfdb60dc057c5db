sh -c 'trap "" USR1; kill -USR1 $$'
