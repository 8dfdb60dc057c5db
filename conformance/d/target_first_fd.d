/* A program dtrace -c starts has only fds 0-2 open: its first open gets fd 3
   (the sandbox's doorbell fd 3 leaked into the command, so cat's first
   openat returned 4), and nothing of xtrace's own reads stdin as $target. */
#pragma D option quiet

int seen;

syscall::openat:return
/pid == $target && !seen/
{
	printf("first fd %d\n", arg1);
	seen = 1;
}

syscall::read:entry
/pid == $target && arg0 == 0/
{
	stdin_reads++;
}

END
{
	printf("reads of fd 0: %d\n", stdin_reads);
}
