int seen;
@@syscall:*:uname:exit
	when (__pname == "uname")
{
	seen = 1;
	exit();
}

@@END
{
	printf("end seen=%d\n", seen);
}
