#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d %d\n", sizeof(pid), sizeof(timestamp), sizeof (char)0, sizeof(int *),
	    sizeof(unsigned short));
	exit(0);
}
