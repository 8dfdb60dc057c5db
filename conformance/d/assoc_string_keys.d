#pragma D option quiet

BEGIN
{
	a["x"] = 1;
	a["y"] = 2;
	printf("%d %d %d\n", a["x"], a["y"], a["x"] + a["y"]);
	exit(0);
}
