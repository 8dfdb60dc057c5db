/* xtrace kernel runtime: strings and safe memory reads.
 *
 * Every read of memory the script names goes through copy_from_user_nofault
 * / copy_from_kernel_nofault: a bad address is an error, never a fault.
 */
#ifndef XT_STR_H
#define XT_STR_H

#include <linux/ctype.h>
#include <linux/kernel.h>
#include <linux/percpu.h>
#include <linux/sched.h>

/* dst is a string slot of XT_MAXSTRINGLEN bytes, which a small strsize or
 * MAXSTRINGLEN makes shorter than comm: the copy stops at the slot's end (it
 * wrote all TASK_COMM_LEN bytes, over the next slot, a script's string local). */
static __always_inline const char *xt_str_comm(char *dst, struct task_struct *t)
{
	const size_t n = min_t(size_t, TASK_COMM_LEN, XT_MAXSTRINGLEN);

	memcpy(dst, t->comm, n);
	dst[n - 1] = '\0';
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

/* ---- string subroutines (DTrace's and stap's, by their documented rules) ----
 *
 * Every loop is bounded by XT_MAXSTRINGLEN, results go to a caller's per-CPU
 * slot (dst, XT_MAXSTRINGLEN bytes) or point into an argument, nothing is
 * allocated. Positions follow the source tools: dtrace_dif_subr for D, the
 * string tapset for stap. */

#define XT_SLEN(s) ((s64)strnlen((s), XT_MAXSTRINGLEN - 1))

/* Copy n bytes of src (n already bounded by the caller) and terminate. */
static __always_inline const char *xt_str_n(char *dst, const char *src, s64 n)
{
	if (n < 0)
		n = 0;
	if (n > XT_MAXSTRINGLEN - 1)
		n = XT_MAXSTRINGLEN - 1;
	memmove(dst, src, n);
	dst[n] = '\0';
	return dst;
}

/* D substr(s, index[, remaining]). */
static __maybe_unused const char *xt_substr(char *dst, const char *s, s64 index, s64 remaining,
					    bool has_len)
{
	s64 len = XT_SLEN(s), size = XT_MAXSTRINGLEN;

	if (!has_len)
		remaining = size;
	if (index < 0) {
		index += len;
		if (index < 0 && index + remaining > 0) {
			remaining += index;
			index = 0;
		}
	}
	if (index >= len || index < 0)
		remaining = 0;
	else if (remaining < 0)
		remaining += len - index;
	else if (remaining > size - index)
		remaining = size - index;
	/* The copy stops at the string's end, as DTrace's load loop does at NUL. */
	if (index >= 0 && index <= len && remaining > len - index)
		remaining = len - index;
	return xt_str_n(dst, remaining > 0 ? s + index : s, remaining);
}

/* stap substr(str, start, length). */
static __maybe_unused const char *xt_slice(char *dst, const char *s, s64 start, s64 length)
{
	s64 len = XT_SLEN(s);

	if (start < 0 || start >= len || length <= 0)
		return xt_str_n(dst, s, 0);
	return xt_str_n(dst, s + start, min_t(s64, length, len - start));
}

/* D index()/rindex() (reverse), stap strpos(): 0-based position or -1. */
static __maybe_unused s64 xt_index(const char *s, const char *t, s64 pos, bool has_pos, bool reverse)
{
	s64 len = XT_SLEN(s), sublen = XT_SLEN(t), i;

	if (len == 0 && sublen == 0)
		return 0;
	if (!reverse) {
		i = 0;
		if (has_pos) {
			if (pos < 0)
				pos = 0;
			if (pos >= len)
				return sublen == 0 ? len : -1;
			i = pos;
		}
		for (; i < len; i++)
			if (!strncmp(s + i, t, sublen))
				return i;
		return -1;
	}
	i = len;
	if (has_pos) {
		if (pos < 0)
			return sublen == 0 ? 0 : -1;
		if (pos < len)
			i = pos;
	}
	for (; i >= 0; i--)
		if (!strncmp(s + i, t, sublen))
			return i;
	return -1;
}

/* D strchr()/strrchr(): the rest of s from the character, "" if absent. */
static __maybe_unused const char *xt_strchr(const char *s, s64 ch, bool last)
{
	const char *found = NULL;
	char target = (char)ch;
	s64 i;

	for (i = 0; i < XT_MAXSTRINGLEN - 1; i++) {
		if (s[i] == target) {
			found = s + i;
			if (!last)
				break;
		}
		if (!s[i])
			break;
	}
	return found ? found : "";
}

/* D strstr(): the rest of s from the first occurrence of t, "" if absent. */
static __maybe_unused const char *xt_strstr(const char *s, const char *t)
{
	s64 i = xt_index(s, t, 0, false, false);

	return i < 0 ? "" : s + i;
}

/* D basename()/dirname(), by dtrace_dif_subr's scan from the end. */
static __maybe_unused const char *xt_pathpart(char *dst, const char *s, bool dir)
{
	s64 len = XT_SLEN(s), i;
	s64 lastbase = -1, firstbase = -1, lastdir = -1, start, end;

	if (len == 0) {
		s = ".";
		len = 1;
	}
	for (i = len - 1; i >= 0 && s[i] == '/'; i--)
		;
	if (i >= 0)
		lastbase = i;
	for (; i >= 0 && s[i] != '/'; i--)
		;
	if (i >= 0)
		firstbase = i + 1;
	for (; i >= 0 && s[i] == '/'; i--)
		;
	if (i >= 0)
		lastdir = i;
	if (lastbase == -1)		/* all slashes: both are "/" */
		firstbase = lastbase = lastdir = 0;
	if (firstbase == -1) {		/* no slash: dirname ".", basename all */
		if (dir) {
			s = ".";
			lastdir = 0;
		} else {
			firstbase = 0;
		}
	}
	if (dir) {
		if (lastdir == -1)	/* "/name" */
			lastdir = 0;
		start = 0;
		end = lastdir;
	} else {
		start = firstbase;
		end = lastbase;
	}
	return xt_str_n(dst, s + start, end - start + 1);
}

/*
 * D cleanpath(s): s with empty and "." elements dropped and each ".." taking
 * the element before it away, lexically (no symbolic links), as dtrace-utils
 * 2.x documents it: ".." above "/" stays "/", a relative path keeps the ".."
 * it cannot resolve ("a/../.." is ".."), no trailing slash but on "/", an
 * empty result is "." and an empty s stays "". The result is never longer
 * than s (each element written, "/.." included, was read with its separator),
 * so it fits the slot; the loops only move forward through s, and the back-up
 * over an element never goes below the part ".." may not undo.
 */
static __maybe_unused const char *xt_cleanpath(char *dst, const char *s)
{
	s64 len = XT_SLEN(s), r = 0, w = 0, e, keep;
	bool rooted = len > 0 && s[0] == '/';

	if (rooted)
		dst[w++] = '/';
	keep = w;		/* dst[0, keep) is "/" or leading ".." elements */
	while (r < len) {
		if (s[r] == '/') {	/* an empty element */
			r++;
			continue;
		}
		for (e = r; e < len && s[e] != '/'; e++)
			;
		if (e - r == 1 && s[r] == '.') {
			r = e;
			continue;
		}
		if (e - r == 2 && s[r] == '.' && s[r + 1] == '.') {
			if (w > keep) {			/* drop the last element */
				for (w--; w > keep && dst[w] != '/'; w--)
					;
			} else if (!rooted) {		/* nothing to drop: keep ".." */
				if (w > 0)
					dst[w++] = '/';
				dst[w++] = '.';
				dst[w++] = '.';
				keep = w;
			}
			r = e;
			continue;
		}
		if (w > (rooted ? 1 : 0))
			dst[w++] = '/';
		memcpy(dst + w, s + r, e - r);
		w += e - r;
		r = e;
	}
	if (w == 0 && len > 0)
		dst[w++] = '.';
	dst[w] = '\0';
	return dst;
}

/*
 * D inet_ntop(af, addr): the address at kernel address addr as text. AF_INET (2):
 * a dotted quad; AF_INET6 (10): RFC 5952 text (lower-case hex, the first longest
 * run of two or more zero groups as "::", an IPv4-mapped address with a dotted
 * tail), as the kernel's %pI6c writes it. -EFAULT when addr cannot be read,
 * -EINVAL for another family.
 */
static __maybe_unused int xt_inet_ntop(char *dst, s64 af, unsigned long addr)
{
	u8 a[16];

	if (af != 2 && af != 10)
		return -EINVAL;
	if (!addr || copy_from_kernel_nofault(a, (const void *)addr, af == 2 ? 4 : 16))
		return -EFAULT;
	if (af == 2)
		snprintf(dst, XT_MAXSTRINGLEN, "%pI4", a);
	else
		snprintf(dst, XT_MAXSTRINGLEN, "%pI6c", a);
	return 0;
}

/* D lltostr(v[, base]); an invalid base gives "". */
static __maybe_unused const char *xt_lltostr(char *dst, s64 v, s64 base)
{
	char buf[72];
	char *end = buf + sizeof(buf) - 1;
	u64 val;

	if (base <= 1 || base > 36) {
		dst[0] = '\0';
		return dst;
	}
	val = (base == 10 && v < 0) ? (u64)0 - (u64)v : (u64)v;
	*end = '\0';
	for (; val; val /= base) {
		u64 digit = val % base;
		*--end = digit <= 9 ? '0' + digit : 'a' + (digit - 10);
	}
	if (v == 0 && base == 16)
		*--end = '0';
	if (base == 16)
		*--end = 'x';
	if (v == 0 || base == 8 || base == 16)
		*--end = '0';
	if (v < 0 && base == 10)
		*--end = '-';
	return xt_str_n(dst, end, buf + sizeof(buf) - 1 - end);
}

static __maybe_unused const char *xt_strcase(char *dst, const char *s, bool upper)
{
	s64 i;

	for (i = 0; i < XT_MAXSTRINGLEN - 1 && s[i]; i++) {
		char c = s[i];

		if (upper && c >= 'a' && c <= 'z')
			c -= 'a' - 'A';
		else if (!upper && c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		dst[i] = c;
	}
	dst[i] = '\0';
	return dst;
}

/* stap str_replace(s, old, new): every occurrence, cut at XT_MAXSTRINGLEN. */
static __maybe_unused const char *xt_str_replace(char *dst, const char *s, const char *old,
						 const char *new)
{
	s64 len = XT_SLEN(s), olen = XT_SLEN(old), nlen = XT_SLEN(new), i = 0, o = 0;

	while (i < len && o < XT_MAXSTRINGLEN - 1) {
		if (olen && !strncmp(s + i, old, olen)) {
			s64 n = min_t(s64, nlen, XT_MAXSTRINGLEN - 1 - o);

			memcpy(dst + o, new, n);
			o += n;
			i += olen;
		} else {
			dst[o++] = s[i++];
		}
	}
	dst[o] = '\0';
	return dst;
}

/* One UTF-8 sequence at s (at most size bytes): its length, the code point in
 * *cp; a byte that starts no valid sequence is returned alone (stap's rules). */
static __maybe_unused int xt_utf8(const unsigned char *s, s64 size, u32 *cp)
{
	unsigned char b = s[0];
	int n, i;
	u32 c;

	if ((b & 0xE0) == 0xC0 && size >= 2) {
		n = 2;
		c = b & 0x1F;
	} else if ((b & 0xF0) == 0xE0 && size >= 3) {
		n = 3;
		c = b & 0x0F;
	} else if ((b & 0xF8) == 0xF0 && size >= 4) {
		n = 4;
		c = b & 0x07;
	} else {
		goto one;
	}
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			goto one;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF || c < 0x80 ||
	    (n == 3 && c < 0x800) || (n == 4 && c < 0x10000))
		goto one;
	*cp = c;
	return n;
one:
	*cp = b;
	return 1;
}

/* stap text_str() / string_quoted(): printable ASCII as is, C escapes,
 * \ooo for other bytes, \uXXXX / \UXXXXXXXX for UTF-8; quoted adds double
 * quotes and, when the text does not fit, "..." after the closing quote. */
/* An address as stap writes one it cannot name: 0x and 16 hex digits. */
static __maybe_unused const char *xt_hexaddr(char *dst, s64 addr)
{
	snprintf(dst, XT_MAXSTRINGLEN, "0x%016llx", (unsigned long long)addr);
	return dst;
}

/* A char as stap's printf("%#c") writes it (the pretty-printers' '%#c' of a
 * char member): printable ASCII other than ' and \ as is, C's escapes for
 * \a \b \f \n \r \t \v ' \, three octal digits after a backslash for
 * any other byte (NUL among them, which a plain %c would cut the string at). */
static __maybe_unused const char *xt_char_esc(char *dst, s64 v)
{
	static const char from[] = "\a\b\f\n\r\t\v'\\", to[] = "abfnrtv'\\";
	unsigned char c = (unsigned char)v;
	const char *e = c ? strchr(from, c) : NULL;

	if (c >= 0x20 && c < 0x7F && c != '\'' && c != '\\')
		snprintf(dst, XT_MAXSTRINGLEN, "%c", c);
	else if (e)
		snprintf(dst, XT_MAXSTRINGLEN, "\\%c", to[e - from]);
	else
		snprintf(dst, XT_MAXSTRINGLEN, "\\%o%o%o", (c >> 6) & 3, (c >> 3) & 7, c & 7);
	return dst;
}

/* text_strn(s, len, quoted): at most len output characters (len <= 0 or past
 * the string slot: the whole slot), the closing quote and "..." included. */
static __maybe_unused const char *xt_text_strn(char *dst, const char *in, s64 outlen, bool quoted)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *s = (const unsigned char *)in;
	s64 inlen = XT_MAXSTRINGLEN - 1;
	char *out = dst;
	u32 c = 0;

	if (outlen <= 0 || outlen > XT_MAXSTRINGLEN - 1)
		outlen = XT_MAXSTRINGLEN - 1;

	if (quoted) {
		outlen = max_t(s64, outlen, 5) - 2;
		*out++ = '"';
	}
	while (inlen > 0) {
		int num = 1, n = xt_utf8(s, inlen, &c), i;

		if (c == 0 || outlen <= 0)
			break;
		s += n;
		inlen -= n;
		if (n > 1) {
			num = c <= 0xFFFF ? 6 : 10;
			if (outlen < num)
				break;
			*out++ = '\\';
			*out++ = c <= 0xFFFF ? 'u' : 'U';
			for (i = num - 3; i >= 0; i--)
				*out++ = hex[(c >> (i * 4)) & 0xF];
		} else if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
			*out++ = c;
		} else {
			static const char from[] = "\a\b\f\n\r\t\v\"\\", to[] = "abfnrtv\"\\";
			const char *e = c ? strchr(from, c) : NULL;

			num = e ? 2 : 4;
			if (outlen < num)
				break;
			*out++ = '\\';
			if (e) {
				*out++ = to[e - from];
			} else {
				*out++ = '0' + ((c >> 6) & 3);
				*out++ = '0' + ((c >> 3) & 7);
				*out++ = '0' + (c & 7);
			}
		}
		outlen -= num;
	}
	if (quoted) {
		if (c && inlen > 0) {
			out = out - 3 + outlen;
			*out++ = '"';
			*out++ = '.';
			*out++ = '.';
			*out++ = '.';
		} else {
			*out++ = '"';
		}
	}
	*out = '\0';
	return dst;
}

