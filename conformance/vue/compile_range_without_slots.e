range_t T;
@@BEGIN
{
	qrange(a["x"], T, 5);
}
