/* A translator of the script's own (rwbytype.d's shape: an int in, a string
 * member out): each member's expression is evaluated over the input when
 * the member is referenced, through xlate<T *>(e)->m or xlate<T>(e).m. */
/* @@nosort */
#pragma D option quiet

typedef struct vtype2str {
	string code;
};

translator struct vtype2str < int T > {
	code =
	    T == 1 ? "reg" :
	    T == 2 ? "dir" : "non";
};

struct span {
	int lo;
	int hi;
	int width;
};

translator struct span < int64_t N > {
	lo = N & 0xff;
	hi = N >> 8;
	width = (N >> 8) - (N & 0xff);
};

BEGIN
{
	printf("%s %s %s\n", xlate <struct vtype2str *>(1)->code,
	    xlate <struct vtype2str>(2).code, xlate <struct vtype2str *>(7)->code);
	this->n = 0x0a03;
	printf("%d %d %d\n", xlate <struct span *>(this->n)->lo,
	    xlate <struct span *>(this->n)->hi, xlate <struct span>(this->n).width);
	exit(0);
}
