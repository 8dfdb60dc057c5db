#pragma D option quiet

BEGIN
{
	printf("%s %s %s\n", basename("/usr/lib/libc.so"), dirname("/usr/lib/libc.so"), basename("/"));
	exit(0);
}
