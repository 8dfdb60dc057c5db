/* A glob of functions of every object the -c command's process maps: sync(1)
 * is stripped, so its calls matching sync* are libc's (sync()). */
#pragma D option quiet

pid$target::sync*:entry
{
	@[probemod, probefunc] = count();
}

END
{
	printa("%s %s %@d\n", @);
}
