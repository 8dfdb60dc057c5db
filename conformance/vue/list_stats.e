@@BEGIN
{
	lst = list();
	append(lst, 3);
	append(lst, 5);
	append(lst, 10);
	printf("count=%lld sum=%lld min=%lld max=%lld avg=%lld\n",
	       count(lst), sum(lst), min(lst), max(lst), avg(lst));
	exit();
}
