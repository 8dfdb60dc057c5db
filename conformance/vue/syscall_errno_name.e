/* IBM's bind.e: a failing bind() whose errno is EADDRINUSE (the second bind
 * of the same port) */
int bind(void);

@@syscall:$__CPID:bind:exit
	when (__rv == -1)
{
	if (__errno == EADDRINUSE) {
		printf("bind() failed with EADDRINUSE\n");
	}
}
