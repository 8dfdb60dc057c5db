/* The DTraceToolkit's iosnoop.d idiom: an array of `(char *)` values holds
   pointers, and `(int)a[k] == 0` tells a missing element (NULL) from a present one. */
#pragma D option quiet

BEGIN
{
	sargs[1] = (char *)curpsinfo->pr_psargs;
	printf("%d %d\n", (int)sargs[1] == 0, (int)sargs[3] == 0);
	x = (int)sargs[3] == 0 ? "none" : sargs[3];
	y = (int)sargs[1] == 0 ? "none" : "some";
	printf("%s %s\n", x, y);
	exit(0);
}
