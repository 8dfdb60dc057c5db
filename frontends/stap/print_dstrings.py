"""D string subroutines that stap's tapset lacks, as stap functions the translation
defines: substr(), index()/rindex() with a start, strchr(), strrchr(), basename(),
dirname(), cleanpath(), toupper(), tolower() and lltostr() with a base.

Each follows DTrace's own algorithm (dtrace_dif_subr, as runtime/xt_str.h does),
so that the stap translation prints exactly what the D original prints:
basename/dirname scan from the end (`""` is `.`, all slashes is `/`), cleanpath
resolves elements as xt_cleanpath does (dtrace-utils 2.x's rules), the case
functions change ASCII letters only, and lltostr() writes the sign only in base
10, `0x` before hexadecimal digits, `0` before octal ones and the 64-bit
pattern of a negative value in the other bases.
"""

from __future__ import annotations

import re

# D function -> the helper that computes it (its name before renaming) and its source,
# with NAME for the function's own name.
_PATHPART = """function NAME:string(dt_s:string, dt_dir:long)
{
    dt_len = strlen(dt_s)
    if (dt_len == 0) {
        dt_s = "."
        dt_len = 1
    }
    dt_lastbase = -1
    dt_firstbase = -1
    dt_lastdir = -1
    dt_i = dt_len - 1
    while (dt_i >= 0 && stringat(dt_s, dt_i) == 47)
        dt_i--
    if (dt_i >= 0)
        dt_lastbase = dt_i
    while (dt_i >= 0 && stringat(dt_s, dt_i) != 47)
        dt_i--
    if (dt_i >= 0)
        dt_firstbase = dt_i + 1
    while (dt_i >= 0 && stringat(dt_s, dt_i) == 47)
        dt_i--
    if (dt_i >= 0)
        dt_lastdir = dt_i
    if (dt_lastbase == -1) {
        dt_firstbase = 0
        dt_lastbase = 0
        dt_lastdir = 0
    }
    if (dt_firstbase == -1) {
        if (dt_dir) {
            dt_s = "."
            dt_lastdir = 0
        } else {
            dt_firstbase = 0
        }
    }
    if (dt_dir) {
        if (dt_lastdir == -1)
            dt_lastdir = 0
        return substr(dt_s, 0, dt_lastdir + 1)
    }
    return substr(dt_s, dt_firstbase, dt_lastbase - dt_firstbase + 1)
}"""

# D's cleanpath(): element by element, "" and "." dropped, ".." taking the last
# element kept away (never the root, nor a relative path's leading ".."s). An
# element is found with strpos() rather than a loop over its characters, as a
# loop would spend stap's action budget (MAXACTION) a character at a time.
_CLEANPATH = """function NAME:string(dt_s:string)
{
    if (dt_s == "")
        return ""
    dt_rooted = stringat(dt_s, 0) == 47
    dt_r = dt_rooted ? "/" : ""
    dt_keep = dt_rooted
    dt_rest = dt_s
    while (dt_rest != "") {
        dt_at = strpos(dt_rest, "/")
        if (dt_at < 0) {
            dt_elem = dt_rest
            dt_rest = ""
        } else {
            dt_elem = substr(dt_rest, 0, dt_at)
            dt_rest = substr(dt_rest, dt_at + 1, strlen(dt_rest))
        }
        if (dt_elem == "" || dt_elem == ".")
            continue
        dt_w = strlen(dt_r)
        if (dt_elem != "..") {
            dt_r .= (dt_w > dt_rooted ? "/" : "") . dt_elem
        } else if (dt_w > dt_keep) {
            dt_w--
            while (dt_w > dt_keep && stringat(dt_r, dt_w) != 47)
                dt_w--
            dt_r = substr(dt_r, 0, dt_w)
        } else if (!dt_rooted) {
            dt_r .= dt_w > 0 ? "/.." : ".."
            dt_keep = strlen(dt_r)
        }
    }
    return dt_r == "" ? "." : dt_r
}"""

_CASE = """function NAME:string(dt_s:string, dt_upper:long)
{
    dt_r = ""
    dt_n = strlen(dt_s)
    for (dt_i = 0; dt_i < dt_n; dt_i++) {
        dt_c = stringat(dt_s, dt_i)
        if (dt_upper && dt_c >= 97 && dt_c <= 122)
            dt_c -= 32
        else if (!dt_upper && dt_c >= 65 && dt_c <= 90)
            dt_c += 32
        dt_r .= sprintf("%c", dt_c)
    }
    return dt_r
}"""

