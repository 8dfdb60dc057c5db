/* inet_ntop() of an address that cannot be read is the clause's "invalid
   address" fault, and ERROR fires; a family other than AF_INET and AF_INET6
   is an "illegal operation". */
#pragma D option quiet

BEGIN
{
	trace(inet_ntop(AF_INET, 0));
	printf("not reached\n");
}

BEGIN
{
	x = 3;
	trace(inet_ntop(x, (void *)&curthread->pid));
	printf("not reached\n");
}

ERROR
{
	printf("error %d\n", ++n);
}

ERROR
/n == 2/
{
	exit(0);
}
