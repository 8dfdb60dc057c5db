/* @@nosort */
/* A user stack key whose frames are in a program stripped of its symbols:
 * such a frame is the file and the address, file`0xADDR; libc's is named. */
syscall::getppid:entry
/execname == "ustk"/
{
	@[ustack()] = count();
}
