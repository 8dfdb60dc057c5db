#pragma D option quiet
BEGIN
{
	printf("%d|%5d|%-5d|%05d|%+d\n", 42, 42, 42, 42, 42);
	printf("%i %u %x %X %o %c%c\n", -7, 7, 255, 255, 8, 72, 105);
	printf("[%s] [%8s] [%-8s] %%\n", "abc", "abc", "abc");
	exit(0);
}
