#pragma D option quiet

BEGIN
{
	printf("tab\there\nbackslash \\ quote \"\n");
	exit(0);
}
