/* `caller` at a profile tick: the return address into the caller of the
   interrupted kernel function, and 0 when the tick interrupted user code (the
   shell's loop), which has no kernel caller. printf's %a names the kernel
   caller module`symbol+offset (the filter keeps the shape: where the ticks
   land depends on the machine). */
#pragma D option quiet

uint64_t kcaller, user_caller;

profile-997
/pid == $target && arg1 != 0/
{
	user = 1;
	user_caller |= caller;
}

profile-997
/arg0 != 0 && caller != 0/
{
	kcaller = caller;
}

END
{
	printf("user tick %d caller %d\n", user, user_caller);
	printf("kernel tick caller %a\n", kcaller);
}
