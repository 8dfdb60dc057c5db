#pragma D option quiet

fbt::vfs_write:entry
/execname == "echo"/
{
	printf("%s:%s:%s:%s\n", probeprov, probemod, probefunc, probename);
}
