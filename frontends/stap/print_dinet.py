"""D's inet_ntop() (and inet_ntoa()/inet_ntoa6(), which the D frontend lowers to
it) as a stap function the translation defines.

stap's own format_ipaddr() takes an IPv4 address by value and writes an IPv6 one
uncompressed (%pI6), and reads kernel memory only; D's inet_ntop() reads the
address its argument points to, in the kernel or in a copyin()'d buffer, and
writes IPv6 as the kernel's %pI6c does (what xtrace's D runtime prints:
xt_inet_ntop). The helper reads the bytes where D's address points: from user
memory when D's pointer is into a copyin() of it (print_usercopy rewrites the
call to `inet_ntop_user` then), else from the kernel, whose reads fault as D's do.

stap functions have no local arrays, so the 16 bytes are held in two 64-bit
halves, read 32 bits at a time so that an IPv4 address reads only its 4 bytes.
"""

from __future__ import annotations

WANT = "dtrace_inet_ntop"

# NAME is the function's name in the script; dt_ locals are renamed where they
# would be one of the script's globals (print_dstrings.fresh_locals).
SOURCE = """# D's inet_ntop(): the IPv4 (af 2) or IPv6 (af 10) address at dt_a as text, an IPv6
# one as the kernel's %pI6c writes it (lower-case hex, the first longest run of two
# or more zero groups as "::", an IPv4-mapped or ISATAP address ending in a dotted
# quad); read from user memory when dt_user (D read a copyin()'d buffer)
function NAME:string(dt_af:long, dt_a:long, dt_user:long)
{
    if (dt_af != 2 && dt_af != 10)
        error("inet_ntop(): illegal operation: address family is not AF_INET or AF_INET6")
    dt_n = dt_af == 2 ? 1 : 4
    dt_h = 0
    dt_l = 0
    for (dt_i = 0; dt_i < dt_n; dt_i++) {
        dt_q = (dt_user ? user_uint32(dt_a + 4 * dt_i) : kernel_int(dt_a + 4 * dt_i)) & 0xffffffff
        if (dt_i < 2)
            dt_h |= dt_q << (32 * dt_i)
        else
            dt_l |= dt_q << (32 * (dt_i - 2))
    }
    if (dt_af == 2)
        return sprintf("%d.%d.%d.%d", dt_h & 0xff, (dt_h >> 8) & 0xff, (dt_h >> 16) & 0xff,
                       (dt_h >> 24) & 0xff)
    dt_q = dt_l & 0xffffffff
    dt_v4 = (dt_h == 0 && dt_q == 0xffff0000) || (dt_q | 2) == 0xfe5e0002
    dt_range = dt_v4 ? 6 : 8
    dt_best = 0
    dt_at = -1
    dt_run = 0
    for (dt_i = 0; dt_i < dt_range; dt_i++) {
        if ((((dt_i < 4 ? dt_h : dt_l) >> (16 * (dt_i % 4))) & 0xffff) == 0) {
            dt_run++
            if (dt_run > dt_best) {
                dt_best = dt_run
                dt_at = dt_i - dt_run + 1
            }
        } else
            dt_run = 0
    }
    if (dt_best < 2)
        dt_at = -1
    dt_s = ""
    dt_colon = 0
    for (dt_i = 0; dt_i < dt_range; dt_i++) {
        if (dt_i == dt_at) {
            dt_s .= "::"
            dt_colon = 0
            dt_i += dt_best - 1
            continue
        }
        dt_v = ((dt_i < 4 ? dt_h : dt_l) >> (16 * (dt_i % 4))) & 0xffff
        dt_s .= sprintf("%s%x", dt_colon ? ":" : "", ((dt_v & 0xff) << 8) | (dt_v >> 8))
        dt_colon = 1
    }
    if (dt_v4)
        dt_s .= sprintf("%s%d.%d.%d.%d", dt_colon ? ":" : "", (dt_l >> 32) & 0xff,
                        (dt_l >> 40) & 0xff, (dt_l >> 48) & 0xff, (dt_l >> 56) & 0xff)
    return dt_s
}"""
