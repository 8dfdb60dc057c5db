/* @@nosort */
#pragma D option quiet

BEGIN
{
	z = 0;
	x = 1 / z;
}

ERROR
{
	printf("ERROR fired\n");
}

BEGIN
{
	exit(0);
}
