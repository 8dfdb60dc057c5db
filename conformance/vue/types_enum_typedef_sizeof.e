/* C type definitions as a header gives them: enum constants count from 0 or from
   the value given; a typedef names a type; sizeof follows C's layout on LP64. */
enum color { RED, GREEN = 5, BLUE };
typedef unsigned short u16;
typedef struct {
	int a;
	char c;
	long l;
} pair_t;
union num {
	int i;
	long long ll;
	char bytes[3];
};
struct node {
	char tag;
	pair_t pair;
	struct node *next;
	union num n;
};

@@BEGIN
{
	enum color c;
	u16 w;
	c = BLUE;
	w = 65535;
	w++;
	printf("%d %d %d %d\n", RED, GREEN, c, w);
	printf("%d %d %d %d\n", sizeof(pair_t), sizeof(union num), sizeof(struct node), sizeof(u16));
	exit();
}
