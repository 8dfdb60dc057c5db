/* @@nosort */
#pragma D option quiet

BEGIN
{
	x = 3;
}

BEGIN
/x == 3/
{
	printf("three\n");
}

BEGIN
/x != 3/
{
	printf("not three\n");
}

BEGIN
/x > 1 && x < 5 || x == 100/
{
	printf("in range\n");
	exit(0);
}
