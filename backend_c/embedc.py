"""C for a stap -g (guru mode) script's own C: top-level `%{ ... %}` blocks, embedded-C
functions (`function f:long (a:long, s:string) %{ ... %}`), `%{ expr %}` in
expressions and `%{ ... %}` statements.

xtrace compiles that C as written and checks nothing in it: guru mode is the
user's opt-in to unchecked kernel code, as it is in stap (design principle 4
holds for the code xtrace generates, not for this). It runs where the probe
handler runs: in probe context (no sleeping, no page faults on user memory,
preemption off), inside a function of the module.

A function's body sees stap's names for its parts:

* `STAP_ARG_a` -- parameter `a`: an s64, or for a string a NUL-terminated
  `char[MAXSTRINGLEN]` (a copy: the body may change it);
* `STAP_RETVALUE` -- the result: an s64, or for a string function its
  `char[MAXSTRINGLEN]` buffer (written with strscpy/strlcpy/snprintf);
* `STAP_RETURN(v)` -- set the result and return (a string is copied);
* `STAP_ERROR(fmt, ...)` -- a run-time error, the message formatted as printf does,
  reported as stap reports error(): `ERROR: msg near identifier 'f' at FILE:L:C`
  (the call), ending the probe or caught by a `try` around the call;
* `kread(ptr)`, `kderef(size, addr)`, `kderef_buffer(dst, addr, size)` and
  `CATCH_DEREF_FAULT()` -- stap's checked kernel reads: a fault is the call's
  error, after the C that follows CATCH_DEREF_FAULT() (its clean-up) has run;
* `CONTEXT` -- the probe's context (its `regs` is the probed registers);
* the older spellings `THIS->a` and `THIS->__retvalue`;
* `MAXSTRINGLEN`, `MAXACTION`, and strlcpy() on kernels that dropped it;
* the STAPCONF_* feature macros stap's build defines, decided from the target
  kernel's headers (backend_c/stapconf.py), and the headers stap's runtime
  includes (linux/version.h, linux/sched/signal.h, ...).

In a script function (not an embedded-C one) `STAP_ARG_x` inside `%{ %}` is
its parameter x.

stap's pragmas (`/* pure */`, `/* unprivileged */`, `/* stable */`, ...) are
comments to the compiler and change nothing here. `#line` directives make the
compiler's messages about this C name the script's file and lines.
"""

from __future__ import annotations

import re
from pathlib import Path

from xtrace.ir import nodes as n
from xtrace.ir.loc import Loc

from .cstr import c_ident, c_string

# After the script's C, the module's own lines again: codegen's finish() writes
# the real line number, kbuild the module's file name (known once it is hashed).
RESTORE = "#line XT_RESTORE"
MODULE_FILE = "@XT_MODULE_C@"

_THIS = re.compile(r"\bTHIS\s*->\s*([A-Za-z_]\w*)")
_CONTEXT = re.compile(r"\bCONTEXT\b")
_STAP_ARG = re.compile(r"\bSTAP_ARG_([A-Za-z_]\w*)")
_DEFINED = re.compile(r"#define (\w+)")

# Names the script's C can count on (stap's runtime defines them too).
# Headers stap's own runtime brings into every module, which C written for it
# counts on (LINUX_VERSION_CODE/KERNEL_VERSION, current->signal, _STK_LIM ...).
_HEADERS = ("#include <linux/version.h>\n#include <linux/sched.h>\n#include <linux/sched/signal.h>\n"
            "#include <linux/resource.h>\n#include <linux/uaccess.h>\n")
_PRELUDE = _HEADERS + ("#ifndef MAXSTRINGLEN\n#define MAXSTRINGLEN XT_MAXSTRINGLEN\n#endif\n"
            "#ifndef MAXACTION\n#define MAXACTION XT_MAXACTION\n#endif\n")
# strlcpy() left the kernel in 6.8; C written for stap calls it (its runtime keeps one)
_STRLCPY = """static inline __maybe_unused size_t xt_strlcpy(char *d, const char *s, size_t n)
{
	size_t len = strlen(s);

	if (n) {
		size_t k = len < n ? len : n - 1;

		memcpy(d, s, k);
		d[k] = 0;
	}
	return len;
}
#define strlcpy xt_strlcpy
"""


