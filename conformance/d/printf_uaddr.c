/* write(2)s that fail on a negative fd and carry a code address as the buffer:
 * a function of the program, 4 bytes into it, an address no file maps, and a
 * libc function (PIE: its address comes from the GOT, libc's own). */
#include <unistd.h>

__attribute__((noinline)) int inner(void) { return getppid() > 0; }

int main(void)
{
	write(-1, (const void *)inner, 0);
	write(-2, (const char *)inner + 4, 0);
	write(-3, (const void *)0x1000, 0);
	write(-4, (const void *)getppid, 0);
	return !inner();
}
