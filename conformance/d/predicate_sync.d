#pragma D option quiet
syscall::sync:entry
/execname == "sync"/
{
	printf("%s called sync\n", execname);
	exit(0);
}
