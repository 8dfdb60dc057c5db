/* A struct type and variables of it declared at once, as C allows. */
#pragma D option quiet

struct pt {
	int x;
	int y;
} origin, corner;

BEGIN
{
	origin.x = 3;
	origin.y = 4;
	corner.x = origin.x + origin.y;
	printf("%d %d %d %d\n", origin.x, origin.y, corner.x, sizeof (origin));
	exit(0);
}
