#pragma D option quiet
/* D's udp:::receive of an IPv6 datagram (udpv6_queue_rcv_skb): 4 bytes from [::1]:8129
   to [::1]:8128; ipinfo_t and udpsinfo_t from its IPv6 header. */

udp:::receive
/args[4]->udp_dport == 8128/
{
	printf("%s v%d %s:%d -> %s:%d plength %d length %d local %s:%d remote %s:%d\n", probename,
	    args[2]->ip_ver, args[2]->ip_saddr, args[4]->udp_sport, args[2]->ip_daddr,
	    args[4]->udp_dport, args[2]->ip_plength, args[4]->udp_length, args[3]->udps_laddr,
	    args[3]->udps_lport, args[3]->udps_raddr, args[3]->udps_rport);
}
