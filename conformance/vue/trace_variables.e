/* trace(v): a variable's bytes (a String's declared length, an int's 4, a short's 2), as a hex dump. */
String s[20];
int i;
short h;
long long ll;
char *p;
@@BEGIN
{
	__thread int t;
	s = "hello, world";
	i = 0x01020304;
	h = -2;
	ll = 0x1122334455667788;
	t = 7;
	trace(s);
	trace(i);
	trace(h);
	trace(ll);
	trace(t);
	exit();
}
