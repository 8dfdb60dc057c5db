/usr/bin/env /nonexistent/prog
