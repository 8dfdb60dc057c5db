/* A sort toggle's value as libdtrace's dt_opt_runtime reads it: "0" is a number,
   and the consumer tests a toggle against UNSET, so aggsortrev=0 and
   setopt("aggsortkey", "0") turn the toggle ON; "no" (as "", off, unset...)
   turns it off; a word it does not know is refused and changes nothing. */
/* @@nosort */
#pragma D option quiet
#pragma D option aggsortrev=0

BEGIN
{
	@[1] = sum(10);
	@[2] = sum(30);
	@[3] = sum(20);
	printf("rev=0\n");
	printa("%d %@d\n", @);
	setopt("aggsortrev", "no");
	printf("rev=no\n");
	printa("%d %@d\n", @);
	setopt("aggsortkey", "0");
	printf("key=0\n");
	printa("%d %@d\n", @);
	setopt("aggsortrev", "0x1");
	printf("key=0 rev=0x1\n");
	printa("%d %@d\n", @);
	setopt("aggsortrev", "maybe");
	printf("rev=maybe\n");
	printa("%d %@d\n", @);
	exit(0);
}
