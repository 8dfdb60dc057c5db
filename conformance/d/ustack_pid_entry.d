/* @@nosort */
/* At a function's first instruction the frame is the function itself, with
 * no offset; one frame only, so the program's own frames do not matter. */
#pragma D option quiet

pid$target:libc.so.6:sync:entry
{
	printf("sync");
	ustack(1);
}
