/* IBM's "Range and bucket data type": set_range(T, LINEAR, min, max, step) makes
 * slots [min, min+step) ... [max-step, max); qrange(a[key], T, v) counts v in its
 * slot of a[key]; values outside every slot count as "Others". print(a) shows each
 * key's "Range Count" table (xtrace's spacing, README). */
range_t T1;
@@BEGIN
{
	set_range(T1, LINEAR, 0, 40, 10);
	qrange(a["x"], T1, 5);
	qrange(a["x"], T1, 7);
	qrange(a["x"], T1, 15);
	qrange(a["x"], T1, 39);
	qrange(a["x"], T1, 40);
	qrange(a["x"], T1, -1);
	qrange(a["x"], T1, 100);
	qrange(a["y"], T1, 25);
	print(a);
	exit();
}
