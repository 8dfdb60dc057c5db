/bin/cat vtimestamp.d
