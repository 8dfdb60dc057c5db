/* float/double array values are assigned and printed, never computed with */
@@BEGIN
{
	r[1] = 2.5;
	r[1]++;
	exit();
}
