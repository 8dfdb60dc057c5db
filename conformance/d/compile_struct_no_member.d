/* A member the struct does not declare (dt_cook_op2: D_TYPE_MEMBER). */
struct foo {
	int a;
};
struct foo x;

BEGIN
{
	x.bar = 1;
}
