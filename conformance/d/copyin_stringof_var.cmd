/bin/echo xyz
