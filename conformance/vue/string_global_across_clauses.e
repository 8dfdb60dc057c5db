String msg[64];
@@BEGIN
{
	msg = "hello";
}

@@BEGIN
{
	msg = msg + ", vue";
	exit();
}

@@END
{
	printf("%s\n", msg);
}
