/* float and double variables: assigned numbers or each other, printed with %e %f %g */
double d;
float f;
@@BEGIN
{
	__auto double x;
	d = 1.5;
	f = -2;
	x = d;
	printf("%f %e %g\n", d, f, x);
	printf("%.2f|%8.3f|%-6g|\n", 3.14159, 0.5, 0.25);
	printf("%g %g\n", 1e10, 0.0001);
	exit();
}
