@@BEGIN
{
	l = list();
	append(l, 10);
}

@@BEGIN
{
	append(l, 30);
	exit();
}

@@END
{
	printf("count %lld avg %lld\n", count(l), avg(l));
}
