/* nfsstats.d's SA2IP idiom given strings: dtrace takes a string for a char array
   or char pointer parameter (dt_idcook_sign: both are string-compatible), and the
   body's `data[2]` reads the string's third character through the parameter's
   type, here as a plain (signed) char. Bytes 127.1.2.3 and 10.1.2.3 after two
   leading ones, as a sockaddr's sa_data holds the port first. */
#pragma D option quiet

inline string SA2IP[char data[14]] =
	strjoin(strjoin(strjoin(lltostr(data[2] & 0xFF), "."),
		strjoin(lltostr(data[3] & 0xFF), ".")),
		strjoin(strjoin(lltostr(data[4] & 0xFF), "."),
			lltostr(data[5] & 0xFF)));

inline int INITIAL[char *s] = s[0];

string addr;

BEGIN
{
	addr = "xy\n\001\002\003";
	printf("%s\n", SA2IP["..\177\001\002\003"]);
	printf("%s\n", SA2IP[addr]);
	printf("%d %d %c\n", INITIAL["A"], INITIAL[strjoin("b", "c")], INITIAL[addr]);
	exit(0);
}
