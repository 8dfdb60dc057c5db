/* @@nosort */
/* A user stack as an aggregation key: the frames, then the count below them. */
syscall::getppid:entry
/execname == "ustk"/
{
	@[ustack()] = count();
}
