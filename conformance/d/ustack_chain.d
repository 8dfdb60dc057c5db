/* @@nosort */
/* The user stack of a syscall: libc's wrapper, then the program's frames. */
#pragma D option quiet

syscall::getppid:entry
/execname == "ustk"/
{
	ustack();
}
