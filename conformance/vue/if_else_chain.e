@@BEGIN
{
	int x;
	x = 15;
	if (x < 10)
		printf("small\n");
	else if (x < 20)
		printf("medium\n");
	else
		printf("large\n");
	if (x == 15) {
		printf("fifteen\n");
		if (x % 2)
			printf("odd\n");
		else
			printf("even\n");
	}
	exit();
}
