#pragma D option quiet
/* D's tcp:::send and tcp:::receive in one clause: each probe's own args[2], an
   outbound segment's ipinfo_t from its socket (the local address the source), an
   inbound one's from its IP header. A client at 127.0.0.1 sends 5 bytes to a
   server at 127.0.0.2:8131, which answers 3; ip_plength is the TCP header (32
   bytes with timestamps) and the data. */

tcp:::send, tcp:::receive
/(args[4]->tcp_dport == 8131 || args[4]->tcp_sport == 8131) && args[4]->tcp_flags & TH_PSH/
{
	printf("%s %s -> %s len %d\n", probename, args[2]->ip_saddr, args[2]->ip_daddr,
	    args[2]->ip_plength);
}
