@@interval:1234:clock:100:*
{
	printf("never\n");
}
