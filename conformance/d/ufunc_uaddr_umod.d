/* ufunc()/usym(), uaddr() and umod() name a user address of the process as
   ustack() does: `file`symbol (uaddr: +0xoff past the symbol's start), the
   file's name, the bare address where no file is mapped. Printed at `  %-50s`
   as actions; as aggregation keys the addresses of one symbol (one file) are
   one key, while uaddr keeps each. */
#pragma D option quiet

syscall::write:entry
/pid == $target && (int)arg0 < 0/
{
	printf("%d", -(int)arg0);
	ufunc(arg1);
	uaddr(arg1);
	umod(arg1);
	printf("\n");
	@f[usym(arg1)] = count();
	@m[umod(arg1)] = count();
	@a[uaddr(arg1)] = count();
}
