@@BEGIN
{
	counts["ksh"] = 1;
	names[1] = "one";
	printf("[%d] [%s]\n", counts["bash"], names[2]);
	exit();
}
