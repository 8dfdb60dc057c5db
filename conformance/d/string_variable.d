#pragma D option quiet

BEGIN
{
	s = "hello";
	t = s;
	printf("%s world %s\n", s, t);
	exit(0);
}
