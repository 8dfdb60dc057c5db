/* strrchr() finds the last occurrence, strstr() the first (overlapping
 * matches too), an empty needle matches at the start. */
#pragma D option quiet

BEGIN
{
	printf("[%s][%s][%s][%s]\n", strrchr("a/b/c", '/'), strstr("aaa", "aa"),
	    strstr("abc", ""), strchr("hello", 'h'));
	exit(0);
}
