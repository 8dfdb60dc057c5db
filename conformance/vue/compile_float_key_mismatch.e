/* a key's type is fixed at the array's first use: a float key column takes
 * numbers and float/double variables only */
@@BEGIN
{
	a[1.5] = 1;
	a["x"] = 2;
	exit();
}
