/* IBM's associative array page: keys may be floating-point numbers
 * (var[0]["a"][2.5] = 1); a float key column takes numbers and float/double
 * variables, and print() shows the key as %g would */
double d;
@@BEGIN
{
	d = 0.25;
	var[0]["a"][2.5] = 1;
	var[0]["a"][-1.5] = 2;
	var[1]["b"][d] = 3;
	var[1]["b"][2] = 4;
	printf("%d %d\n", var[0]["a"][2.5], var[1]["b"][2.0]);
	print(var);
	exit();
}
