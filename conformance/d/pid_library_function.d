/* A function of a library the -c command maps: the module field names the
 * library (libc.so.6), the provider the process ($target). sync(1) calls
 * libc's sync() once. */
#pragma D option quiet

pid$target:libc.so.6:sync:entry
{
	printf("libc sync() called\n");
}

pid$target:libc.so.6:sync:return
{
	printf("libc sync() returned\n");
}
