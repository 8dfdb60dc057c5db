/* Two members of one name (dtrace-utils test/unittest/types/err.D_UNKNOWN.dupstruct). */
struct foo {
	int x;
	char c;
	long x;
};

BEGIN
{
	exit(0);
}
