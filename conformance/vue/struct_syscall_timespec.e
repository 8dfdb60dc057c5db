/* A struct pointer argument: the prototype types __arg3 as struct timespec *, so
   __arg3->tv_sec reads the sleeping process's memory; copy_userdata() copies the
   whole struct into a struct variable. sleep asks clock_nanosleep for 1.5 s. */
struct timespec {
	long tv_sec;
	long tv_nsec;
};
int clock_nanosleep(int clockid, int flags, struct timespec *req, struct timespec *rem);

@@syscall:*:clock_nanosleep:entry
	when (__pname == "sleep")
{
	__auto struct timespec ts;
	copy_userdata(__arg3, ts);
	printf("%ld s %ld ns\n", __arg3->tv_sec, __arg3->tv_nsec);
	printf("copy: %ld s %ld ns (%d bytes)\n", ts.tv_sec, ts.tv_nsec, sizeof(ts));
	exit();
}
