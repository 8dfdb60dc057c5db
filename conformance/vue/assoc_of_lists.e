@@BEGIN
{
	append(lat["a"], 5);
	append(lat["a"], 7);
	append(lat["b"], 1);
	printf("a: %lld %lld %lld\n", count(lat["a"]), sum(lat["a"]), max(lat["a"]));
	printf("b: %lld %lld\n", count(lat["b"]), min(lat["b"]));
	exit();
}
