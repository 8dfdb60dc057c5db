/* An integer read from a copyin() through a cast to a pointer to its type: sleep 1.5
   asks clock_nanosleep for a timespec of 1 s (tv_sec, 8 bytes) and 500000000 ns
   (0x1dcd6500, little-endian: its second byte is 0x65). */
#pragma D option quiet

syscall::clock_nanosleep:entry
/execname == "sleep"/
{
	this->sec = *(int64_t *)copyin(arg2, sizeof (int64_t));
	printf("%d s %d ns, second byte %d\n", this->sec, *(long *)copyin(arg2 + 8, 8),
	    *(uint8_t *)copyin(arg2 + 9, 1));
	exit(0);
}
