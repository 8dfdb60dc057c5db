/* xtrace kernel runtime: stap's guru-mode writes (stap -g).
 *
 * The kernel does not export copy_to_kernel_nofault() to modules, so this is
 * its loop, on the same arch primitive (__put_kernel_nofault: the exception
 * table turns a fault into an error), with the address checks of
 * copy_from_kernel_nofault_allowed(): a user-space or non-canonical address is
 * refused before it is touched (a kernel write to user memory under SMAP is an
 * oops, not a fault the table can catch). A read-only or unmapped kernel page
 * is a fault, reported as the statement's run-time error.
 */
#ifndef XT_GURU_H
#define XT_GURU_H

#include <linux/uaccess.h>
#include <linux/ptrace.h>
#include <linux/compat.h>

static __maybe_unused bool xt_kernel_write_allowed(unsigned long a, size_t size)
{
	if (!a || a + size < a)
		return false;
#ifdef CONFIG_X86_64
	if (a < TASK_SIZE_MAX + PAGE_SIZE ||
	    !__is_canonical_address(a, boot_cpu_data.x86_virt_bits) ||
	    !__is_canonical_address(a + size - 1, boot_cpu_data.x86_virt_bits))
		return false;
#endif
	return true;
}

static __maybe_unused noinline long xt_copy_to_kernel_nofault(void *dst, const void *src, size_t size)
{
	if (!xt_kernel_write_allowed((unsigned long)dst, size))
		return -EFAULT;
	pagefault_disable();
	/* one store of the value's own width where it fits (a naturally sized
	 * member is written whole), bytes otherwise */
	if (size == 8 && IS_ALIGNED((unsigned long)dst, 8))
		__put_kernel_nofault(dst, src, u64, fault);
	else if (size == 4 && IS_ALIGNED((unsigned long)dst, 4))
		__put_kernel_nofault(dst, src, u32, fault);
	else if (size == 2 && IS_ALIGNED((unsigned long)dst, 2))
		__put_kernel_nofault(dst, src, u16, fault);
	else {
		size_t i;

		for (i = 0; i < size; i++)
			__put_kernel_nofault((char *)dst + i, (const char *)src + i, u8, fault);
	}
	pagefault_enable();
	return 0;
fault:
	pagefault_enable();
	return -EFAULT;
}

/* A kprobe at a function's entry: parameter n's register (the calling
 * convention regs_get_kernel_argument() reads). */
static __maybe_unused void xt_set_kernel_argument(struct pt_regs *regs, unsigned int n, s64 v)
{
#ifdef CONFIG_X86_64
	switch (n) {
	case 0: regs->di = v; break;
	case 1: regs->si = v; break;
	case 2: regs->dx = v; break;
	case 3: regs->cx = v; break;
	case 4: regs->r8 = v; break;
	case 5: regs->r9 = v; break;
	}
#elif defined(CONFIG_ARM64)
	if (n < 8)
		regs->regs[n] = v;
#endif
}

/* A syscall entry probe (sys_enter): argument n's register, which the syscall
 * then reads (the registers syscall_get_arguments() reads; a 32-bit task's
 * are left alone). */
static __maybe_unused void xt_set_syscall_argument(struct pt_regs *regs, unsigned int n, s64 v)
{
#ifdef CONFIG_X86_64
	if (in_compat_syscall())
		return;
	switch (n) {
	case 0: regs->di = v; break;
	case 1: regs->si = v; break;
	case 2: regs->dx = v; break;
	case 3: regs->r10 = v; break;
	case 4: regs->r8 = v; break;
	case 5: regs->r9 = v; break;
	}
#elif defined(CONFIG_ARM64)
	if (n == 0)
		regs->orig_x0 = v;
	if (n < 6)
		regs->regs[n] = v;
#endif
}

#endif /* XT_GURU_H */
