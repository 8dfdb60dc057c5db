/* stktrace_t values in an associative array (IBM: a_st[0] = get_stktrace(-1)) and
 * in an undeclared global typed by its first assignment; two stacks taken in one
 * probe hit are the same stack */
@@syscall:*:sync:entry
	when (__pname == "sync")
{
	a_st[0] = get_stktrace(-1);
	a_st[1] = get_stktrace(-1);
	st = a_st[0];
	if (a_st[0] == a_st[1])
		printf("same stack\n");
	if (st == a_st[1])
		printf("kept in st\n");
	exit();
}
