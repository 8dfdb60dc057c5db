/* The benchmark workload, run in the guest as a host program.
 *
 *   bench_w getppid N   call getppid() N times (after N/10 warm-up calls) and
 *                       print "ns_per_call <float>": CLOCK_MONOTONIC time per
 *                       call (in an icount guest, 1 ns = 1 instruction)
 *   bench_w close N     call close() on N distinct bad fds, so that
 *                       `@[arg0] = count()` on close gets N distinct keys
 *   bench_w rate N R    call getppid() N times, paced at R calls per second
 *                       (busy-waiting on the vDSO clock, which makes no
 *                       syscall), and print "rate_pid <pid> <calls/s achieved>":
 *                       a tracer printing one line per call is offered R lines/s
 *
 * syscall(2) directly, so libc can never answer from a cache.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv)
{
	long i, n = argc > 2 ? atol(argv[2]) : 0;
	long long t0, t1;

	if (argc < 3 || n <= 0 || (argc != 3 && strcmp(argv[1], "rate"))) {
		fprintf(stderr, "usage: %s getppid|close N | rate N R\n", argv[0]);
		return 2;
	}
	if (!strcmp(argv[1], "close")) {
		/* Far above any open fd: every call fails with EBADF, none closes. */
		for (i = 0; i < n; i++)
			syscall(SYS_close, 1000000 + i);
		return 0;
	}
	if (!strcmp(argv[1], "rate")) {
		double r = argc == 4 ? atof(argv[3]) : 0;
		long long step;

		if (argc != 4 || r <= 0) {
			fprintf(stderr, "usage: %s rate N R\n", argv[0]);
			return 2;
		}
		step = (long long)(1e9 / r);
		t0 = now_ns();
		for (i = 0; i < n; i++) {
			while (now_ns() < t0 + i * step)
				;
			syscall(SYS_getppid);
		}
		t1 = now_ns();
		printf("rate_pid %d %.0f\n", (int)getpid(), n * 1e9 / (double)(t1 - t0));
		return 0;
	}
	for (i = 0; i < n / 10; i++)  /* fault in code and stack, warm caches */
		syscall(SYS_getppid);
	t0 = now_ns();
	for (i = 0; i < n; i++)
		syscall(SYS_getppid);
	t1 = now_ns();
	printf("ns_per_call %.2f\n", (double)(t1 - t0) / n);
	return 0;
}
