/* A copied-in buffer cast to a struct pointer: sleep's timespec. */
#pragma D option quiet

syscall::clock_nanosleep:entry
/execname == "sleep"/
{
	printf("%d.%09d\n", ((struct timespec64 *)copyin(arg2, 16))->tv_sec,
	    ((struct timespec64 *)copyin(arg2, 16))->tv_nsec);
	exit(0);
}
