/* $target is the pid of the -c command: only its write is seen. */
#pragma D option quiet

syscall::write:entry
/pid == $target/
{
	printf("write of %d bytes\n", arg2);
}
