#pragma D option quiet

BEGIN
{
	@s = sum(10);
	@s = sum(-3);
	exit(0);
}
