/* #pragma D option flowindent (dtrace -F): the probe line's column is the
   function, two columns deeper per entry and back at its return, `->`/`<-` at
   fbt's entries and returns, `=>`/`<=` at the syscall provider's, and
   `| FUNCTION:NAME` at any other probe; the heading is `CPU FUNCTION`.
   getppid(2) runs __x64_sys_getppid, which calls __task_pid_nr_ns. */
/* @@nosort */
#pragma D option flowindent

BEGIN
{
}

syscall::getppid:entry
/pid == $target/
{
	self->traced = 1;
}

syscall::getppid:entry,
syscall::getppid:return
/self->traced/
{
}

fbt::__x64_sys_getppid:entry,
fbt::__x64_sys_getppid:return,
fbt::__task_pid_nr_ns:entry,
fbt::__task_pid_nr_ns:return
/self->traced/
{
}

syscall::getppid:return
/self->traced/
{
	self->traced = 0;
}
