range_t T;
@@END
{
	set_range(T, LINEAR, 0, 100, 10);
}
