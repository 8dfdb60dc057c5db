int n;
@@syscall:*:write:entry
	when (__pname == "echo" && __arg3 > 3 && n == 0)
{
	n = __arg3;
	printf("n=%d\n", n);
}
