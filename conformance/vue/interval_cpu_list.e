/* CPU-bound interval probes on chosen CPUs: CPU 0 alone, and CPUs 0 and 1 */
int a;
int b;

@@interval:*:clock:100:0
{
	a++;
}

@@interval:*:clock:100:0|1
{
	b++;
}

@@interval:*:clock:1000
{
	printf("%d %d\n", a >= 1, b > a);
	exit();
}
