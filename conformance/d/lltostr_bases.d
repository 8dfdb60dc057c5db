/* lltostr(value, base): 0x before hex digits, 0 before octal ones, the sign
 * only in base 10 (other bases print the 64-bit pattern). */
#pragma D option quiet

BEGIN
{
	printf("%s %s %s %s %s %s\n", lltostr(0), lltostr(255, 16), lltostr(8, 8),
	    lltostr(5, 2), lltostr(-1, 16), lltostr(0, 16));
	exit(0);
}
