#pragma D option quiet
/* D's udp:::send (ip_send_skb) and udp:::receive (udp_queue_rcv_skb) of one loopback
   exchange: a client bound to 127.0.0.1:8127 sends 5 bytes to a server at
   127.0.0.2:8126, which answers 3. ip_plength and udp_length are the UDP header (8
   bytes) and the data; udpsinfo_t's local end is the sender's when sent, the
   receiver's when received. */

udp:::send, udp:::receive
/args[4]->udp_dport == 8126 || args[4]->udp_sport == 8126/
{
	printf("%s %s:%d -> %s:%d plength %d length %d local %s:%d remote %s:%d\n", probename,
	    args[2]->ip_saddr, args[4]->udp_sport, args[2]->ip_daddr, args[4]->udp_dport,
	    args[2]->ip_plength, args[4]->udp_length, args[3]->udps_laddr, args[3]->udps_lport,
	    args[3]->udps_raddr, args[3]->udps_rport);
}
