/* An if's condition is an expression, the comma operator included (dtrace-utils'
   grammar: `if ( expression )`): the left operand is evaluated and its value
   discarded, then the right one is tested. */
#pragma D option quiet

BEGIN
{
	x = 3;
	if (x++, x > 3)
		printf("x %d\n", x);
	if (x = 0, x)
		printf("never\n");
	else if (x += 2, x == 2)
		printf("else x %d\n", x);
	exit(0);
}