# stap's runtime's checked kernel reads, as embedded C written for stap calls them:
# kread(ptr) (the value *ptr), kderef(size, addr) (an integer of 1, 2, 4 or 8 bytes),
# kderef_buffer(dst, addr, size) (bytes, or with dst NULL a check that they are
# readable). A fault is the function's run-time error ("read fault ... at ADDR
# (the address as written)") and jumps to CATCH_DEREF_FAULT(), after which the
# function's own clean-up runs before it returns.
_FAULT = ('{ snprintf(ctx_->errbuf, XT_MAXSTRINGLEN, "read fault [man error::fault] at 0x%016lx (%s)", '
          '(unsigned long)(a_kr_), s_kr_); *err_ = 1; goto deref_fault; }')
_DEREF = [
    "#define kread(ptr) ({ union { typeof(*(ptr)) v; char b[sizeof(*(ptr))]; } u_kr_; "
    "const void *a_kr_ = (const void *)(ptr); const char *s_kr_ = #ptr; "
    f"if (copy_from_kernel_nofault(u_kr_.b, a_kr_, sizeof(u_kr_.b))) {_FAULT} u_kr_.v; }})",
    "#define kderef(size, addr) ({ u64 v_kr_ = 0; const void *a_kr_ = (const void *)(long)(addr); "
    "const char *s_kr_ = #addr; BUILD_BUG_ON((size) != 1 && (size) != 2 && (size) != 4 && (size) != 8); "
    f"if (copy_from_kernel_nofault(&v_kr_, a_kr_, (size))) {_FAULT} "
    "(s64)((size) == 8 ? v_kr_ : (size) == 4 ? (u32)v_kr_ : (size) == 2 ? (u16)v_kr_ : (u8)v_kr_); })",
    "#define kderef_buffer(dst, addr, size) ({ const void *a_kr_ = (const void *)(addr); "
    f"const char *s_kr_ = #addr; if (xt_kread_buffer((dst), a_kr_, (size))) {_FAULT} (void)0; }})",
    "#define CATCH_DEREF_FAULT() if (0) { deref_fault: __attribute__((unused)); }",
]

# kderef_buffer()'s copy, or with no destination its check, in pieces of a small buffer
_KREAD_BUFFER = """static __maybe_unused noinline int xt_kread_buffer(void *dst, const void *src, size_t n)
{
	char tmp[64];
	size_t off, k;

	if (dst)
		return copy_from_kernel_nofault(dst, src, n) ? -EFAULT : 0;
	for (off = 0; off < n; off += k) {
		k = min(n - off, sizeof(tmp));
		if (copy_from_kernel_nofault(tmp, (const char *)src + off, k))
			return -EFAULT;
	}
	return 0;
}
"""


def prelude(headers: Path) -> str:
    """What precedes the script's C: MAXSTRINGLEN, MAXACTION, the STAPCONF_* macros
    of the kernel at `headers` (a kbuild dir), and strlcpy() where it no longer has it."""
    from .stapconf import defines, header_search
    # the same header search as the STAPCONF_* macros: a kernel whose string.h no
    # longer declares strlcpy() gets ours
    lacks = header_search(headers, "include/linux/string.h", r"\bstrlcpy\s*\(") is False
    return defines(headers) + _PRELUDE + _KREAD_BUFFER + (_STRLCPY if lacks else "")


def uses_c(prog: n.Program) -> bool:
    """Whether the program has any embedded C."""
    return bool(prog.c_blocks) or any(f.c_body is not None for f in prog.functions) \
        or any(isinstance(x, n.EmbeddedC) for x in n.walk(list(n.program_roots(prog))))


def _placed(code: str, loc: Loc) -> str:
    """`code` between #line directives: the compiler names the script's lines."""
    return f"#line {loc.line} {c_string(loc.file)}\n{code}\n{RESTORE}\n"


def blocks(prog: n.Program) -> str:
    """The top-level blocks, in script order, as written."""
    return "".join(_placed(b.code, b.loc) for b in prog.c_blocks)


def signature(f: n.Function) -> str:
    """The C function of an embedded-C function: the context (ctx_, not the `c` of
    generated code: the body may have a `c` of its own), where a STAP_ERROR is
    flagged (err_), the result buffer of a string function, the arguments."""
    assert f.ret is not None
    params = ["struct xt_ctx *ctx_", "int *err_"] + (["char *ret_"] if f.ret.is_str else [])
    for prm in f.params:
        params.append(f"const char *a_{c_ident(prm.name)}" if prm.type and prm.type.is_str
                      else f"s64 a_{c_ident(prm.name)}")
    rtype = "const char *" if f.ret.is_str else "s64 "
    return f"static noinline {rtype}xt_fn_{c_ident(f.name)}({', '.join(params)})"


