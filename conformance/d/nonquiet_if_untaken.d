/* Not quiet, an `if` whose body records: DTrace runs the clause as basic blocks
   (libdtrace dt_sugar.c), one ECB each, and an ECB that stores nothing writes no
   record (dtrace_ecb_resize gives it size 0). The firings whose condition is false
   record nothing and print no probe line; only the fourth prints, framed. */
/* @@nosort */
tick-1ms
{
	if (x++, x > 3) {
		printf("x=%d", x);
		exit(0);
	}
}
