/*
 * An element of a kernel array by name: `avenrun[3] holds the 1, 5 and 15
 * minute load averages (fixed point, 2048 = 1.0) that /proc/loadavg prints.
 * The command keeps two CPUs busy for 12 s, two updates of the averages (every
 * 5 s): the 1-minute average has risen above 0 (about 0.3, 600 in fixed
 * point) and, rising fastest, is at least the 15-minute one.
 */
#pragma D option quiet

END
{
	printf("%d %d\n", `avenrun[0] > 0, `avenrun[0] >= vmlinux`avenrun[2]);
}
