@@BEGIN
{
	eprintf("to stderr %d\n", 2);
	printf("to stdout %d\n", 1);
	exit();
}
