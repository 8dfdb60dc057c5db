/* A list's statistic printed under `if (count(l) > 0)`, as a port of D's printa
   writes it: nothing for a list nothing was appended to, the blank line before
   D's END layout printed regardless. */
__list never;
__list lo;
__list hi;

/* never fires: the session ends long before (a list nothing is appended to) */
@@interval:*:clock:3600000
{
	append(never, 5);
}

@@BEGIN
{
	append(lo, 4);
	append(lo, -6);
	append(hi, 3);
	append(hi, 12);
}

@@BEGIN
{
	if (count(lo) > 0)
		printf("min %d\n", min(lo));
	if (count(never) > 0)
		printf("never %d\n", sum(never));
	printf("\n");
	if (count(hi) > 0)
		printf(" %16d\n", max(hi));
	printf("\n");
	if (count(never) > 0)
		printf(" %16d\n", sum(never));
	exit();
}

@@END
{
	if (count(lo) > 0)
		printf("end min %d\n", min(lo));
}
