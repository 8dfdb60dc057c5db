/* cleanpath() of a path read from the traced program: the file name execve() was
   given, as whatexec.d (the DTrace book's) shows an exec'd file. */
#pragma D option quiet

syscall::execve:entry
/basename(copyinstr(arg0)) == "cat"/
{
	printf("%s -> %s\n", copyinstr(arg0), cleanpath(copyinstr(arg0)));
	exit(0);
}
