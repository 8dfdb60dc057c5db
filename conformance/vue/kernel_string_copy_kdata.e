/* get_kstring(ADDR, N) copies at most N bytes of a kernel string; copy_kdata(ADDR, v)
 * copies sizeof(v) bytes of kernel memory into v. The address is an exported kernel
 * pointer variable: the command line the sandbox VM boots with, which starts
 * with "console=ttyS0". */
__kernel char *saved_command_line;
@@BEGIN
{
	String s[64];
	char c;
	s = get_kstring(saved_command_line, 13);
	copy_kdata(saved_command_line, c);
	printf("%s|%c %d\n", s, c, c);
	exit();
}
