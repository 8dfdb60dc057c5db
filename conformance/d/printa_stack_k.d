/* printa's %k prints a stack() key as the stack() action does -- a newline, then
   a frame a line -- indented by the conversion's width only when it is
   left-aligned (libdtrace's pfprint_stack). */
/* @@nosort */
#pragma D option quiet

syscall::getppid:entry
/execname == "python3"/
{
	@[stack(1)] = max(1);
}

END
{
	printa("%k%@u\n", @);
	printa("<%-6k>%@u\n", @);
}
