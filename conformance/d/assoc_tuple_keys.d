#pragma D option quiet

BEGIN
{
	a[1, "b"] = 5;
	a[2, "b"] = 7;
	printf("%d %d\n", a[1, "b"], a[2, "b"]);
	exit(0);
}
