/* An empty clause prints the probe line (the default action). */
/* @@nosort */
BEGIN
{
}

BEGIN
{
	exit(0);
}
