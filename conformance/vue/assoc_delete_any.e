/* delete(a, k, ANY): every element whose first key is k, whatever its second; the
 * others stay (a deleted element reads 0 again) */
@@BEGIN
{
	a[1]["x"] = 10;
	a[1]["y"] = 20;
	a[2]["x"] = 30;
	delete(a, 1, ANY);
	printf("%d %d %d\n", a[1]["x"], a[1]["y"], a[2]["x"]);
	a[1]["y"] = 5;
	printf("%d %d\n", a[1]["y"], a[2]["x"]);
	exit();
}
