int ticks;
@@interval:*:clock:100
{
	ticks++;
	if (ticks >= 2) {
		printf("stopping at %d\n", ticks);
		exit();
	}
}
