@@syscall:*:sync:entry, @@syscall:*:uname:entry
	when (__pname == "sync" || __pname == "uname")
{
	printf("%s\n", __pname);
}
