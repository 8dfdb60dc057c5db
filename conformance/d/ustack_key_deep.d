/* @@nosort */
/* A deep user stack as a key: every frame of it (D keeps ustackframes, 100),
 * the recursion's 26 frames with the others. Its stap port keeps only what
 * ubacktrace() and a string hold (MAXBACKTRACE, MAXSTRINGLEN), so it runs with
 * both raised (.portopts). */
syscall::getppid:entry
/execname == "ustk"/
{
	@[ustack()] = count();
}
