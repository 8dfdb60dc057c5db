/* print() of an associative array: a header, then the elements sorted by key */
@@BEGIN
{
	calls["sync"] = 3;
	calls["read"] = 12;
	calls["write"] = 7;
	print(calls);
	exit();
}
