/* `caller` is the address the probed function returns to: vfs_read called by
   read(2) returns into ksys_read; printa's %a names it module`symbol+offset
   (the filter drops the offset, which depends on the kernel's build). A
   probe with no interrupted kernel code (BEGIN) has none: 0. cat's main reads
   /etc/hostname twice (its text, then end of file); ld.so's read of libc's
   ELF header comes before main, untraced under dtrace -c's evaltime=postinit. */
#pragma D option quiet

BEGIN
{
	printf("BEGIN caller %d\n", caller);
}

syscall::read:entry
/pid == $target/
{
	self->in = 1;
}

fbt::vfs_read:entry
/self->in/
{
	@[caller] = count();
}

syscall::read:return
{
	self->in = 0;
}

END
{
	printa("%a %@d\n", @);
}
