/* printa() without a format prints like the end of run, and only once. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	@c["a"] = count();
	printa(@c);
	printf("after\n");
	exit(0);
}
