/* A static binary under dtrace -c's default evaltime, postinit: dtrace-utils
   finds no __libc_start_main to break on after the entry point, breaks on
   main instead, so libc's whole start-up, which a static program makes in
   __libc_start_main before main (its TLS: arch_prctl, set_tid_address,
   set_robust_list, rseq), runs untraced. (/sbin/ldconfig is a static-pie
   glibc program; -p prints the cache and exits.) */
#pragma D option quiet

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
