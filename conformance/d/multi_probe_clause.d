/* One clause, two probe descriptions: probename tells them apart. */
/* @@nosort */
#pragma D option quiet

BEGIN,
END
{
	printf("%s\n", probename);
}

BEGIN
{
	exit(0);
}
