@@END
{
	set_aso_print_options(5, SORT_BY_VALUE);
}
