/* printf reads each integer at its own type's width, as libdtrace does (dt_printf.c:
   pfprint_uint/pfprint_sint switch on the record's size): %u %x %o of a char or short
   show its 8 or 16 bits, not an int's 32; a plain %d of an unsigned type shows it as
   %u does (pfcheck_dint). From dtrace-utils' printf/tst.ints.d. */
#pragma D option quiet

BEGIN
{
	printf("%u %x %o %d\n", (char)0xef, (char)0xef, (char)0xef, (char)0xef);
	printf("%u %x %X %d\n", (short)0xcdef, (short)0xcdef, (short)0xcdef, (short)0xcdef);
	printf("%d %d %d\n", (unsigned char)0xef, (unsigned int)0x90abcdef, (unsigned long long)-1);
	printf("%u %d\n", (int)-1, (unsigned long long)0x1234567890abcdef);
	exit(0);
}
