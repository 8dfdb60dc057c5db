#pragma D option quiet

BEGIN
{
	printf("%d %d %d\n", index("hello", "l"), rindex("hello", "l"), index("abc", "z"));
	exit(0);
}
