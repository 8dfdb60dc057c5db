#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d %d\n", "abc" == "abc", "abc" != "abd", "abc" < "abd", "b" > "a", "a" >= "b");
	exit(0);
}
