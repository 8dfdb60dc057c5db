/* An empty module is every object the -c command's process maps: sync(1)'s
 * sync() call is libc's, found without naming the library. The provider is
 * pid and the process's number, the module the object's file name. */
#pragma D option quiet

pid$target::sync:entry
{
	printf("%s %s:%s\n", probemod, probefunc, probename);
	printf("provider is pid$target: %d\n", probeprov == strjoin("pid", lltostr(pid)));
}

pid$target::sync:return
{
	printf("%s %s:%s\n", probemod, probefunc, probename);
}
