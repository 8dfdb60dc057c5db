/bin/echo hello, tracemem world
