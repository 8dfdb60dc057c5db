@@BEGIN
{
	lens = list();
}

@@syscall:*:write:entry
	when (__pname == "echo")
{
	append(lens, __arg3);
}

@@END
{
	printf("writes=%lld bytes=%lld\n", count(lens), sum(lens));
}
