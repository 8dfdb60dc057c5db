/* print() of a two-key array: keys joined by ", ", sorted column by column */
@@BEGIN
{
	a[2]["b"] = 20;
	a[1]["z"] = 10;
	a[2]["a"] = 21;
	print(a);
	exit();
}
