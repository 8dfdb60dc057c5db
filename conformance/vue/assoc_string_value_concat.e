@@BEGIN
{
	tag["a"] = "x";
	tag["a"] = tag["a"] + "y";
	tag["b"] = tag["a"] + "z";
	printf("%s %s\n", tag["a"], tag["b"]);
	exit();
}
