/* rand() is an int (its prototype is int()): 4 bytes, every value inside
   int's range, and a hundred draws are not all the same. */
#pragma D option quiet

BEGIN
{
	printf("sizeof %d\n", sizeof(rand()));
	first = rand();
	n = 0;
	outside = 0;
	differ = 0;
}

tick-1ms
{
	r = rand();
	n++;
	outside += (r < -2147483648 || r > 2147483647) ? 1 : 0;
	differ += r != first ? 1 : 0;
}

tick-1ms
/n == 100/
{
	printf("draws %d outside %d differ %d\n", n, outside, differ > 0);
	exit(0);
}
