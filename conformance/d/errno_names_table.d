/* A table of errno names filled in BEGIN and read by errno, as 4179e1/misc's
   displayerrno.d (thirteenth real-script sample) does for 34 of them. DTrace's
   own errno constants keep their names in a Vue port, which knows them too
   (name[ENOENT], errno <= ERANGE); a stap port writes their values. */
#pragma D option quiet

BEGIN
{
	name[EPERM] = "EPERM";
	name[ENOENT] = "ENOENT";
	name[EACCES] = "EACCES";
}

syscall::openat:entry
/execname == "cat"/
{
	self->path = copyinstr(arg1);
}

syscall::openat:return
/self->path == "/nonexistent-xtrace" && errno > 0 && errno <= ERANGE/
{
	printf("%s: %s\n", self->path, name[errno]);
}
