@@BEGIN
{
	l = list();
	append(l, 1);
	append(l, 2);
	append(l, 4);
	printf("%lld\n", avg(l));
	exit();
}
