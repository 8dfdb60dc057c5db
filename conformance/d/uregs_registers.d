/* uregs[] reads the thread's user registers, saved when it entered the kernel:
   at a system call's entry rax holds -ENOSYS (the entry code's placeholder for
   the result) and R_ERR the call's number (getppid is 110), at its return rax
   is the result; R_PC, R_EAX and R_R0 are the 32-bit names of rip and rax. At
   a pid probe they are the registers of the probed instruction: the PC is the
   function's first one. */
#pragma D option quiet
/* @@nosort */

syscall::getppid:entry
/pid == $target/
{
	printf("entry %d %d %d %d\n", (long)uregs[R_RAX], uregs[R_ERR],
	    uregs[R_PC] == uregs[R_RIP], uregs[R_EAX] == uregs[R_R0]);
}

syscall::getppid:return
/pid == $target/
{
	printf("return %d\n", uregs[R_RAX] == arg0);
}

pid$target:libc.so.6:getppid:entry
{
	printf("pid %A %d\n", uregs[R_PC], uregs[R_SP] != 0);
}
