stat /usr/bin/stat
