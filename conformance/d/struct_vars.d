/* Variables of a script's struct type: a global, a member that is a struct,
 * a thread-local, a clause-local taking a struct by assignment and an
 * associative array of structs; members are read, written and incremented,
 * and `=` copies a whole struct. */
/* @@nosort */
#pragma D option quiet

struct foo {
	int a;
	char name[16];
	uint64_t ts;
};

struct pair {
	struct foo left;
	short right;
};

struct foo g;
struct pair p;
self struct foo t;
struct foo m[string];

BEGIN
{
	g.a = 42;
	g.name = "hello";
	g.ts = 1234567890123;
	g.a += 8;
	p.left = g;
	p.left.a++;
	p.right = -3;
	self->t = g;
	this->l = p.left;
	m["x"] = g;
	m["x"].a = 7;
	m["y"].name = "other";
	printf("%d %s %d\n", g.a, g.name, g.ts);
	printf("%d %s %d\n", p.left.a, p.left.name, p.right);
	printf("%d %s %d\n", self->t.a, this->l.name, this->l.a);
	printf("%d %s %d %s\n", m["x"].a, m["x"].name, m["y"].a, m["y"].name);
	exit(0);
}
