/* write(2)s that fail on a negative fd and carry a code address as the buffer:
 * a function of the program at its start and 4 and 8 bytes in, an address no
 * file maps, and libc's getppid at its start and 1 byte in (PIE: its address
 * comes from the GOT, libc's own). */
#include <unistd.h>

__attribute__((noinline)) int inner(void) { return getppid() > 0; }

int main(void)
{
	write(-1, (const void *)inner, 0);
	write(-2, (const char *)inner + 4, 0);
	write(-3, (const void *)0x1000, 0);
	write(-4, (const void *)getppid, 0);
	write(-5, (const char *)getppid + 1, 0);
	write(-6, (const char *)inner + 8, 0);
	return !inner();
}
