/* __rv in the arms of an if on it: where the test says the call succeeded, the
   bytes written (its D port prints arg0 there, its stap port retval); elsewhere
   AIX's -1 of a failed call (rmdir of a directory that is not empty) */
@@syscall:*:write:exit, @@syscall:*:rmdir:exit
	when (__pname == "echo" || __pname == "rmdir")
{
	if (__rv > 0)
		printf("%s returned %d\n", __pname, __rv);
	else
		printf("%s failed: %d\n", __pname, __rv);
}
