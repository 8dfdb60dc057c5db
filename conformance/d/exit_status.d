#pragma D option quiet
BEGIN
{
	printf("leaving\n");
	exit(3);
}
