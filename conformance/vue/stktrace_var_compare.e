/* IBM's stack trace type: stktrace_t variables hold get_stktrace(); they are
 * assigned and compared with == and != on all their entries */
stktrace_t t1, t2;

@@syscall:*:sync:entry
	when (__pname == "sync")
{
	t1 = get_stktrace(-1);
	t2 = t1;
	if (t1 == t2)
		printf("Entries are similar\n");
	else
		printf("Entries are not similar\n");
	t2 = get_stktrace(1);
	if (t1 != t2)
		printf("one level is not the whole stack\n");
	exit();
}
