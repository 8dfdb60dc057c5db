/bin/sh -c '/nonexistent_xt 2>/dev/null; /bin/true'
