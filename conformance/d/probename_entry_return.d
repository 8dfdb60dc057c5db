/* One quiet clause over a syscall's entry and its return that prints probename:
   each firing names its side (a stap port is a probe per side). */
/* @@nosort */
#pragma D option quiet

syscall::getppid:
/pid == $target/
{
	printf("%s %s\n", probefunc, probename);
}
