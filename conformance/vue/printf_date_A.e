/* %A prints a probev_timestamp_t as a date and time (ProbeVue's default
 * MM:DD:YYYY hh:mm:ss); the filter hides which date it is, not its layout. */
probev_timestamp_t t0;

@@BEGIN
{
	t0 = timestamp();
	printf("started at %A ...\n", t0);
	printf("[%A] [%-22A]\n", timestamp(), t0);
	exit();
}
