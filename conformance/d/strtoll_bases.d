/* strtoll(s [, base]): blanks and tabs, a sign, a 0x prefix in base 16 when a
   hex digit follows it, then the digits below the base in either case, up to
   the first other character; the base is 10 when not given. */
#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", strtoll("101", 2), strtoll("777", 8), strtoll("123"),
	    strtoll("7f", 16));
	printf("%d %d %d %d\n", strtoll("-0x10", 16), strtoll(" \t+42abc"), strtoll("zZ", 36),
	    strtoll("0x", 16));
	exit(0);
}
