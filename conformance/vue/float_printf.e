@@BEGIN
{
	double d;
	d = 1.5;
	printf("%f\n", d);
	exit();
}
