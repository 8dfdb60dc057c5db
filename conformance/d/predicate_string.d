/* @@nosort */
#pragma D option quiet

BEGIN
{
	s = "abc";
}

BEGIN
/s == "abc"/
{
	printf("equal\n");
}

BEGIN
/s != "abc"/
{
	printf("different\n");
}

BEGIN
{
	exit(0);
}
