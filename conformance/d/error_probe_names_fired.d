/* A clause that enables several probes: its run-time error names the one
   that fired, as DTrace does, and that probe's enabled probe ID: the clause
   enables rmdir's entry (enabled probe ID 1), then openat's (2); the command
   makes openat calls and no rmdir. */
#pragma D option quiet

int z;

syscall::rmdir:entry, syscall::openat:entry
/pid == $target/
{
	x = 1 / z;
}
