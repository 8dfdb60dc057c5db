/* The D idiom `strstr(s, t) != NULL` (and strchr ... == 0) in predicates and
 * expressions: NULL means not found. */
#pragma D option quiet

BEGIN
/strstr("bash", "sh") != NULL/
{
	printf("%d %d %d %d\n", strstr("bash", "zz") == NULL, strchr("a/b", '/') != 0,
	    strrchr("ab", 'z') == NULL, NULL != strstr("", ""));
}

BEGIN
/strstr("bash", "zsh") != NULL/
{
	printf("wrong\n");
}

BEGIN
{
	exit(0);
}
