#pragma D option quiet
/* D's tcp:::send (ip_queue_xmit, before the IP header) and tcp:::receive
   (tcp_rcv_established) of the data of one loopback connection to port 8125: the
   client sends 5 bytes, the server answers 3. ip_plength is the IP payload, the
   TCP header (20 bytes and 12 of timestamps: tcp_offset) and the data, on both
   sides. The data segments carry PSH. */

tcp:::send
/(args[4]->tcp_dport == 8125 || args[4]->tcp_sport == 8125) && args[4]->tcp_flags & TH_PSH/
{
	printf("send %s -> %s len %d flags %x %s %s %s\n", args[2]->ip_saddr, args[2]->ip_daddr,
	    args[2]->ip_plength, args[4]->tcp_flags,
	    args[4]->tcp_dport == 8125 ? "to-server" : "to-client",
	    args[3]->tcps_lport == 8125 ? "server" : args[3]->tcps_rport == 8125 ? "client" : "?",
	    tcp_state_string[args[3]->tcps_state]);
}

tcp:::receive
/(args[4]->tcp_dport == 8125 || args[4]->tcp_sport == 8125) && args[4]->tcp_flags & TH_PSH/
{
	printf("receive %s -> %s len %d offset %d flags %x %s %s %s\n", args[2]->ip_saddr,
	    args[2]->ip_daddr, args[2]->ip_plength, args[4]->tcp_offset, args[4]->tcp_flags,
	    args[4]->tcp_dport == 8125 ? "to-server" : "to-client",
	    args[3]->tcps_lport == 8125 ? "server" : args[3]->tcps_rport == 8125 ? "client" : "?",
	    tcp_state_string[args[3]->tcps_state]);
}
