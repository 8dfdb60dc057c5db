/* Integer keys print at their type's width: char %3d, short %5d, int %8d, 64-bit %16lld. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	@[(char)65, (short)2, 3, (long long)4] = count();
	@[(char)-1, (short)-2, -3, (long long)-4] = count();
	@[(char)-1, (short)-2, -3, (long long)-4] = count();
	exit(0);
}
