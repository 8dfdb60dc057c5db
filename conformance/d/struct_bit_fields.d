/* A bit-field member of a struct variable keeps what C keeps of a store: its low
   bits, sign-extended from the top one for a signed type; sizeof lays the fields
   out as C does (a field that would cross its type's unit starts the next). */
#pragma D option quiet

struct rec {
	int a : 1;
	int b : 15;
	int c : 31;
	unsigned int u : 3;
	long long w : 40;
} v;

BEGIN
{
	v.a = 256;
	v.b = 65536;
	v.c = 4294967296;
	printf("%d %d %d\n", v.a, v.b, v.c);
	v.a = 1;
	v.b = 16383 + 1;
	v.u = 9;
	v.w = 0x8000000001;
	printf("%d %d %d %d\n", v.a, v.b, v.u, v.w);
	v.u = 7;
	this->old = v.u++;
	printf("%d %d %d\n", this->old, v.u, sizeof (struct rec));
	exit(0);
}
