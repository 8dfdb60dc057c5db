#pragma D option quiet
/* D's tcp:::state-change as dtrace-utils has it on Linux: beside the
   sock:inet_sock_set_state tracepoint, tcp_time_wait() (TIME_WAIT, which Linux
   keeps on a separate timewait socket: the connection's own socket then goes to
   CLOSED) and inet_csk_clone_lock() (SYN_RECEIVED, of the connection request,
   whose old state is Linux's TCP_NEW_SYN_RECV, which tcp_state_string[] does not
   name). A loopback connection on 127.0.0.7 whose client shuts its side first:
   the client, the server's socket and the listener. */

tcp:::state-change
/args[3]->tcps_laddr == "127.0.0.7"/
{
	printf("%s -> %s %s %s\n", tcp_state_string[args[5]->tcps_state],
	    tcp_state_string[args[3]->tcps_state], args[3]->tcps_laddr,
	    args[3]->tcps_raddr);
}
