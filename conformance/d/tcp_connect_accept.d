#pragma D option quiet
/* @@nosort D's tcp:::connect-request (the SYN, ip_queue_xmit of a SYN_SENT
   socket), tcp:::accept-established (the handshake's last ACK at the listener's
   new socket, tcp_init_transfer) and tcp:::connect-established (the SYN-ACK at the
   client, tcp_finish_connect) of one loopback connection to port 8124: ipinfo_t,
   tcpsinfo_t and tcpinfo_t. The SYN and SYN-ACK carry 20 bytes of options (MSS,
   SACK permitted, timestamps, window scale), the ACK 12 (timestamps): their IP
   payloads are 40 and 32 bytes. */

tcp:::connect-request
/args[3]->tcps_rport == 8124/
{
	printf("%s ipv%d %s -> %s:%d len %d %s flags %x dport %d\n", probename, args[2]->ip_ver,
	    args[2]->ip_saddr, args[2]->ip_daddr, args[3]->tcps_rport, args[2]->ip_plength,
	    tcp_state_string[args[3]->tcps_state], args[4]->tcp_flags, args[4]->tcp_dport);
}

tcp:::connect-established
/args[3]->tcps_rport == 8124/
{
	printf("%s ipv%d %s -> %s len %d %s flags %x sport %d offset %d\n", probename,
	    args[2]->ip_ver, args[2]->ip_saddr, args[2]->ip_daddr, args[2]->ip_plength,
	    tcp_state_string[args[3]->tcps_state], args[4]->tcp_flags, args[4]->tcp_sport,
	    args[4]->tcp_offset);
}

tcp:::accept-established
/args[3]->tcps_lport == 8124/
{
	printf("%s ipv%d %s -> %s len %d %s:%d %s flags %x dport %d %s\n", probename,
	    args[2]->ip_ver, args[2]->ip_saddr, args[2]->ip_daddr, args[2]->ip_plength,
	    args[3]->tcps_laddr, args[3]->tcps_lport, tcp_state_string[args[3]->tcps_state],
	    args[4]->tcp_flags, args[4]->tcp_dport,
	    args[4]->tcp_flags & TH_ACK ? "ack" : "no-ack");
}
