"""D's symbol actions (frontends/d/symbol_actions.py) in a stap port: helper
functions that spell the text D prints from stap's symbol functions.

symname()/usymname() give the symbol alone, symdata()/usymdata()
`symbol+0xoffset/0xsize [module]`, modname() the kernel module ("kernel" for the
kernel itself, D's vmlinux) and umodname() the base name of the user file; each
gives the address in hexadecimal (umodname: "<unknown>") where nothing covers it,
which D prints as `0x%x`. stap names a library's symbols only for the files it
has tables of (-d FILE, --ldd), where dtrace reads any file the process maps.
"""

from __future__ import annotations

_FUNC = """# D's func(): module`symbol (vmlinux: the kernel itself), the address where no
# symbol covers it.
function NAME:string(dt_a:long)
{
    dt_s = symname(dt_a)
    if (substr(dt_s, 0, 2) == "0x")
        return sprintf("0x%x", dt_a)
    dt_mod = modname(dt_a)
    return (dt_mod == "kernel" ? "vmlinux" : dt_mod) . "`" . dt_s
}"""

_MOD = """# D's mod(): the module of a kernel address (vmlinux: the kernel itself), the
# address where no symbol covers it.
function NAME:string(dt_a:long)
{
    if (substr(symname(dt_a), 0, 2) == "0x")
        return sprintf("0x%x", dt_a)
    dt_mod = modname(dt_a)
    return dt_mod == "kernel" ? "vmlinux" : dt_mod
}"""

_UFUNC = """# D's ufunc(): file`symbol of a user address, the address where no symbol
# covers it. usymdata() is `symbol+0xoffset/0xsize [path]`, or the address.
function NAME:string(dt_a:long)
{
    dt_s = usymdata(dt_a)
    if (substr(dt_s, 0, 2) == "0x")
        return sprintf("0x%x", dt_a)
    return umodname(dt_a) . "`" . tokenize(dt_s, "+")
}"""

_UADDR = """# D's uaddr(): file`symbol+0xoffset of a user address (no offset at the
# symbol's first byte), the address where no symbol covers it.
function NAME:string(dt_a:long)
{
    dt_s = usymdata(dt_a)
    if (substr(dt_s, 0, 2) == "0x")
        return sprintf("0x%x", dt_a)
    dt_sym = tokenize(dt_s, "+")
    dt_off = tokenize("", "/")
    return umodname(dt_a) . "`" . dt_sym . (dt_off == "0x0" ? "" : "+" . dt_off)
}"""

_UMOD = """# D's umod(): the base name of the file mapped at a user address, the address
# where none is.
function NAME:string(dt_a:long)
{
    dt_m = umodname(dt_a)
    return dt_m == "<unknown>" ? sprintf("0x%x", dt_a) : dt_m
}"""

# IR function -> (helper name, its text with NAME for the name)
HELPERS: dict[str, tuple[str, str]] = {
    "d_func": ("dtrace_func", _FUNC),
    "d_mod": ("dtrace_mod", _MOD),
    "d_ufunc": ("dtrace_ufunc", _UFUNC),
    "d_uaddr": ("dtrace_uaddr", _UADDR),
    "d_umod": ("dtrace_umod", _UMOD),
}
