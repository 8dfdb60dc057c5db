@@nosuchmanager:*:foo:entry
{
	printf("x\n");
}
