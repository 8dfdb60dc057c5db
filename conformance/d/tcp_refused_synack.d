#pragma D option quiet
/* D's tcp:::accept-refused (tcp_v4_send_reset(), here of a SYN to 127.0.0.7:8131,
   where nobody listens: no socket, so tcpsinfo_t's port and addresses are the
   segment's and its state 0), tcp:::receive of that SYN and of the RST answering
   it, tcp:::connect-refused (tcp_reset() of the connecting socket), and tcp:::send
   of a listener's SYN-ACK (ip_build_and_send_pkt(): from the listener on
   127.0.0.7:8132, whose remote address is 0.0.0.0). */

tcp:::accept-refused
/args[4]->tcp_dport == 8131/
{
	printf("%s %s -> %s lport %d %s %s flags %x %s\n", probename, args[2]->ip_saddr,
	    args[2]->ip_daddr, args[3]->tcps_lport, args[3]->tcps_laddr,
	    args[3]->tcps_raddr, args[4]->tcp_flags, tcp_state_string[args[3]->tcps_state]);
}

tcp:::connect-refused, tcp:::receive
/args[4]->tcp_sport == 8131 || args[4]->tcp_dport == 8131/
{
	printf("%s %s -> %s flags %x %s\n", probename, args[2]->ip_saddr,
	    args[2]->ip_daddr, args[4]->tcp_flags, tcp_state_string[args[3]->tcps_state]);
}

tcp:::send
/args[4]->tcp_sport == 8132 && (args[4]->tcp_flags & TH_SYN)/
{
	printf("%s %s -> %s lport %d flags %x %s\n", probename, args[2]->ip_saddr,
	    args[2]->ip_daddr, args[3]->tcps_lport, args[4]->tcp_flags,
	    tcp_state_string[args[3]->tcps_state]);
}
