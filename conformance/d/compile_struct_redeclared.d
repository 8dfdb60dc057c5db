/* A struct defined twice (dt_decl: D_DECL_TYPERED). */
struct foo {
	int a;
};

struct foo {
	long b;
};

BEGIN
{
	exit(0);
}
