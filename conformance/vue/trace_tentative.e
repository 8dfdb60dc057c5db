/* trace() output inside a tentative buffer waits for commit_tentative() (and is gone
 * after discard_tentative()). */
int kept;
int dropped;
@@BEGIN
{
	kept = 0x41424344;
	dropped = 0x5a5a5a5a;
	start_tentative("t1");
	trace(dropped);
	end_tentative("t1");
	start_tentative("t2");
	trace(kept);
	end_tentative("t2");
	printf("before commit\n");
	discard_tentative("t1");
	commit_tentative("t2");
	exit();
}
