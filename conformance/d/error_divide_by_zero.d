/* The faulting clause stops; others still run; ERROR fires. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	z = 0;
	printf("before\n");
	x = 10 / z;
	printf("not reached\n");
}

BEGIN
{
	printf("next clause\n");
	exit(0);
}
