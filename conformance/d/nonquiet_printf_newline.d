/* The record newline comes on top of the script's own. */
/* @@nosort */
BEGIN
{
	printf("hello\n");
	exit(0);
}
