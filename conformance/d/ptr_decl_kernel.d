/* Pointer variables of a kernel struct type, declared in all three scopes: a
   store to one is that pointer (copyin()'s void * needs no cast), `->` through
   it reads the member, and `&p->m` is the member's address, nothing read (4
   bytes past the struct's start for sin_addr). connect() to 127.0.0.1 port 7
   (bash's first connect()s are AF_UNIX ones, to nscd). */
#pragma D option quiet

struct sockaddr_in *gs;
self struct sockaddr_in *ts;
this struct sockaddr_in *s;

syscall::connect:entry
/execname == "bash" && *(uint16_t *)copyin(arg1, 2) == AF_INET/
{
	this->s = copyin(arg1, sizeof (struct sockaddr_in));
	gs = this->s;
	self->ts = this->s;
	printf("family %d port %d\n", gs->sin_family, ntohs(self->ts->sin_port));
	printf("offset %d\n", (uintptr_t)&this->s->sin_addr - (uintptr_t)this->s);
	printf("address %s\n", inet_ntop(AF_INET, (void *)&self->ts->sin_addr));
	self->ts = 0;
	exit(0);
}
