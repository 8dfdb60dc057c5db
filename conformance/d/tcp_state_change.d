#pragma D option quiet
/* @@nosort D's tcp:::state-change (sock:inet_sock_set_state of TCP sockets): a
   loopback connection to port 8123 whose server closes first, as its client sees
   it: connect, the server's FIN (close-wait), the client's close (last-ack), the
   server's ACK. args[5] is the state before, args[3] the one after, with the
   socket's addresses and remote port; tcp.d's tcp_state_string[] names them. */

tcp:::state-change
/args[3]->tcps_rport == 8123/
{
	printf("%s -> %s %s %s %d %s\n", tcp_state_string[args[5]->tcps_state],
	    tcp_state_string[args[3]->tcps_state], args[3]->tcps_laddr,
	    args[3]->tcps_raddr, args[3]->tcps_rport,
	    args[1]->cs_cid == args[3]->tcps_addr ? "same" : "other");
}

tcp:::state-change
/args[3]->tcps_rport == 8123 && args[3]->tcps_state == TCP_STATE_CLOSED/
{
	exit(0);
}
