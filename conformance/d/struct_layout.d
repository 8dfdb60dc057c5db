/* A script's own types are laid out as C lays them out (LP64): each member
 * at the next multiple of its alignment, the struct padded to a multiple of
 * its largest alignment; a string member is a char array of strsize bytes. */
/* @@nosort */
#pragma D option quiet

struct foo {
	char c;
	int a;
	char name[16];
	uint64_t ts;
	short s;
};

typedef struct foo foo_t;

struct nest {
	char tag;
	struct foo f;
	short tail;
};

struct small {
	char a;
	short b;
	char c;
};

struct ptrs {
	char c;
	char *p;
	int i;
};

struct withstr {
	int n;
	string s;
};

typedef struct {
	int x;
	int y;
} point_t;

union u {
	char b;
	int i;
	uint64_t l;
};

enum { A, B = 5, C };
enum color { RED = 1, GREEN = RED << 2, BLUE };

BEGIN
{
	printf("foo %d: %d %d %d %d\n", sizeof (struct foo), offsetof(struct foo, a),
	    offsetof(struct foo, name), offsetof(struct foo, ts), offsetof(foo_t, s));
	printf("nest %d: %d %d\n", sizeof (struct nest), offsetof(struct nest, f),
	    offsetof(struct nest, tail));
	printf("small %d: %d %d\n", sizeof (struct small), offsetof(struct small, b),
	    offsetof(struct small, c));
	printf("ptrs %d: %d %d\n", sizeof (struct ptrs), offsetof(struct ptrs, p),
	    offsetof(struct ptrs, i));
	printf("withstr %d: %d\n", sizeof (struct withstr), offsetof(struct withstr, s));
	printf("point_t %d: %d\n", sizeof (point_t), offsetof(point_t, y));
	printf("union %d: %d\n", sizeof (union u), offsetof(union u, l));
	printf("enums %d %d %d, %d %d %d, %d\n", A, B, C, RED, GREEN, BLUE,
	    sizeof (enum color));
	exit(0);
}
