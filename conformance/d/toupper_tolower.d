#pragma D option quiet

BEGIN
{
	printf("%s %s\n", toupper("MixEd 1"), tolower("MixEd 1"));
	exit(0);
}
