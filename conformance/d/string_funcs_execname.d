/* String subroutines on a built-in string in a syscall probe. */
#pragma D option quiet

syscall::write:entry
/execname == "echo"/
{
	printf("%s %s %d %s\n", toupper(execname), substr(execname, 1, 2), index(execname, "ho"),
	    strjoin(execname, lltostr(arg2)));
	exit(0);
}
