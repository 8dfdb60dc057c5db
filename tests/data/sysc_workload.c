#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <unistd.h>

/* Makes known syscalls, each once, and reports the values only it knows
 * (fds, addresses) on stdout for the test to build its expected lines. */
int main(void)
{
	char buf[16];
	long fd, sfd, tfd, r;
	void *m;

	syscall(SYS_open, "/nonexistent/xt", O_RDONLY);
	fd = syscall(SYS_openat, AT_FDCWD, "/etc/hostname", O_RDONLY | O_CLOEXEC);
	syscall(SYS_read, fd, buf, 7);
	syscall(SYS_lseek, fd, 5, SEEK_SET);
	syscall(SYS_close, fd);
	syscall(SYS_write, 1, "hello\n", 6);
	tfd = syscall(SYS_openat, AT_FDCWD, "/dev/shm/xt_sysc", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	syscall(SYS_dup3, tfd, 100, O_CLOEXEC);
	syscall(SYS_renameat, AT_FDCWD, "/dev/shm/xt_sysc", AT_FDCWD, "/dev/shm/xt_sysc2");
	syscall(SYS_unlinkat, AT_FDCWD, "/dev/shm/xt_sysc2", 0);
	syscall(SYS_access, "/etc", R_OK | X_OK);
	m = (void *)syscall(SYS_mmap, 0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	syscall(SYS_munmap, m, 8192);
	sfd = syscall(SYS_socket, AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	syscall(SYS_kill, getpid(), 0);
	r = syscall(SYS_close, 12345);
	printf("fd=%ld tfd=%ld sfd=%ld m=%p r=%ld\n", fd, tfd, sfd, m, r);
	fflush(stdout);
	syscall(SYS_exit_group, 3);
	return 0;
}
