perl -MPOSIX -e '$fd = POSIX::open("/etc/hostname", 0); POSIX::dup2($fd, 20); POSIX::dup2(99, 21)'
