/* Two call paths to getppid(): main -> inner once, main -> outer -> inner
 * twice from one call site (one return address, one key), with frame pointers
 * and a _start of its own that ends the frame chain (%rbp = 0). */
#include <unistd.h>

__attribute__((noinline)) int inner(void) { return getppid() > 0; }

__attribute__((noinline)) int outer(void)
{
	int i, n = 0;

	for (i = 0; i < 2; i++)
		n += inner();
	return n;
}

int main(void) { return !(inner() + outer()); }

void _start(void)
{
	__asm__ volatile("xor %%ebp, %%ebp\n\tand $-16, %%rsp\n\tcall main\n\t"
			 "mov %%eax, %%edi\n\tcall _exit" ::: "memory");
}
