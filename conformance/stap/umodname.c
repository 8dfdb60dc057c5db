/* getppid() twice: once by a syscall instruction of this program's own code
 * (the user PC is in umod), once through libc's wrapper (in libc.so.6). */
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	long r;

	__asm__ volatile("syscall" : "=a"(r) : "a"((long)SYS_getppid) : "rcx", "r11", "memory");
	return getppid() > 0 && r > 0 ? 0 : 1;
}
