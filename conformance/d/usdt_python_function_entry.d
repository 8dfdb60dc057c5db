/* @@nosort
 * D's USDT on Linux: CPython 3.11's markers as the python provider of the -c
 * process ($target), the note's `__` spelled `-`. CPython reaches
 * function-entry for Python-to-Python calls only while `line` is enabled too.
 */
#pragma D option quiet

python$target:::line
{
}

python$target:::function-entry
/copyinstr(arg0) == "<string>" && copyinstr(arg1) != "<module>"/
{
	printf("%s:%s %s %d\n", probemod, probename, copyinstr(arg1), arg2);
}

python$target:::function-return
/copyinstr(arg0) == "<string>" && copyinstr(arg1) == "foo"/
{
	printf("%s\n", probename);
}
