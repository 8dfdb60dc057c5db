/* IBM's symbolic constants: errno names, signal names, AF_INET and NULL are
 * keywords of Vue (EPERM, ENOENT and SIGKILL have the same numbers on AIX
 * and Linux) */
@@BEGIN
{
	printf("%d %d %d %d\n", EPERM, ENOENT, SIGKILL, NULL);
	exit();
}
