/* A tentative buffer started at a clause's top level holds the clause's records
 * up to end_tentative(); it takes output again after discard_tentative() and
 * after commit_tentative(), and what is left in it at the end is dropped. */
int n;
@@BEGIN
{
	start_tentative(1);
	printf("held from BEGIN\n");
	end_tentative(1);
	printf("begin\n");
}
@@interval:*:clock:100
{
	n++;
	if (n == 2) {
		discard_tentative("tick");
	}
	if (n == 4) {
		commit_tentative("tick");
		printf("committed before tick %d\n", n);
	}
	start_tentative("tick");
	printf("tick %d\n", n);
	end_tentative("tick");
	if (n == 5) {
		exit();
	}
}
@@END
{
	commit_tentative(1);
	printf("end\n");
}
