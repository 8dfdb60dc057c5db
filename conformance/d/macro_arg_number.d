/* A macro argument used as a number: $1 is the argument's text, 41 here,
   put in the script as it is (stap's $1, Vue's $1 in a translation). */
#pragma D option quiet

BEGIN
{
	printf("%d %d\n", $1, $1 * 2);
	exit(0);
}
