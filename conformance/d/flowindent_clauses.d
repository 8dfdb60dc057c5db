/* flowindent with two clauses on one entry and on one return: DTrace moves
   the depth once per firing, at the first clause's record of an entry (the
   next clause of the same probe prints `| FUNCTION:NAME`) and at the last
   clause's record of a return (the one before it prints `| FUNCTION:NAME`). */
/* @@nosort */
#pragma D option flowindent

syscall::getppid:entry
/pid == $target/
{
	self->traced = 1;
}

fbt::__x64_sys_getppid:entry
/self->traced/
{
	trace("first");
}

fbt::__x64_sys_getppid:entry
/self->traced/
{
	trace("second");
}

fbt::__x64_sys_getppid:return
/self->traced/
{
	trace("first");
}

fbt::__x64_sys_getppid:return
/self->traced/
{
	trace("second");
}

syscall::getppid:return
/self->traced/
{
	self->traced = 0;
}
