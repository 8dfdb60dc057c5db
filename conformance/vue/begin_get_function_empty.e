@@BEGIN
{
	printf("[%s]\n", get_function());
	exit();
}
