/bin/echo hi
