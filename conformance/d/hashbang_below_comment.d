/* A licence comment first, as yocalebo/freebsd-dtrace-fun's scripts open: dtrace
 * discards the `#!` line below it (only the kernel reads a first line's). */

#!/usr/sbin/dtrace -s
#pragma D option quiet

dtrace:::BEGIN
{
	i = 5;
	printf("i = %d\n", i);
	exit(0);
}
