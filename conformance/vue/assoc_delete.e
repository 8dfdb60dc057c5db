@@BEGIN
{
	a["k"] = 4;
	a["j"] = 8;
	delete(a, "k");
	a["k"] = 1;
	printf("%d %d\n", a["k"], a["j"]);
	exit();
}
