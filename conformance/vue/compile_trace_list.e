/* A list has no bytes of its own to trace. */
@@BEGIN
{
	__list l;
	l = list();
	append(l, 3);
	trace(l);
}
