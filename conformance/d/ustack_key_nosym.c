/* main -> outer -> inner -> getppid() in a program stripped of its symbols
 * (gcc -s), with frame pointers and a _start of its own that ends the frame
 * chain (%rbp = 0), so the whole stack is known though no frame is named. */
#include <unistd.h>

__attribute__((noinline)) int inner(void) { return getppid() > 0; }
__attribute__((noinline)) int outer(void) { return inner(); }
int main(void) { return !outer(); }

void _start(void)
{
	__asm__ volatile("xor %%ebp, %%ebp\n\tand $-16, %%rsp\n\tcall main\n\t"
			 "mov %%eax, %%edi\n\tcall _exit" ::: "memory");
}
