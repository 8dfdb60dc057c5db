BEGIN
{
	printf("leaving\n");
	exit(3);
}