# Digits of the unsigned 64-bit value: stap divides signed, so a negative value's
# first quotient is taken from its upper 63 bits.
_LLTOSTR = """function NAME:string(dt_v:long, dt_base:long)
{
    if (dt_base <= 1 || dt_base > 36)
        return ""
    if (dt_base == 10)
        return sprintf("%d", dt_v)
    if (dt_base == 16)
        return sprintf("0x%x", dt_v)
    if (dt_base == 8)
        return dt_v == 0 ? "0" : sprintf("0%o", dt_v)
    dt_r = ""
    dt_val = dt_v
    if (dt_val < 0) {
        dt_q = ((dt_val >> 1) & 0x7fffffffffffffff) / dt_base * 2
        dt_d = dt_val - dt_q * dt_base
        if (dt_d < 0 || dt_d >= dt_base) {
            dt_q++
            dt_d -= dt_base
        }
        dt_r = sprintf("%c", dt_d <= 9 ? 48 + dt_d : 87 + dt_d)
        dt_val = dt_q
    }
    while (dt_val > 0) {
        dt_d = dt_val % dt_base
        dt_r = sprintf("%c", dt_d <= 9 ? 48 + dt_d : 87 + dt_d) . dt_r
        dt_val /= dt_base
    }
    return dt_v == 0 ? "0" : dt_r
}"""

# D's substr(s, index[, length]): a negative index counts from the end, a negative
# length leaves that many characters off the end; `dt_size` is D's strsize.
_SUBSTR = """function NAME:string(dt_s:string, dt_index:long, dt_rem:long, dt_size:long)
{
    dt_len = strlen(dt_s)
    if (dt_index < 0) {
        dt_index += dt_len
        if (dt_index < 0 && dt_index + dt_rem > 0) {
            dt_rem += dt_index
            dt_index = 0
        }
    }
    if (dt_index >= dt_len || dt_index < 0)
        dt_rem = 0
    else if (dt_rem < 0)
        dt_rem += dt_len - dt_index
    else if (dt_rem > dt_size - dt_index)
        dt_rem = dt_size - dt_index
    if (dt_index >= 0 && dt_index <= dt_len && dt_rem > dt_len - dt_index)
        dt_rem = dt_len - dt_index
    return dt_rem > 0 ? substr(dt_s, dt_index, dt_rem) : ""
}"""

# D's index()/rindex() with a start position (Perl's rules, as DTrace keeps them).
_INDEX = """function NAME:long(dt_s:string, dt_t:string, dt_pos:long, dt_rev:long)
{
    dt_len = strlen(dt_s)
    dt_sublen = strlen(dt_t)
    if (dt_len == 0 && dt_sublen == 0)
        return 0
    if (!dt_rev) {
        if (dt_pos < 0)
            dt_pos = 0
        if (dt_pos >= dt_len)
            return dt_sublen == 0 ? dt_len : -1
        dt_i = dt_pos
        while (dt_i < dt_len) {
            if (substr(dt_s, dt_i, dt_sublen) == dt_t)
                return dt_i
            dt_i++
        }
        return -1
    }
    dt_i = dt_len
    if (dt_pos < 0)
        return dt_sublen == 0 ? 0 : -1
    if (dt_pos < dt_len)
        dt_i = dt_pos
    while (dt_i >= 0) {
        if (substr(dt_s, dt_i, dt_sublen) == dt_t)
            return dt_i
        dt_i--
    }
    return -1
}"""

# D's strchr()/strrchr(): the rest of the string from the (last) character, "" if absent.
_STRCHR = """function NAME:string(dt_s:string, dt_c:long, dt_last:long)
{
    dt_at = -1
    dt_n = strlen(dt_s)
    for (dt_i = 0; dt_i < dt_n; dt_i++) {
        if ((stringat(dt_s, dt_i) & 255) == (dt_c & 255)) {
            dt_at = dt_i
            if (!dt_last)
                break
        }
    }
    return dt_at < 0 ? "" : substr(dt_s, dt_at, dt_n - dt_at)
}"""

# D's printf %a, a kernel address as D names it (the printer's _addr_helper).
ADDR_HELPER = """# D's %a: module`symbol+0xoffset (vmlinux: the kernel itself; no offset at
# the symbol's first byte), the bare address where no symbol covers it.
# symdata() is `symbol+0xoffset/0xsize [module]`, or the address.
function NAME:string(dt_a:long)
{
    dt_s = symdata(dt_a)
    if (substr(dt_s, 0, 2) == "0x")
        return sprintf("0x%x", dt_a)
    dt_sym = tokenize(dt_s, "+")
    dt_off = tokenize("", "/")
    dt_mod = modname(dt_a)
    return (dt_mod == "kernel" ? "vmlinux" : dt_mod) . "`" . dt_sym
        . (dt_off == "0x0" ? "" : "+" . dt_off)
}"""

