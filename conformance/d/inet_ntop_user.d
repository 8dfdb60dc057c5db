/* inet_ntop(), inet_ntoa() and inet_ntoa6() read the address their argument
   points to (here a copyin() of the 16 bytes printf(1) writes: 2001:db8:0:0:1:0:0:1)
   and write it as text: IPv6 as RFC 5952 (lower-case hex, leading zeros dropped,
   the first longest run of zero groups as "::"), IPv4 as a dotted quad (the
   first four bytes). */
#pragma D option quiet

syscall::write:entry
/execname == "printf" && arg2 == 16/
{
	this->a = copyin(arg1, 16);
	printf("%s\n", inet_ntop(AF_INET6, this->a));
	printf("%s\n", inet_ntoa6((in6_addr_t *)this->a));
	printf("%s\n", inet_ntop(AF_INET, this->a));
	printf("%s\n", inet_ntoa((ipaddr_t *)this->a));
	exit(0);
}
