#pragma D option quiet

BEGIN
{
	@ = max(-100);
	@ = max(-200);
	exit(0);
}
