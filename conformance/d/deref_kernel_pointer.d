/* `*(T *)addr` loads a T from kernel memory; a bad address is the clause's
   "invalid address" fault, and ERROR fires (the DTrace guide's error.d). */
#pragma D option quiet

BEGIN
{
	printf("%d\n", *(unsigned long *)curthread == curthread->thread_info.flags);
}

/* (a clause of its own: a fault discards what its clause printed before it) */
BEGIN
{
	*(char *)NULL;
	printf("not reached\n");
}

ERROR
{
	printf("Hit an error!\n");
	exit(0);
}
