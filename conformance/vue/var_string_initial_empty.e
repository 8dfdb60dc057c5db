String s[32];
@@BEGIN
{
	printf("[%s]\n", s);
	exit();
}
