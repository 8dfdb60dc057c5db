#pragma D option quiet

inline string GREETING = "hello";
inline int ANSWER = 2 * 21;
inline unsigned char SMALL = 257;

BEGIN
{
	printf("%s %d %d\n", GREETING, ANSWER, SMALL);
	exit(0);
}
