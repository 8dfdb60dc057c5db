/* An enumerator defined twice (dtrace-utils err.D_DECL_IDRED.dupenum). */
enum e1 { x = 1 };
enum e2 { y, x };

BEGIN
{
	exit(0);
}
