sh -c 'sync; uname >/dev/null'
