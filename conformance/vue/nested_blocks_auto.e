@@BEGIN
{
	__auto int depth;
	depth = 0;
	{
		depth++;
		{
			depth++;
			printf("inner %d\n", depth);
		}
	}
	printf("outer %d\n", depth);
	exit();
}
