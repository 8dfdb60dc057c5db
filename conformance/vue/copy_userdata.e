/* copy_userdata(): sizeof(v) bytes of user memory into v, read as v's type.
   sleep passes nanosleep a struct timespec: tv_sec (8 bytes), then tv_nsec */
@@syscall:*:clock_nanosleep:entry
	when (__pname == "sleep")
{
	__auto long long secs;
	__auto int nsecs;
	__auto unsigned char low;
	__auto signed char slow;
	copy_userdata(__arg3, secs);
	copy_userdata(__arg3 + 8, nsecs);
	copy_userdata(__arg3 + 8, low);
	copy_userdata(__arg3 + 8, slow);
	printf("sleep asks for %lld s %d ns (low byte %d, as signed char %d)\n", secs, nsecs, low, slow);
	exit();
}
