/* @@nosort */
/* A distribution a tick's printa() printed is not printed again at exit: libdtrace flags an aggregation printed once printa() prints a row of it. */
#pragma D option quiet

BEGIN
{
	@q["a"] = quantize(3);
}

tick-10ms
{
	printa(@q);
	exit(0);
}
