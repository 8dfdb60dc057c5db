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
#include <poll.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <termios.h>
#include <sys/ioctl.h>

/* Makes known syscalls, each once, and reports the values only it knows
 * (fds, addresses) on stdout for the test to build its expected lines. */
/* The second half: the other common syscalls, reported like the first. */
static void more(void)
{
	char buf[16];
	struct stat st;
	struct iovec iov[2] = { { "ab", 2 }, { "c\n", 2 } };
	struct timeval tv = { 0, 1000 };
	struct epoll_event ev[4];
	struct sockaddr_in sin;
	struct termios t;
	long fd, ep, u, pid;
	int status;

	fd = syscall(SYS_openat, AT_FDCWD, "/etc/hostname", O_RDONLY);
	syscall(SYS_pread64, fd, buf, 4, 2);
	syscall(SYS_stat, "/etc/hostname", &st);
	syscall(SYS_fstat, fd, &st);
	syscall(SYS_writev, 1, iov, 2);
	syscall(SYS_poll, NULL, 0, 0);
	syscall(SYS_select, 0, NULL, NULL, NULL, &tv);
	ep = syscall(SYS_epoll_create1, EPOLL_CLOEXEC);
	syscall(SYS_epoll_wait, ep, ev, 4, 0);
	syscall(SYS_ioctl, 1, TCGETS, &t);
	u = syscall(SYS_socket, AF_INET, SOCK_DGRAM, 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons(9);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	syscall(SYS_connect, u, &sin, sizeof(sin));
	syscall(SYS_sendto, u, "hi", 2, MSG_DONTWAIT, &sin, sizeof(sin));
	pid = fork();
	if (pid == 0)
		syscall(SYS_exit_group, 7);
	waitpid(pid, &status, 0);
	printf("fd2=%ld ep=%ld u=%ld pid=%ld\n", fd, ep, u, pid);
	fflush(stdout);
}

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
	more();
	fflush(stdout);
	syscall(SYS_exit_group, 3);
	return 0;
}
