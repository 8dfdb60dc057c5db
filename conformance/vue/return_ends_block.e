@@BEGIN
{
	int x;
	x = 1;
	printf("before\n");
	if (x == 1)
		return;
	printf("not reached\n");
}

@@BEGIN
{
	printf("next clause\n");
	exit();
}
