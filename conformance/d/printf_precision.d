#pragma D option quiet

BEGIN
{
	printf("[%.3d][%8.3d][%-8.3d][%.2s][%6.2s][%-6.2s]\n", 42, 42, 42, "abcdef", "abcdef", "abcdef");
	exit(0);
}
