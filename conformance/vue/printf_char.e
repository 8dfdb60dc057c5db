@@BEGIN
{
	printf("%c%c%c\n", 'V', 'u', 'e');
	printf("[%3c]\n", 'x');
	exit();
}
