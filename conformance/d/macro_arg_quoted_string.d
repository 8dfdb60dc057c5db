/* A macro argument given with its quotes ('"sync"') is a string literal once
   dtrace pastes it in: `execname == $1` compares with it and `%s` prints it, in
   the clause before the comparison too (ex3.d of the thirteenth real-script
   sample prints its $1 in END). A stap port reads it as @1, its string
   argument, in both places; a Vue port keeps $1, which it pastes as D does. */
#pragma D option quiet

BEGIN
{
	printf("watching %s\n", $1);
}

syscall::sync:entry
/execname == $1/
{
	printf("%s called sync\n", execname);
	exit(0);
}
