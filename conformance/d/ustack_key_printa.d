/* @@nosort */
/* printa's %k of ustack(N) keys: one call path is one key (outer's loop calls
 * inner from one place: one return address), printed as the ustack() action
 * prints it -- a newline, then a frame a line -- indented by the conversion's
 * width only when it is left-aligned; rows by count. */
#pragma D option quiet

syscall::getppid:entry
/execname == "ustk"/
{
	@[ustack(3)] = count();
}

END
{
	printa("%k%@u\n", @);
	printa("<%-4k>%@u\n", @);
}
