/* cwd: the current working directory of the process (the case's directory,
   where the command runs). */
#pragma D option quiet

syscall::openat:entry
/pid == $target && basename(copyinstr(arg1)) == "no-such-file"/
{
	printf("%s %s\n", basename(cwd), substr(cwd, 0, 1));
}
