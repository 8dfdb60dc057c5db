/* profile:::tick-1* matches the profile provider's listed tick-1, tick-10,
   tick-100 and tick-1000 (dtrace-utils' dt_prov_profile.c populate()): by
   1.1 s they have fired about 1222 times, tick-1 alone once */
#pragma D option quiet

profile:::tick-1*
{
	n++;
}

tick-1100ms
/n > 100/
{
	printf("more than 100 ticks\n");
	exit(0);
}

tick-1100ms
/n <= 100/
{
	printf("%d ticks\n", n);
	exit(0);
}
