@@BEGIN
{
	printf("%d %d %d %d\n", 0x1F, 017, 'A', '\n');
	exit();
}
