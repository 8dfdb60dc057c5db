/* A pid probe's module may name the -c command's program by its file name, as it
 * names a library (dtrace-utils: pid$target:ls::entry under -c ls): here python's
 * own Py_InitializeFromConfig(), once. */
#pragma D option quiet

pid$target:python3.11:Py_InitializeFromConfig:entry
{
	printf("%s %s\n", probemod, probefunc);
}
