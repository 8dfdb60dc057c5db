/* ++ and -- wrap at the variable's C width, and a postfix use yields the old value */
@@BEGIN
{
	__auto char c;
	__auto unsigned short us;
	__auto int i;
	short s;
	int r;
	c = 255;
	r = c++;
	printf("%d %d\n", r, c);
	us = 0;
	r = us--;
	printf("%d %d\n", r, us);
	i = 2147483647;
	r = ++i;
	printf("%d %d\n", r, i);
	s = -32768;
	r = s--;
	printf("%d %d\n", r, s);
	r = --s;
	printf("%d %d\n", r, s);
	exit();
}
