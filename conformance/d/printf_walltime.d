/* %Y prints a date; the filter replaces the date itself. */
#pragma D option quiet

BEGIN
{
	printf("now: %Y\n", walltimestamp);
	exit(0);
}
