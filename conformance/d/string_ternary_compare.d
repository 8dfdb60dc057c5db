#pragma D option quiet

BEGIN
{
	name = "sync";
	printf("%s\n", name == "sync" ? "match" : "nomatch");
	exit(0);
}
