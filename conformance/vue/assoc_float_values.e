/* IBM: associative array values may be floating point; an array whose first
 * value is a float literal or a float/double variable holds doubles, printed
 * with printf %e %f %g and by print() as %g does */
double d;
@@BEGIN
{
	d = 0.5;
	ratio["a"] = 2.5;
	ratio["b"] = d;
	ratio["c"] = 3;
	ratio["b"] = ratio["a"];
	printf("%.2f %g %e\n", ratio["a"], ratio["b"], ratio["c"]);
	print(ratio);
	exit();
}
