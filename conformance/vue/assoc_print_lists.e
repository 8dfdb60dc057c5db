/* print() of an associative array of lists: each key's count, sum, min, max and
 * avg (xtrace's layout, README); print(a, N, FLAGS) with USE_LIST_SUM sorts by
 * the lists' sums, and set_aso_print_options() sets the statistic for every print */
@@BEGIN
{
	set_aso_print_options(0, SORT_BY_VALUE | USE_LIST_MAX);
	append(lat["read"], 10);
	append(lat["read"], 30);
	append(lat["write"], 5);
	append(lat["open"], 100);
	append(lat["open"], 1);
	append(lat["open"], 4);
	print(lat, 0, SORT_BY_KEY);
	print(lat, 2, SORT_BY_VALUE | SORT_TYPE_DESCEND | USE_LIST_SUM);
	print(lat);
	exit();
}
