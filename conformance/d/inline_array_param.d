/* nfsstats.d's idiom: an inline whose parameter is a kernel char array
   (`char data[14]`, struct sockaddr's sa_data), its elements read where the
   inline is used; `unsigned char d[14]` reads the same bytes unsigned, as the
   body is typed by the parameter. python3 connects to 127.0.0.1 port 7 and to
   127.200.1.3 port 51000 (0xc738: its high byte is negative as a char). */
#pragma D option quiet

inline string SA2IP[char data[14]] =
	strjoin(strjoin(strjoin(lltostr(data[2] & 0xFF), "."),
		strjoin(lltostr(data[3] & 0xFF), ".")),
		strjoin(strjoin(lltostr(data[4] & 0xFF), "."),
			lltostr(data[5] & 0xFF)));

inline int PORT[unsigned char d[14]] = d[0] * 256 + d[1];

fbt::tcp_v4_connect:entry
/execname == "python3"/
{
	printf("%s %d %d\n", SA2IP[args[1]->sa_data], PORT[args[1]->sa_data],
	    args[1]->sa_data[0]);
}
