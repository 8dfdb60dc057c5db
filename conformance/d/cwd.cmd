/bin/cat no-such-file
