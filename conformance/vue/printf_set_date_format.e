/* set_date_format() in @@BEGIN sets the strftime format printf's %A prints
 * dates with; the filter hides which date it is, not its layout. */
@@BEGIN
{
	set_date_format("%Y-%m-%d %H:%M:%S");
	printf("now: %A\n", timestamp());
	exit();
}
