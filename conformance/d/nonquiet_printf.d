/* Not quiet: header, the probe prefix, and a newline after each record. */
/* @@nosort */
BEGIN
{
	printf("hello");
	exit(0);
}
