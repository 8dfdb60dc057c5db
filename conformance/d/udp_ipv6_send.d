#pragma D option quiet
/* D's udp:::send of IPv6 datagrams (ip6_send_skb, whose skb is its first parameter,
   beside IPv4's ip_send_skb, whose is its second): a client bound to [::1]:8135 sends
   4 bytes to [::1]:8134, which answers 2; and receive of both, in the same clause. */

udp:::send, udp:::receive
/args[4]->udp_dport == 8134 || args[4]->udp_sport == 8134/
{
	printf("%s v%d %s:%d -> %s:%d length %d local %s:%d remote %s:%d\n", probename,
	    args[2]->ip_ver, args[2]->ip_saddr, args[4]->udp_sport, args[2]->ip_daddr,
	    args[4]->udp_dport, args[4]->udp_length, args[3]->udps_laddr,
	    args[3]->udps_lport, args[3]->udps_raddr, args[3]->udps_rport);
}
