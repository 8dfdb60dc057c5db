/* stktrace() inside a tentative buffer is held with the rest of the buffer and
 * printed at the commit, after the line printed at once in between: the
 * kernel stack of the hit, its first LEVELS frames, one address a line (no
 * PRINT_SYMBOLS). */
@@syscall:*:sync:entry
	when (__pname == "sync")
{
	start_tentative("t");
	printf("held\n");
	stktrace(0, 2);
	end_tentative("t");
	printf("first\n");
	commit_tentative("t");
	exit();
}
