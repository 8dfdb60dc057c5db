/* A struct pointer variable holding a copyin() of connect()'s address: its
   members are read from the copy (sin_family, then sin_port in network byte
   order, which ntohs() turns), and a member of a copy cast in place. bash's
   connect() to 127.0.0.1 port 7 (its first connect()s are AF_UNIX ones). */
#pragma D option quiet

syscall::connect:entry
/execname == "bash" && ((struct sockaddr_in *)copyin(arg1, 2))->sin_family == AF_INET/
{
	this->s = (struct sockaddr_in *)copyin(arg1, sizeof (struct sockaddr_in));
	printf("family %d port %d\n", this->s->sin_family, ntohs(this->s->sin_port));
	printf("first byte of the address %d\n", *(uint8_t *)copyin(arg1 + 4, 1));
	exit(0);
}
