/* IBM's "UFT probe manager" form with a process ID. On a host that loads modules
   the probe goes on /proc/PID/exe's program for that process; the sandbox VM runs
   processes of its own, so there the error says so and names -X / $__CPID. */
@@uft:123450 :*: foo :entry
{
	printf("foo\n");
}
