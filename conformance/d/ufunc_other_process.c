/* dsymrun (the -c program) runs dsymkid, a program the session knows nothing
 * of; dsymkid's write(2)s fail on a negative fd and carry code addresses as the
 * buffer: zeta (defined first, so at the lower address) at its start and 4
 * bytes in, alpha at its start and 1 byte in, libc's getppid at its start and 1
 * byte in, and twice an address no file maps. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

__attribute__((noinline)) int zeta(void) { return getppid() > 0; }
__attribute__((noinline)) int alpha(void) { return getpid() > 0; }

int main(int argc, char **argv)
{
	if (argc > 1) {		/* dsymrun: run dsymkid and wait for it */
		pid_t kid = fork();

		if (kid == 0) {
			execl(argv[1], "dsymkid", (char *)NULL);
			_exit(127);
		}
		return kid < 0 || waitpid(kid, NULL, 0) != kid;
	}
	write(-1, (const void *)zeta, 0);
	write(-2, (const char *)zeta + 4, 0);
	write(-3, (const void *)alpha, 0);
	write(-4, (const char *)alpha + 1, 0);
	write(-5, (const void *)getppid, 0);
	write(-6, (const char *)getppid + 1, 0);
	write(-7, (const void *)0x1000, 0);
	write(-8, (const void *)0x1000, 0);
	return !(zeta() && alpha());
}
