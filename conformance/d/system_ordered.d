/* system() runs its formatted command when the record is consumed: its output
   lands between the printfs around it. */
/* @@nosort */
#pragma D option quiet
#pragma D option destructive

BEGIN
{
	printf("before\n");
	system("echo hello %d %s", 42, "world");
	printf("after\n");
	exit(0);
}
