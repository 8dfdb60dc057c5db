#pragma D option quiet

BEGIN
{
	printf("%s\n", strjoin(strjoin("foo", "/"), "bar"));
	exit(0);
}
