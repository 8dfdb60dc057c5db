/* Not quiet, a printf whose argument faults: openat's first argument is a
   directory descriptor (AT_FDCWD, -100), not a path, so copyinstr(arg0) reads a
   bad address and the clause's record is dropped, its probe line with it: the
   session prints no heading until END's record (DTrace prints it before the first
   record it consumes). The store before the printf is kept (variables are not
   rolled back). A port prints the heading and the probe line itself, so it
   reads the string before them (the real-script ol02.d). */
int n;

syscall::openat:entry
/pid == $target && n == 0/
{
	n = 1;
	printf("%s %s", execname, copyinstr(arg0));
}

END
{
	printf("n=%d", n);
}
