/* system() is a destructive action: without -w or option destructive dtrace
   compiles the program, reports its probes, and refuses to enable it. */
BEGIN
{
	system("echo should not run");
	exit(0);
}
