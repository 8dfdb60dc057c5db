/* A string converts to no integer type (dt_cook_op2 DT_TOK_LPAR: D_CAST_INVAL),
 * whether a literal or a variable holding one. */
BEGIN
{
	s = execname;
	x = (int)s == 0;
}