static __maybe_unused const char *xt_text_str(char *dst, const char *in, bool quoted)
{
	return xt_text_strn(dst, in, 0, quoted);
}

/* stap stringat(s, pos): the (signed) character, 0 out of range. */
static __always_inline s64 xt_stringat(const char *s, s64 pos)
{
	return (pos >= 0 && pos < XT_SLEN(s)) ? (s64)(signed char)s[pos] : 0;
}

/* C atoi(): leading white space, a sign, decimal digits. */
static __maybe_unused s64 xt_atoi(const char *s)
{
	s64 i = 0, v = 0;
	bool neg = false;

	while (i < XT_MAXSTRINGLEN - 1 && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')))
		i++;
	if (s[i] == '-' || s[i] == '+')
		neg = s[i++] == '-';
	for (; i < XT_MAXSTRINGLEN - 1 && s[i] >= '0' && s[i] <= '9'; i++)
		v = (s64)((u64)v * 10 + (s[i] - '0'));
	return neg ? (s64)(0 - (u64)v) : v;
}

/* D strtoll(s, base), base 2..36 (the caller checks it): blanks and tabs, a
 * sign, "0x"/"0X" in base 16 when a hex digit follows, then the digits below
 * base (either case), up to the first other character. */
static __maybe_unused s64 xt_strtoll(const char *s, s64 base)
{
	s64 i = 0, v = 0, d;
	bool neg = false;

	while (i < XT_MAXSTRINGLEN - 1 && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (s[i] == '-' || s[i] == '+')
		neg = s[i++] == '-';
	if (base == 16 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X') && isxdigit(s[i + 2]))
		i += 2;
	for (; i < XT_MAXSTRINGLEN - 1 && s[i]; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			d = s[i] - '0';
		else if (s[i] >= 'a' && s[i] <= 'z')
			d = s[i] - 'a' + 10;
		else if (s[i] >= 'A' && s[i] <= 'Z')
			d = s[i] - 'A' + 10;
		else
			break;
		if (d >= base)
			break;
		v = (s64)((u64)v * (u64)base + (u64)d);
	}
	return neg ? (s64)(0 - (u64)v) : v;
}

/* stap tokenize(input, delim) / D strtok(s, delim): the next token that is
 * not empty, "" when none is left. A non-empty input starts over on a copy
 * of it; "" continues the last one. The state is per CPU (probe handlers run
 * with preemption disabled), where stap keeps one for everyone. */
struct xt_tok_state {
	char buf[XT_MAXSTRINGLEN];
	s64 pos;		/* next byte of buf to scan, -1 when done */
};
static DEFINE_PER_CPU(struct xt_tok_state, xt_tok);

static __maybe_unused const char *xt_tokenize(char *dst, const char *input, const char *delim)
{
	struct xt_tok_state *st = raw_cpu_ptr(&xt_tok);
	s64 dlen = XT_SLEN(delim);

	if (input[0]) {
		strscpy(st->buf, input, XT_MAXSTRINGLEN);
		st->pos = 0;
	}
	while (st->pos >= 0 && st->pos < XT_MAXSTRINGLEN) {
		s64 start = st->pos, e = start;

		while (e < XT_MAXSTRINGLEN - 1 && st->buf[e] && !memchr(delim, st->buf[e], dlen))
			e++;
		st->pos = (e < XT_MAXSTRINGLEN - 1 && st->buf[e]) ? e + 1 : -1;
		if (e > start)
			return xt_str_n(dst, st->buf + start, e - start);
	}
	dst[0] = '\0';
	return dst;
}

/* symname(addr) / symdata(addr) of a kernel address kept as a string (stored,
 * compared, joined; printed ones the driver names): the kernel's own %ps / %pS
 * (bounded by the size given, and safe in any context, as printk uses them),
 * in stap's spelling: `sym`, `sym+0xoff/0xsize [module]` ([kernel] for the
 * core kernel), `0x%016lx` when no symbol covers the address. */
#ifdef __KERNEL__  /* (tests/test_strings.py builds this file in user space) */
static noinline __maybe_unused const char *xt_ksym(char *dst, s64 addr, bool data)
{
	unsigned long a = (unsigned long)addr;

	snprintf(dst, XT_MAXSTRINGLEN, data ? "%pS" : "%ps", (void *)a);
	if (dst[0] == '0' && dst[1] == 'x') {
		snprintf(dst, XT_MAXSTRINGLEN, "0x%016lx", a);
		return dst;
	}
	if (data && !strchr(dst, '['))
		strlcat(dst, " [kernel]", XT_MAXSTRINGLEN);
	if (!data) {
		/* %ps names a module's symbol `sym [module]`; stap's symname is `sym` */
		char *sp = strchr(dst, ' ');

		if (sp)
			*sp = '\0';
	}
	return dst;
}

/* modname(addr): "kernel" for an address of the core kernel, the module's name
 * for one of a module, as kallsyms names them (%pS ends `[module]` for a
 * module's symbol); false, with stap's error message in dst, for any other. */
static noinline __maybe_unused bool xt_kmodname(char *dst, s64 addr)
{
	unsigned long a = (unsigned long)addr;
	char *open, *close;

	snprintf(dst, XT_MAXSTRINGLEN, "%pS", (void *)a);
	if (dst[0] == '0' && dst[1] == 'x') {
		snprintf(dst, XT_MAXSTRINGLEN, "No module found for address 0x%lx", a);
		return false;
	}
	open = strchr(dst, '[');
	close = open ? strchr(open, ']') : NULL;
	if (!open || !close) {
		strscpy(dst, "kernel", XT_MAXSTRINGLEN);
		return true;
	}
	*close = '\0';
	memmove(dst, open + 1, close - open);
	return true;
}

/* D's func()/sym() and mod() of a kernel address as dtrace-utils prints them
 * (dt_consume.c dt_print_sym / dt_print_mod): `module`symbol`, the core kernel
 * named vmlinux, and the module alone for mod(); the bare `0x%lx` when no
 * symbol covers the address. %ps names a module's symbol `sym [module]`
 * (a build id may follow the module's name). */
static noinline __maybe_unused const char *xt_dsym(char *dst, s64 addr, bool mod_only)
{
	unsigned long a = (unsigned long)addr;
	char mod[64] = "vmlinux";	/* MODULE_NAME_LEN */
	char *sp;
	size_t ml, sl;

	snprintf(dst, XT_MAXSTRINGLEN, "%ps", (void *)a);
	if (dst[0] == '0' && dst[1] == 'x') {
		snprintf(dst, XT_MAXSTRINGLEN, "0x%lx", a);
		return dst;
	}
	sp = strchr(dst, ' ');
	if (sp) {
		*sp = '\0';
		if (sp[1] == '[') {
			size_t i;

			for (i = 0; i + 1 < sizeof(mod) && sp[2 + i] && sp[2 + i] != ']' && sp[2 + i] != ' '; i++)
				mod[i] = sp[2 + i];
			mod[i] = '\0';
		}
	}
	if (mod_only) {
		strscpy(dst, mod, XT_MAXSTRINGLEN);
		return dst;
	}
	ml = strlen(mod);
	sl = strlen(dst);
	if (ml + 1 + sl >= XT_MAXSTRINGLEN)
		sl = XT_MAXSTRINGLEN - ml - 2;
	memmove(dst + ml + 1, dst, sl);
	dst[ml + 1 + sl] = '\0';
	memcpy(dst, mod, ml);
	dst[ml] = '`';
	return dst;
}

/* What a D aggregation key of func()/sym() or mod() is ordered by, as
 * dt_aggregate.c orders them (dt_aggregate_sym/_mod make the key the symbol's,
 * the module's address; dt_aggregate_keycmp compares those): the address of
 * the symbol's first byte (%pS gives the offset into it), the address itself
 * where no symbol covers it. mod(): 1 for vmlinux, 2 for a module (whose keys
 * then go by name: a module's base is not read the same way on every kernel),
 * the address where none covers it. */
static noinline __maybe_unused u64 xt_dsym_order(s64 addr, bool mod_only)
{
	unsigned long a = (unsigned long)addr;
	char buf[192];
	char *p;

	snprintf(buf, sizeof(buf), "%pS", (void *)a);
	if (buf[0] == '0' && buf[1] == 'x')
		return a;
	if (mod_only)
		return strstr(buf, " [") ? 2 : 1;
	p = strstr(buf, "+0x");
	return p ? a - simple_strtoul(p + 3, NULL, 16) : a;
}
#endif

#endif /* XT_STR_H */
