#pragma D option quiet

/*
 * A block comment before the clause.
 */
BEGIN /* between the probe and the body */
{
	/* inside */ printf("ok\n");
	exit(0);
}
