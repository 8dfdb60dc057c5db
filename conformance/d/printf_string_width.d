#pragma D option quiet

BEGIN
{
	s = "dtrace";
	printf("[%s][%10s][%-10s]\n", s, s, s);
	exit(0);
}
