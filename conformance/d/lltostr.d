#pragma D option quiet

BEGIN
{
	printf("%s|%s\n", lltostr(12345), lltostr(-7));
	exit(0);
}
