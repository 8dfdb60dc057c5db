/* func() and mod() name a kernel address as `module`symbol` (no offset) and
   its module; as an aggregation key the addresses of one function are one
   key. vfs_read called by read(2) returns into ksys_read (caller_kernel.d);
   cat reads /etc/hostname twice, 128 KiB at a time (ld.so's 832-byte read of
   libc's ELF header, which a port without dtrace's evaltime sees, is left
   out). An action func()/mod() prints at `  %-50s`, quiet or not; an address
   no symbol covers (0) is its hexadecimal value. */
#pragma D option quiet

BEGIN
{
	func(0);
	mod(0);
	printf("\n");
}

syscall::read:entry
/pid == $target && arg2 > 4096/
{
	self->in = 1;
}

fbt::vfs_read:entry
/self->in/
{
	@f[func(caller)] = count();
	@m[mod(caller)] = count();
	@s[sym(caller), probefunc] = count();
}

syscall::read:return
{
	self->in = 0;
}
