/bin/sh -c '/usr/bin/env /nonexistent/prog; /bin/true'
