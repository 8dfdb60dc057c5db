__list sizes;
@@BEGIN
{
	sizes = list();
	append(sizes, -4);
	append(sizes, 9);
	exit();
}

@@END
{
	printf("%lld %lld %lld %lld\n", count(sizes), min(sizes), max(sizes), sum(sizes));
}
