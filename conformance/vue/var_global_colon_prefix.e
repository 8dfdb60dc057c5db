__global int hits;
@@BEGIN
{
	global:hits = 3;
	printf("%d %d\n", hits, global:hits + 1);
	exit();
}
