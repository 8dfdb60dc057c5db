/* Probe description fields take shell globs: `?` one character, `[...]` a
   class, `*` any run (the module field too). Each clause matches
   sync(2) only (or the sync* family, of which sync runs only sync). */
#pragma D option quiet

syscall::syn?:entry
/execname == "sync"/
{
	printf("? %s:%s\n", probefunc, probename);
}

syscall::s[xy]nc:return
/execname == "sync"/
{
	printf("[] %s:%s\n", probefunc, probename);
}

syscall:*:sync*:entry
/execname == "sync"/
{
	printf("* %s:%s\n", probefunc, probename);
}
