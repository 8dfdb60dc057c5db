#pragma D option quiet

BEGIN
{
	printf("[%c][%3c][%-3c]\n", 65, 66, 67);
	exit(0);
}
