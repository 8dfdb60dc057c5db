/* A copied-in buffer cast to a pointer to the script's own struct: each
 * member is read at the offset C gives it, padding included (echo's bytes
 * "ABCD..." make the offsets visible), and `*p` copies the whole struct. */
/* @@nosort */
#pragma D option quiet

struct rec {
	char c;		/* 0, then 3 bytes of padding */
	int a;		/* 4: "EFGH" */
	short s;	/* 8: "IJ", then 6 bytes of padding */
	uint64_t l;	/* 16: "QRSTUVWX" */
	char tag[4];	/* 24: "YZab" */
};

syscall::write:entry
/execname == "echo"/
{
	this->r = (struct rec *)copyin(arg1, sizeof (struct rec));
	printf("%c %x %x %x %s\n", this->r->c, this->r->a, this->r->s, this->r->l,
	    this->r->tag);
	self->saved = *this->r;
	printf("%d %d %s\n", sizeof (struct rec), self->saved.s, self->saved.tag);
	exit(0);
}
