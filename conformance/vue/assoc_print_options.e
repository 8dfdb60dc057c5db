/* set_aso_print_options() in @@BEGIN sets how print() shows every associative array;
   print(a, N, FLAGS) gives its own options */
@@BEGIN
{
	set_aso_print_options(2, SORT_BY_VALUE | SORT_TYPE_DESCEND);
	calls["sync"] = 3;
	calls["read"] = 12;
	calls["write"] = 7;
	calls["open"] = 1;
	print(calls);
	print(calls, 0, SORT_BY_KEY | SORT_TYPE_DESCEND);
	print(calls, 3, SORT_BY_VALUE | SORT_TYPE_ASCEND);
	exit();
}
