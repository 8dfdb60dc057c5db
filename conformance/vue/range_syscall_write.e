/* qrange() in a probe: the sizes echo writes, in linear slots of 4 bytes. */
range_t sz;
@@BEGIN
{
	set_range(sz, LINEAR, 0, 16, 4);
}
@@syscall:*:write:entry
	when (__pname == "echo")
{
	qrange(sizes[__pname], sz, __arg3);
}
@@END
{
	print(sizes);
}
