#pragma D option quiet

BEGIN
{
	x = 5;
	printf("%s %s %d\n", x > 3 ? (x > 4 ? "big" : "mid") : "small",
	    x < 3 ? "lt" : "ge", x == 5 ? 10 : 20);
	exit(0);
}
