/* print() of arrays only counted (++) or summed (+=): by key ascending by default,
 * print(a, N, FLAGS) sorting by key or value, descending, the first N rows; an
 * integer key sorts as a number */
@@BEGIN
{
	n["read"]++;
	n["read"]++;
	n["open"]++;
	n["write"]++;
	n["read"]++;
	n["write"]++;
	bytes["read"] += 100;
	bytes["write"] += 20;
	bytes["read"] += 5;
	bytes["stat"] += 7;
	fds[3]++;
	fds[10]++;
	fds[10]++;
	fds[1]++;
	fds[10]++;
	fds[3]++;
	print(n);
	print(n, 0, SORT_BY_KEY | SORT_TYPE_DESCEND);
	print(bytes, 0, SORT_BY_VALUE | SORT_TYPE_DESCEND);
	exit();
}
@@END
{
	print(fds, 2, SORT_BY_VALUE | SORT_TYPE_DESCEND);
}
