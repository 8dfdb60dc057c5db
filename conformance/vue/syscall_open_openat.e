/* libc's open() is the openat system call on Linux: an AIX script's open
 * clause sees it, __arg1 the path and __arg2 the flags. The dynamic linker's
 * path (a string the program has not touched yet when it opens it) reads
 * too: get_userstring pages it in, as on AIX. */
int open(char *path, int oflag);

@@syscall:$__CPID:open:entry
{
	String s[64];
	s = get_userstring(__arg1, -1);
	if (s == "/etc/ld.so.cache" || s == "/etc/hostname") {
		printf("open(%s, %d)\n", s, __arg2);
	}
}

@@syscall:$__CPID:exit:entry
{
	exit();
}
