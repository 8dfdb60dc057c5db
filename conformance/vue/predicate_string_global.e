String target[32];
@@BEGIN
{
	target = "uname";
}

@@syscall:*:uname:entry
	when (__pname == target)
{
	printf("matched %s\n", __pname);
	exit();
}
