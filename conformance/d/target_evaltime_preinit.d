/* `-x evaltime=preinit` (its pragma here): dtrace-utils holds the command at
   its entry point (AT_ENTRY), before any of the program's code. For a static
   binary that is before all of libc's start-up, which __libc_start_main makes
   before main: the main thread's set_tid_address and set_robust_list, once
   each, are traced (and none under postinit: target_static_postinit). */
#pragma D option quiet
#pragma D option evaltime=preinit

syscall::set_tid_address:entry,
syscall::set_robust_list:entry,
syscall::exit_group:entry
/pid == $target/
{
	@[probefunc] = count();
}

END
{
	printa("%s %@d\n", @);
}
