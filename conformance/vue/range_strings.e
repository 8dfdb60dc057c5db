/* add_range(T, "s1", ...): each call adds one slot of strings (IBM's example:
 * "read, write, open", "close, foo1", "foo2", then "Others"); qrange() counts a
 * string value in the slot that names it. */
range_t T3;
@@BEGIN
{
	String s[16];
	add_range(T3, "read", "write", "open");
	add_range(T3, "close", "foo1");
	add_range(T3, "foo2");
	s = "write";
	qrange(calls["sh"], T3, "read");
	qrange(calls["sh"], T3, s);
	qrange(calls["sh"], T3, "open");
	qrange(calls["sh"], T3, "foo1");
	qrange(calls["sh"], T3, "stat");
	qrange(calls["ls"], T3, "foo2");
	print(calls);
	exit();
}
