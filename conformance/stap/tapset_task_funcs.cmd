/bin/echo hi there
