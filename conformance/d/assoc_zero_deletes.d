/* Assigning zero deletes the element; it reads as zero again. */
#pragma D option quiet

BEGIN
{
	a[1] = 9;
	a[1] = 0;
	a[2] = 3;
	printf("%d %d\n", a[1], a[2]);
	exit(0);
}
