int n;
@@syscallx:*:*:entry
	when (__pname == "sync")
{
	n++;
}

@@END
{
	printf("%d\n", n > 0);
}
