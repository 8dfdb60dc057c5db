#pragma D option quiet
BEGIN
{
	z = 0;
	x = 1 / z;
}

ERROR
{
	printf("in ERROR\n");
}

BEGIN
{
	exit(0);
}
