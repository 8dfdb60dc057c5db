/* Probe description fields take shell globs: `?` one character, `[...]` a
   class, `*` any run (the module field too); an empty field matches every
   value (syscall::sync: is the entry and the return). Each clause matches
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

syscall::sync:
/execname == "sync"/
{
	printf("empty name field: %s\n", probename);
}
