/* Inlines of constant expressions in narrow types (dtrace-utils'
   tst.InlineExpression.d): each is the value C computes, converted to the
   inline's type; a pointer inline that nothing reads is allowed. */
#pragma D option quiet

inline char new_char = 'c' + 2;
inline short new_short = 10 * new_char;
inline int16_t wrapped = 10 * 4000;
inline uint16_t new_uint16 = 30 - 'q';
inline long long new_long_long = 1234512345 * (long)1234567890;
inline int quotient = -7 / 2;
inline unsigned long * pointer = &`max_pfn;

BEGIN
{
	printf("%c %d %d %d\n", new_char, new_short, wrapped, new_uint16);
	printf("%d %d\n", new_long_long, quotient);
	exit(0);
}
