/* stringof() of a string is that string. */
#pragma D option quiet

BEGIN
{
	printf("%s %d\n", stringof("abc"), strlen(stringof(execname)) > 0);
	exit(0);
}
