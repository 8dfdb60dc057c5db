@@BEGIN
{
	printf("x\n");
	int late;
	late = 1;
}
