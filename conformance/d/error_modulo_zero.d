#pragma D option quiet

BEGIN
{
	z = 0;
	x = 10 % z;
}

BEGIN
{
	exit(0);
}