def function(f: n.Function) -> tuple[str, int]:
    """(the C function of embedded-C function `f`, the frame slots its string
    parameters take). String arguments are copied into the frame of the call's
    nesting level (the caller checked it is below MAXNESTING), so the body has
    char arrays of its own."""
    assert f.c_body is not None and f.ret is not None
    decls, defines = [], ["#define CONTEXT ctx_"]
    slots = 0
    for prm in f.params:
        name = c_ident(prm.name)
        if prm.type and prm.type.is_str:
            decls.append(f"\tstrscpy(fs_[{slots}], a_{name}, XT_MAXSTRINGLEN);")
            defines.append(f"#define STAP_ARG_{prm.name} fs_[{slots}]")
            slots += 1
        else:
            decls.append(f"\ts64 l_{name} __maybe_unused = a_{name};")
            defines.append(f"#define STAP_ARG_{prm.name} l_{name}")
    head = []
    if slots:
        head.append("\tchar (*fs_)[XT_MAXSTRINGLEN] = ctx_->str + XT_PSLOTS + ctx_->nesting * XT_FSLOTS;")
    if f.ret.is_str:
        head += ["\tchar (*rv_)[XT_MAXSTRINGLEN] = (char (*)[XT_MAXSTRINGLEN])ret_;", "\tret_[0] = 0;"]
        defines += ["#define STAP_RETVALUE (*rv_)",
                    "#define STAP_RETURN(v) do { strscpy(STAP_RETVALUE, (v), MAXSTRINGLEN); "
                    "goto xt_eret; } while (0)"]
        result = "ret_"
    else:
        head.append("\ts64 rv_ = 0;")
        defines += ["#define STAP_RETVALUE rv_",
                    "#define STAP_RETURN(v) do { STAP_RETVALUE = (v); goto xt_eret; } while (0)"]
        result = "rv_"
    # the message in the context's error buffer, reported by the caller at the call
    defines.append("#define STAP_ERROR(...) do { snprintf(ctx_->errbuf, XT_MAXSTRINGLEN, __VA_ARGS__); "
                   "*err_ = 1; goto xt_eret; } while (0)")
    defines += _DEREF
    params = {prm.name for prm in f.params}

    def this(m: re.Match) -> str:
        if m.group(1) == "__retvalue":
            return "STAP_RETVALUE"
        return f"STAP_ARG_{m.group(1)}" if m.group(1) in params else m.group(0)

    code = _THIS.sub(this, f.c_body.code)
    undefs = ["#undef " + _DEFINED.match(d).group(1) for d in defines]
    text = (f"{signature(f)}\n{{\n" + "\n".join(head + decls) + "\n" + "\n".join(defines)
            + "\n\t{\n" + _placed(code, f.c_body.loc) + "\t}\n" + "\n".join(undefs)
            + f"\nxt_eret: __attribute__((unused));\n\treturn {result};\n}}\n")
    return text, slots


def _args(code: str, fn: n.Function | None) -> str:
    """`STAP_ARG_x` in C inside a script function (not an embedded-C one) is its
    parameter x, as stap lets `%{ ... %}` there read them: the local `l_x`."""
    if fn is None:
        return code
    params = {prm.name for prm in fn.params}
    return _STAP_ARG.sub(lambda m: f"l_{c_ident(m.group(1))}" if m.group(1) in params else m.group(0),
                         code)


def statement(e: n.EmbeddedC, ind: str, fn: n.Function | None = None) -> list[str]:
    """`%{ ... %}` in a statement's place: its C statements in a block of their own
    (in script function `fn`, STAP_ARG_x names its parameters)."""
    return [f"{ind}{{", "#define CONTEXT c", _placed(_args(e.code, fn), e.loc).rstrip("\n"),
            "#undef CONTEXT", f"{ind}}}"]


def expression(e: n.EmbeddedC, fn: n.Function | None = None) -> str:
    """`%{ expr %}` as a value: the C expression as written, a number or (under
    /* string */) a string. It sits inside generated expressions, where no
    directive can go, so CONTEXT is spelled out rather than defined (in script
    function `fn`, STAP_ARG_x names its parameters)."""
    code = _CONTEXT.sub("c", _args(e.code, fn))
    if e.stmt:
        return f"({{ {code}\n; 0LL; }})"
    return f"((const char *)({code}\n))" if e.is_str else f"((s64)({code}\n))"


def finish(source: str) -> str:
    """The module's C with each RESTORE line made a #line naming the line after it
    (the file name is kbuild's to fill in, MODULE_FILE)."""
    lines = source.split("\n")
    for i, line in enumerate(lines):
        if line == RESTORE:
            lines[i] = f'#line {i + 2} "{MODULE_FILE}"'
    return "\n".join(lines)
