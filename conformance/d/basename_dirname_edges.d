/* basename()/dirname() corner cases: no slash, a leading slash only, trailing
 * and repeated slashes, all slashes, the empty string. */
#pragma D option quiet

BEGIN
{
	printf("%s %s %s %s %s %s\n", basename("foo"), dirname("foo"), dirname("/foo"),
	    basename("/usr/lib/"), dirname("/usr/lib/"), dirname("/"));
	printf("%s %s %s %s\n", basename(""), dirname(""), dirname("usr//lib"), basename("//"));
	exit(0);
}
