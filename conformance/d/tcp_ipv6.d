#pragma D option quiet
/* @@nosort D's tcp provider over IPv6 (connect-request and send on ip6_xmit, which
   dtrace-utils uses beside ip_queue_xmit): a loopback connection to [::1]:8126,
   the client's SYN and its 4 bytes of data (the IP payload: the TCP header, 32
   bytes with timestamps, and the data), then the server's receive of them. */

tcp:::connect-request
/args[3]->tcps_rport == 8126/
{
	printf("%s ipv%d %s -> %s len %d %s\n", probename, args[2]->ip_ver, args[2]->ip_saddr,
	    args[2]->ip_daddr, args[2]->ip_plength, tcp_state_string[args[3]->tcps_state]);
}

tcp:::send
/args[4]->tcp_dport == 8126 && args[4]->tcp_flags & TH_PSH/
{
	printf("%s ipv%d %s -> %s len %d %s:%d\n", probename, args[2]->ip_ver, args[2]->ip_saddr,
	    args[2]->ip_daddr, args[2]->ip_plength, args[3]->tcps_raddr, args[3]->tcps_rport);
}

tcp:::receive
/args[4]->tcp_dport == 8126 && args[4]->tcp_flags & TH_PSH/
{
	printf("%s ipv%d %s -> %s len %d %s:%d\n", probename, args[2]->ip_ver, args[2]->ip_saddr,
	    args[2]->ip_daddr, args[2]->ip_plength, args[3]->tcps_laddr, args[3]->tcps_lport);
}
