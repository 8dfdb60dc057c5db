/* ufunc()/usym(), uaddr() and umod() of a user address in a process that is
   not the -c program (its child, running another file): named from that
   process's own mappings and files, as dtrace's consumer names them. As
   aggregation keys the addresses of one function (of one file) are one key, and
   keys of equal values are ordered by address, not by their text: zeta before
   alpha, the program before libc, the unmapped 0x1000 first (at exit dtrace
   prints the aggregations with no line between them). @@nosort */
#pragma D option quiet

syscall::write:entry
/execname == "dsymkid" && (int)arg0 < 0/
{
	printf("%d", -(int)arg0);
	ufunc(arg1);
	uaddr(arg1);
	umod(arg1);
	printf("\n");
	@f[usym(arg1)] = count();
	@m[umod(arg1)] = count();
}
