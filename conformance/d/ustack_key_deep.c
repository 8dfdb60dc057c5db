/* A user stack of 29 frames whose text is some 1600 bytes: getppid() at the
 * bottom of 26 calls of a function with a long name, with frame pointers and
 * a _start of its own that ends the frame chain (%rbp = 0). */
#include <unistd.h>

__attribute__((noinline)) int descend_into_a_deliberately_long_function_name(int n)
{
	return n ? descend_into_a_deliberately_long_function_name(n - 1) + 1 : getppid() > 0;
}

int main(void) { return !descend_into_a_deliberately_long_function_name(25); }

void _start(void)
{
	__asm__ volatile("xor %%ebp, %%ebp\n\tand $-16, %%rsp\n\tcall main\n\t"
			 "mov %%eax, %%edi\n\tcall _exit" ::: "memory");
}
