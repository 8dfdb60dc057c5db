/* index()/rindex() with a start position, Perl's rules as DTrace keeps them:
 * index clamps a negative start to 0, an empty needle past the end is found
 * at the length; rindex searches backwards from the start. */
#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d %d %d %d\n", index("hello hello", "llo", 3),
	    rindex("hello hello", "llo", 7), index("abc", "", 10), rindex("abc", "", -1),
	    index("abc", "c", -5), rindex("abcabc", "abc"), index("", ""));
	exit(0);
}
