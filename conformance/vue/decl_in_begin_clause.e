/* As administrators' scripts do: a prototype and a counter declared inside @@BEGIN,
   the counter used by later clauses, a list read in @@END */
__list lens;

@@BEGIN
{
	int rmdir(const char *path);
	int count;
	count = 0;
}

@@syscall:*:rmdir:entry
	when (__pname == "rmdir")
{
	__auto String name[64];
	name = get_userstring(__arg1, -1);
	if (strstr(name, "nonexistent") != "")
		count++;
	append(lens, 7);
}

@@syscall:*:rmdir:exit
	when (__pname == "rmdir")
{
	printf("rmdir seen %d time(s); lens count=%lld avg=%lld\n", count, count(lens), avg(lens));
	exit();
}
