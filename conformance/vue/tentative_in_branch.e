/* start_tentative() in an if: the clause's records after the if go to the
 * buffer only on the hits that took the branch. */
int n;
@@interval:*:clock:100
{
	n++;
	if (n % 2 == 0) {
		start_tentative("even");
	}
	printf("tick %d\n", n);
	if (n == 4) {
		commit_tentative("even");
	}
	if (n == 5) {
		exit();
	}
}
