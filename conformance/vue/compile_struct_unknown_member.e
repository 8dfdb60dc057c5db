struct timespec {
	long tv_sec;
	long tv_nsec;
};
int clock_nanosleep(int clockid, int flags, struct timespec *req, struct timespec *rem);

@@syscall:*:clock_nanosleep:entry
{
	printf("%d\n", __arg3->tv_usec);
}
