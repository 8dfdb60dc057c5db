/* write(1, "hello\n", 6) as seen by syscall::write:entry. */
#pragma D option quiet

syscall::write:entry
/execname == "echo"/
{
	printf("fd=%d len=%d\n", arg0, arg2);
}
