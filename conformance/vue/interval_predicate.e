int ticks;
int fired;
@@interval:*:clock:100
	when (ticks < 3)
{
	ticks++;
	fired++;
}

@@interval:*:clock:500
{
	printf("ticks=%d fired=%d\n", ticks, fired);
	exit();
}
