/* cleanpath(): "//" and "/./" removed, "dir/.." collapsed, lexically; a trailing
 * slash dropped, ".." above the root is the root, a relative path keeps the ".."
 * it cannot resolve, an empty result is "." and "" stays "" (dtrace-utils 2.x).
 * Several BEGIN clauses run in order, each one line. */
#pragma D option quiet

BEGIN
{
	p = "/usr/./lib//x86_64/../";
	printf("[%s] [%s] [%s]\n", cleanpath("/foo/../bar"), cleanpath("/a//b/./c"), cleanpath(p));
}

BEGIN
{
	printf("[%s] [%s] [%s] [%s]\n", cleanpath("/usr/lib/"), cleanpath("/usr/lib/."),
	    cleanpath("/../../etc"), cleanpath("/a/b/c/../../.."));
}

BEGIN
{
	printf("[%s] [%s] [%s] [%s] [%s]\n", cleanpath("/"), cleanpath("//"), cleanpath("/."),
	    cleanpath("/a/.."), cleanpath("/////"));
}

BEGIN
{
	printf("[%s] [%s] [%s] [%s] [%s]\n", cleanpath("."), cleanpath("./"), cleanpath(""),
	    cleanpath("a/.."), cleanpath("foo"));
}

BEGIN
{
	printf("[%s] [%s] [%s] [%s]\n", cleanpath("a/../.."), cleanpath("../x/../../y"),
	    cleanpath("./a/b/../c/"), cleanpath(".."));
}

BEGIN
{
	printf("[%s] [%s]\n", cleanpath("/a/.b/..c/.../"), cleanpath("z/a/b/../../././c///d/e"));
	printf("%d %d\n", cleanpath("/tmp/../etc") == "/etc", strlen(cleanpath("/x/./y/")));
	exit(0);
}
