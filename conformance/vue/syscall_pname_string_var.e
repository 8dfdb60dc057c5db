String who[32];
@@syscall:*:uname:entry
	when (__pname == "uname")
{
	who = __pname;
	exit();
}

@@END
{
	printf("who=%s\n", who);
}
