#pragma D option quiet

BEGIN
{
	printf("[%*d][%-*d][%.*s]\n", 5, 42, 4, 7, 3, "abcdef");
	exit(0);
}
