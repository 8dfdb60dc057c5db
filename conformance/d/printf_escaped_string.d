/* %S: the string with C escapes for what is not printable (libdtrace's
   strchr2esc), padded as %s pads it; its char is signed, so each byte above
   0x7e is an octal escape. */
#pragma D option quiet

BEGIN
{
	printf("[%S]\n", "tab\there \"q\" back\\slash bell\a nl\n");
	printf("[%10S] [%-6S]\n", "a\tb", "x\001");
	printf("[%S]\n", "café");
	exit(0);
}
