/bin/echo twelve chars
