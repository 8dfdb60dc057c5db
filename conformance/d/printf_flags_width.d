#pragma D option quiet

BEGIN
{
	printf("[%6d][%-6d][%06d][%+d][% d][%+d]\n", 42, 42, 42, 42, 42, -42);
	exit(0);
}
