/* errno is 0 after a syscall that succeeded. */
#pragma D option quiet

syscall::write:return
/execname == "echo"/
{
	printf("%d %d\n", arg0, errno);
}
