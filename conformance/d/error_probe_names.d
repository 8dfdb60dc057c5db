/* A run-time error names the enabled probe and the probe that fired, as
   DTrace does: `(ID 4: syscall:vmlinux:openat:entry)` (4: the ID the prefix
   lines give openat's entry, after BEGIN, END and ERROR). */
#pragma D option quiet

int z;

syscall::openat:entry
/pid == $target/
{
	x = 1 / z;
}
