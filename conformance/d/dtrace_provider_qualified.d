#pragma D option quiet

dtrace:::BEGIN
{
	printf("qualified\n");
	exit(0);
}
