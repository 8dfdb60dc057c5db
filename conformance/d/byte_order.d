/* ntohs/ntohl/ntohll and htons/htonl/htonll reverse the bytes of a uint16_t,
   uint32_t, uint64_t (little-endian targets); net.d's AF_INET, AF_INET6. */
#pragma D option quiet

BEGIN
{
	printf("%x %x %x\n", ntohs(0x1234), ntohl(0x12345678), ntohll(0x0102030405060708));
	printf("%x %x %x\n", htons(0xABCDEF), htonl(0xFF), htonll(0xFF));
	printf("%d %d %d\n", sizeof (ntohs(1)), sizeof (htonl(1)), sizeof (ntohll(1)));
	printf("%d %d\n", AF_INET, AF_INET6);
	exit(0);
}
