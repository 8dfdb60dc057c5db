/* an AIX archive with no Linux shared object of that name */
@@uft:$__CPID:libaixonly.a(shr.o):foo:entry
{
	printf("never\n");
}
