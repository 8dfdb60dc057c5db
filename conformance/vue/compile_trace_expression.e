/* trace() takes a variable (IBM: "does not accept expressions"). */
int i;

@@BEGIN
{
	i = 1;
	trace(i + 1);
}
