/* pipe(2) and pipe2(2) are two probes: a count of one is not the other's (stap's syscall.pipe fires for both; its port tests the name). */
#pragma D option quiet

syscall::pipe:entry
/execname == "python3"/
{
	@pipe = count();
}

syscall::pipe2:entry
/execname == "python3"/
{
	@pipe2 = count();
}

END
{
	printa("pipe %@d\n", @pipe);
	printa("pipe2 %@d\n", @pipe2);
}
