/* trace() in quiet mode prints the bare value. */
#pragma D option quiet

BEGIN
{
	trace(42);
	trace("abc");
	printf("\n");
	exit(0);
}
