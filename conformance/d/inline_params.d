#pragma D option quiet

/* illumos' tcp.d names states this way: an inline with parameters */
inline string prot_name[int32_t prot] =
    prot == 0 ? "none" :
    prot == 1 ? "read" :
    prot == (1 | 2) ? "read,write" : "other";

inline int scaled[int x, int y] = x * 10 + y;

int64_t p;

BEGIN
{
	p = 3;
	printf("%s %s %s %s\n", prot_name[0], prot_name[1], prot_name[p], prot_name[p + 4]);
	printf("%d %d\n", scaled[4, 2], scaled[p, p + 1]);
	exit(0);
}
