/* Tentative tracing: output between start_tentative(ID) and end_tentative(ID)
 * (or the clause's end) waits in buffer ID; commit_tentative(ID) prints it,
 * discard_tentative(ID) drops it, and what is never committed is dropped. */
int n;
@@BEGIN
{
	start_tentative("t1");
	printf("held 1\n");
	end_tentative("t1");
	printf("plain\n");
	start_tentative("t2");
	printf("dropped\n");
}
@@interval:*:clock:100
{
	n++;
	if (n == 1) {
		start_tentative("t1");
		printf("held 2\n");
	}
	if (n == 2) {
		discard_tentative("t2");
		commit_tentative("t1");
		printf("after commit\n");
	}
	if (n == 3) {
		start_tentative(7);
		printf("never committed\n");
		exit();
	}
}
@@END
{
	printf("end\n");
}
