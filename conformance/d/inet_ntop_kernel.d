/* inet_ntop() of addresses in kernel memory: the sockaddr tcp_v4_connect() and
   tcp_v6_connect() are given (the kernel's copy of connect()'s argument, or for
   an IPv4-mapped address the IPv4 one tcp_v6_connect() makes of it). python3
   connects to 127.0.0.1, ::1, ::ffff:127.0.0.1 and 2001:db8:0:0:1:0:0:1, whose
   text compresses the first run of zero groups and keeps the second. */
#pragma D option quiet

fbt::tcp_v4_connect:entry
/execname == "python3"/
{
	printf("v4 %s\n", inet_ntop(AF_INET, &((struct sockaddr_in *)arg1)->sin_addr));
}

fbt::tcp_v6_connect:entry
/execname == "python3"/
{
	printf("v6 %s\n", inet_ntoa6(&((struct sockaddr_in6 *)arg1)->sin6_addr));
}
