/* A name the target kernel has no variable for fails at its position, read
   through its address as a variable of unknown type must be. */
#pragma D option quiet

BEGIN
{
	printf("%d\n", *(int *)&`xtrace_no_such_variable);
	exit(0);
}
