int ticks;
@@BEGIN
{
	printf("start\n");
}

@@interval:*:clock:100
	when (ticks < 2)
{
	ticks++;
	if (ticks == 2)
		exit();
}

@@END
{
	printf("ticks=%d\n", ticks);
}
