int n;
@@interval:*:clock:100:*
{
	n++;
}

@@interval:*:clock:1000
{
	printf("%d\n", n >= 1);
	exit();
}
