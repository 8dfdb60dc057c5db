/* Without a strsize option a string holds DTrace's default of 256
   characters: strjoin() of two 200-character strings keeps 256 of them. */
#pragma D option quiet

inline string S10 = "0123456789";

BEGIN
{
	s20 = strjoin(S10, S10);
	s100 = strjoin(strjoin(strjoin(s20, s20), strjoin(s20, s20)), s20);
	s200 = strjoin(s100, s100);
	x = strjoin(s200, s200);
	printf("%d %d %s\n", strlen(s200), strlen(x), substr(x, 250));
	exit(0);
}
