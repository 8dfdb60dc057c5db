@@BEGIN
{
	l = list();
	append(l, 100);
	append(l, 200);
	printf("%lld\n", count(l));
	l = list();
	append(l, 7);
	printf("%lld %lld\n", count(l), sum(l));
	exit();
}
