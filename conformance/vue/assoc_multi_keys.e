@@BEGIN
{
	m[1]["a"] = 5;
	m[1]["b"] = 6;
	m[2]["a"] = 7;
	printf("%d %d %d\n", m[1]["a"], m[1]["b"], m[2]["a"]);
	exit();
}
