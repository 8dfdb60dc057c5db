#pragma D option quiet
/* ip.d's ipv6info_t ipv6_src and ipv6_dst (in6_addr_t pointers into the IPv6 header,
   which inet_ntoa6() and inet_ntop() read) and net.d's pktinfo_t (pkt_addr, NULL in
   dtrace-utils), in ip:::send and ip:::receive of one 37-byte UDP datagram from
   [::1]:8136 to [::1]:8137 (its IPv6 payload 45 bytes). */

ip:::send, ip:::receive
/args[2]->ip_ver == 6 && args[5]->ipv6_nexthdr == IPPROTO_UDP && args[5]->ipv6_plen == 45/
{
	printf("%s %s -> %s %s plen %d pkt_addr %d\n", probename, inet_ntoa6(args[5]->ipv6_src),
	    inet_ntop(AF_INET6, args[5]->ipv6_dst), args[5]->ipv6_saddr, args[5]->ipv6_plen,
	    args[0]->pkt_addr);
}
