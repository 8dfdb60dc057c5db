/* aggsortkey with aggsortkeypos=1: rows sort by their second key first;
   setopt("aggsortrev") reverses the printa()s after it. */
/* @@nosort */
#pragma D option quiet
#pragma D option aggsortkey
#pragma D option aggsortkeypos=1

BEGIN
{
	@[1, "b"] = sum(10);
	@[2, "a"] = sum(20);
	@[3, "c"] = sum(5);
	printa("%d %s %@d\n", @);
	setopt("aggsortrev");
	printa("%d %s %@d\n", @);
	exit(0);
}
