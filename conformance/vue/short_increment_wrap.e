@@BEGIN
{
	short s;
	s = 32767;
	s++;
	printf("%d\n", s);
	exit();
}
