/* String subroutines nest, and their results work as integers, keys and
 * predicate operands. */
#pragma D option quiet

BEGIN
/index(toupper("abc"), "B") == 1/
{
	printf("%s %d %d %s %s\n", toupper(basename("/tmp/foo.txt")),
	    strlen(substr("hello world", 6)), index(toupper("abc"), "B"),
	    lltostr(strlen("abcd")), strjoin(dirname("/a/b"), "!"));
	@n[tolower("KEY")] = count();
	exit(0);
}

END
{
	printa("%s %@d\n", @n);
}
