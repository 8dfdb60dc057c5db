/* A name the target kernel has no variable for fails at its declaration. */
__kernel int xtrace_no_such_variable;

@@BEGIN
{
	printf("%d\n", xtrace_no_such_variable);
}
