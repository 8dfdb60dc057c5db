/* stktrace(PRINT_SYMBOLS, LEVELS): the kernel stack of the hit, its first
 * LEVELS frames, one `symbol+0xoffset` a line; inside a tentative buffer the
 * lines are held with the rest of it and printed at the commit. The command
 * reads 7777 bytes once with read(2). */
@@syscall:*:read:entry
	when (__pname == "python3" && __arg3 == 7777)
{
	stktrace(PRINT_SYMBOLS, 1);
	printf("--\n");
	start_tentative("t");
	printf("held\n");
	stktrace(PRINT_SYMBOLS, 2);
	end_tentative("t");
	printf("first\n");
	commit_tentative("t");
	exit();
}