# C's (int) conversion where a syscall's return value can be wider than an int
# (the printer's _int_helper). A parameter hides a global of its name: never renamed.
INT_HELPER = """function NAME:long(v:long)
{
    # C's (int): the low 32 bits, as a signed number
    return ((v & 0xffffffff) ^ 0x80000000) - 0x80000000
}"""

# D's progenyof(pid): the current process is pid or descends from it, following
# each process's parent up to the idle task, whose parent is itself.
_PROGENYOF = """function NAME:long(dt_pid:long)
{
    dt_t = task_current()
    while (1) {
        if (task_pid(dt_t) == dt_pid)
            return 1
        dt_parent = task_parent(dt_t)
        if (dt_parent == dt_t)
            return 0
        dt_t = dt_parent
    }
}"""

# D's strtoll(s, base) parsed as D parses it: blanks and tabs, a sign, "0x" in base
# 16 when a hex digit follows, then the digits below the base (to base 36, either
# case). stap's strtol() skips no blanks, takes no '+' and knows no digit past 'f'.
_STRTOLL = """function NAME:long(dt_s:string, dt_base:long)
{
    dt_n = strlen(dt_s)
    dt_i = 0
    while (dt_i < dt_n && (stringat(dt_s, dt_i) == 32 || stringat(dt_s, dt_i) == 9))
        dt_i++
    dt_neg = 0
    if (dt_i < dt_n && (stringat(dt_s, dt_i) == 45 || stringat(dt_s, dt_i) == 43)) {
        dt_neg = stringat(dt_s, dt_i) == 45
        dt_i++
    }
    if (dt_base == 16 && dt_i + 2 < dt_n && stringat(dt_s, dt_i) == 48
        && (stringat(dt_s, dt_i + 1) == 120 || stringat(dt_s, dt_i + 1) == 88)
        && isinstr("0123456789abcdefABCDEF", substr(dt_s, dt_i + 2, 1)))
        dt_i += 2
    dt_v = 0
    for (; dt_i < dt_n; dt_i++) {
        dt_c = stringat(dt_s, dt_i)
        if (dt_c >= 48 && dt_c <= 57)
            dt_d = dt_c - 48
        else if (dt_c >= 97 && dt_c <= 122)
            dt_d = dt_c - 87
        else if (dt_c >= 65 && dt_c <= 90)
            dt_d = dt_c - 55
        else
            break
        if (dt_d >= dt_base)
            break
        dt_v = dt_v * dt_base + dt_d
    }
    return dt_neg ? -dt_v : dt_v
}"""

# D's strstr(a, b), the rest of a from the first b ("" without one): an expression
# of stap's own functions (with {a} and {b} the arguments' stap source).
STRSTR = '(isinstr({a}, {b}) ? substr({a}, strpos({a}, {b}), strlen({a})) : "")'

HELPERS: dict[str, tuple[str, str]] = {
    "index": ("dtrace_index", _INDEX),
    "rindex": ("dtrace_index", _INDEX),
    "strchr": ("dtrace_strchr", _STRCHR),
    "strrchr": ("dtrace_strchr", _STRCHR),
    "substr": ("dtrace_substr", _SUBSTR),
    "basename": ("dtrace_pathpart", _PATHPART),
    "dirname": ("dtrace_pathpart", _PATHPART),
    "cleanpath": ("dtrace_cleanpath", _CLEANPATH),
    "toupper": ("dtrace_strcase", _CASE),
    "tolower": ("dtrace_strcase", _CASE),
    "lltostr": ("dtrace_lltostr", _LLTOSTR),
    "progenyof": ("dtrace_progenyof", _PROGENYOF),
    "strtoll": ("dtrace_strtoll", _STRTOLL),
}

# The helper's last argument for each D function that shares its helper.
FLAG: dict[str, str] = {"basename": "0", "dirname": "1", "toupper": "1", "tolower": "0",
                        "index": "0", "rindex": "1", "strchr": "0", "strrchr": "1"}

_LOCAL = re.compile(r"\bdt_\w+")


def fresh_locals(src: str, taken: set[str]) -> str:
    """`src` with each of its dt_ locals that would be one of the globals `taken`
    renamed."""
    for local in sorted(set(_LOCAL.findall(src))):
        if local in taken:
            fresh, n = local, 2
            while fresh in taken or fresh in src:
                fresh, n = f"{local}_{n}", n + 1
            src = re.sub(rf"\b{local}\b", fresh, src)
    return src
