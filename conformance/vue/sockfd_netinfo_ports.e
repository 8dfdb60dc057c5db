/* IBM's net_info_t and sockfd_netinfo(): the ports of a socket descriptor, here
   both ends of a loopback TCP connection read with read(); descriptors that are
   not sockets (the interpreter's files) give 0 for both ports. */
int read(int fd, char *buf, unsigned long size);
net_info_t conn_info;
int nonsock;

@@syscall:$__CPID:read:entry
{
	sockfd_netinfo(__arg1, conn_info);
	if (conn_info.local_port == 0 && conn_info.remote_port == 0)
		nonsock = 1;
	if (conn_info.remote_port == 40461)
		printf("client: remote %d, local port set: %d\n", conn_info.remote_port,
		       conn_info.local_port > 1024);
	if (conn_info.local_port == 40461) {
		printf("server: local %d, remote port set: %d\n", conn_info.local_port,
		       conn_info.remote_port > 1024);
		printf("non-socket reads give 0: %d\n", nonsock);
		exit();
	}
}
