/* -Z (zdefs): an empty-provider description that matches no probe of any
   provider is a clause that never fires, not an error. */
#pragma D option quiet
#pragma D option zdefs

::nosuch_function:entry
{
	printf("never\n");
}

:::BEGIN
{
	printf("begin\n");
	exit(0);
}
