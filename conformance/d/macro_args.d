/* Macro arguments: $1 is the first argument as a D token (a number here),
   $$1 the same argument as a string, $$2 a word as a string. */
#pragma D option quiet

BEGIN
{
	printf("%d %d\n", $1, $1 + 1);
	printf("%s %d\n", $$1, strlen($$1));
	printf("%s!\n", $$2);
	exit(0);
}
