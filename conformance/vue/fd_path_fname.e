/* fd_path() and fd_fname(): the file behind a descriptor; a path_t prints
 * with %p */
int read(int fd, char *buf, unsigned long n);
path_t p;

@@syscall:$__CPID:read:entry
{
	String f[64];
	f = fd_fname(__arg1);
	if (f == "hostname") {
		p = fd_path(__arg1);
		printf("read from [%p] (%s)\n", p, f);
		exit();
	}
}
