/* set_range(T, POWER, 2): power-of-two slots 1 - 2, 2 - 4, 4 - 8, ... printed from
 * the lowest to the highest slot holding a value; 0 and negative values are
 * "Others". The array is keyed by an integer. */
range_t T2;
@@BEGIN
{
	set_range(T2, POWER, 2);
	qrange(p[1], T2, 1);
	qrange(p[1], T2, 3);
	qrange(p[1], T2, 2);
	qrange(p[1], T2, 5);
	qrange(p[1], T2, 40);
	qrange(p[1], T2, 0);
	qrange(p[1], T2, -3);
	print(p);
	exit();
}
