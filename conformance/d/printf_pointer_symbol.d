/* %p prints a pointer in hexadecimal; %a prints a kernel address as
   module`symbol+0xoffset. A profile probe's arg0 is the interrupted kernel PC:
   the filter keeps the shape and drops the names, which depend on the
   machine. */
#pragma D option quiet

profile-997
/arg0 != 0/
{
	printf("%p\n", arg0);
	printf("[%a]\n", arg0);
	exit(0);
}
