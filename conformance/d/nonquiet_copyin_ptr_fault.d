/* Not quiet, a clause that prints, then stores a pointer (writev's iovec array),
   copies a pointer in through it (the first iovec's base) and reads a string
   through that (the DTrace book's soconnect.d reads the same way: a copyin()'d
   sockaddr, then the address through it). The command writes three one-element
   iovecs to fd 9: "hello", then the address 1 as the base (copyinstr() faults:
   DTrace drops the clause's record, probe line and all, and keeps the store in
   n, made before the fault), then "world". A stap or Vue port prints the heading
   and the probe line itself, so it must do the stores and the reads before them
   (ir/faultfirst.py). */
/* @@nosort */
int n;

syscall::writev:entry
/pid == $target && arg0 == 9/
{
	printf("%d ", arg2);
	n++;
	this->iov = arg1;
	this->base = *(uint64_t *)copyin(this->iov, 8);
	this->len = *(uint64_t *)copyin(this->iov + 8, 8);
	printf("%s", copyinstr(this->base, this->len));
}

END
{
	printf("n=%d", n);
}
