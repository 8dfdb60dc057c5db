@@BEGIN
{
	h["x"]++;
	h["x"]++;
	h["y"] = 1;
	h["x"]++;
	exit();
}

@@END
{
	printf("x=%d y=%d\n", h["x"], h["y"]);
}
