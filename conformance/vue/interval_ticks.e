int ticks;
@@interval:*:clock:100
{
	ticks++;
	printf("tick %d\n", ticks);
	if (ticks == 3)
		exit();
}
