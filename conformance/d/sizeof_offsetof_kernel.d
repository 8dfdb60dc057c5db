/* sizeof and offsetof of the kernel's own structs, laid out as the kernel's
   headers declare them: list_head is two pointers, timespec64 two 64-bit
   fields; a member of struct file lies inside it. */
#pragma D option quiet

BEGIN
{
	printf("list_head %d: next %d prev %d\n", sizeof(struct list_head),
	    offsetof(struct list_head, next), offsetof(struct list_head, prev));
	printf("timespec64 %d: tv_sec %d tv_nsec %d\n", sizeof(struct timespec64),
	    offsetof(struct timespec64, tv_sec), offsetof(struct timespec64, tv_nsec));
	printf("file f_flags inside %d\n",
	    offsetof(struct file, f_flags) + sizeof(unsigned int) <= sizeof(struct file));
	exit(0);
}
