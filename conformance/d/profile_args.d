/* profile probes: arg0 is the interrupted kernel PC (0 in user mode), arg1 the
   user PC (0 in kernel mode); never both. */
#pragma D option quiet

profile-997
/pid == $target && arg1 != 0/
{
	user = 1;
}

profile-997
/arg0 != 0/
{
	kernel = 1;
}

profile-997
/arg0 != 0 && arg1 != 0/
{
	both = 1;
}

END
{
	printf("user %d kernel %d both %d\n", user, kernel, both);
}
