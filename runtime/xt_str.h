/* xtrace kernel runtime: strings and safe memory reads.
 *
 * Every read of memory the script names goes through copy_from_user_nofault
 * / copy_from_kernel_nofault: a bad address is an error, never a fault.
 */
#ifndef XT_STR_H
#define XT_STR_H

#include <linux/sched.h>

static __always_inline const char *xt_str_comm(char *dst)
{
	memcpy(dst, current->comm, TASK_COMM_LEN);
	dst[TASK_COMM_LEN - 1] = '\0';
	return dst;
}

/* Copy a NUL-terminated string (at most max-1 bytes) from user or kernel
 * memory without faulting. Returns its length, or -EFAULT. Reads page by
 * page so a string ending just before an unmapped page still reads. */
static long xt_read_string(char *dst, unsigned long addr, size_t max, bool user)
{
	size_t done = 0;

	if (!addr)
		return -EFAULT;
	while (done < max - 1) {
		size_t chunk = min_t(size_t, max - 1 - done, PAGE_SIZE - ((addr + done) & ~PAGE_MASK));
		long bad = user ? copy_from_user_nofault(dst + done, (const void __user *)(addr + done), chunk)
				: copy_from_kernel_nofault(dst + done, (const void *)(addr + done), chunk);
		char *nul;

		if (bad)
			return -EFAULT;  /* a string cut by a fault is not the string */
		nul = memchr(dst + done, '\0', chunk);
		if (nul)
			return nul - dst;
		done += chunk;
	}
	dst[done] = '\0';
	return done;
}

#define xt_user_string(dst, addr, max) xt_read_string((dst), (addr), (max), true)
#define xt_kernel_string(dst, addr, max) xt_read_string((dst), (addr), (max), false)

static __always_inline const char *xt_str_cat(char *dst, const char *a, const char *b)
{
	/* a may alias dst (s .= t). */
	size_t la = strnlen(a, XT_MAXSTRINGLEN - 1);

	if (a != dst)
		memcpy(dst, a, la);
	strscpy(dst + la, b, XT_MAXSTRINGLEN - la);
	dst[XT_MAXSTRINGLEN - 1] = '\0';
	return dst;
}

static __always_inline const char *xt_str_copy(char *dst, const char *src)
{
	if (dst != src)
		strscpy(dst, src, XT_MAXSTRINGLEN);
	return dst;
}

#endif /* XT_STR_H */
