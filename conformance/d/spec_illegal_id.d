/* An id past nspec is an illegal operation: the clause stops, ERROR fires,
 * the session goes on. */
/* @@nosort */
#pragma D option quiet
#pragma D option nspec=8

BEGIN
{
	discard(1024);
	printf("not reached\n");
}

ERROR
{
	printf("ERROR fired\n");
}

BEGIN
{
	printf("next clause\n");
	exit(0);
}
