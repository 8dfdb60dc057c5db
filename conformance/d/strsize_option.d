/* `#pragma D option strsize=N`: a string holds at most N characters (as
   dtrace-utils counts it, the terminating NUL is not one of them), whether it
   is a constant, a variable or a function's result. */
#pragma D option quiet
#pragma D option strsize=5

BEGIN
{
	x = strjoin("abc", "defgh");
	self->y = "123456789";
	printf("%s %d %d|%s|\n", x, strlen(x), strlen("123456789"), self->y);
	exit(0);
}
