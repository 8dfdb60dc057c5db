/* nspec=3: three speculations at once, each committed on its own. */
/* @@nosort */
#pragma D option quiet
#pragma D option nspec=3

BEGIN
{
	a = speculation();
	b = speculation();
	c = speculation();
	d = speculation();
	printf("ids %d %d %d %d\n", a, b, c, d);
}

BEGIN
{
	speculate(b);
	printf("in b\n");
}

BEGIN
{
	speculate(a);
	printf("in a\n");
}

BEGIN
{
	speculate(c);
	printf("in c\n");
}

BEGIN
{
	commit(a);
	discard(c);
}

BEGIN
{
	commit(b);
}

BEGIN
{
	exit(0);
}
