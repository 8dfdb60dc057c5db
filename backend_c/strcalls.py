"""C for the IR's string functions (ir.builtins.FUNCTIONS), one entry per name.

The kernel side lives in runtime/xt_str.h; every function there is bounded by
XT_MAXSTRINGLEN and writes into a per-CPU string slot of the probe context.
"""

from __future__ import annotations

from typing import Protocol

from xtrace.ir import nodes as n

# IR name -> C template. In it `{d}` is a fresh
# string slot and `{0}`, `{1}`... the arguments' C; `{has1}` is 1 when the
# optional argument 1 was given (its C is then "0" when absent).
_STRING: dict[str, str] = {
    "substr": "xt_substr({d}, {0}, {1}, {2}, {has2})",
    "slice": "xt_slice({d}, {0}, {1}, {2})",
    "strchr": "xt_strchr({0}, {1}, false)",
    "strrchr": "xt_strchr({0}, {1}, true)",
    "strstr": "xt_strstr({0}, {1})",
    "basename": "xt_pathpart({d}, {0}, false)",
    "dirname": "xt_pathpart({d}, {0}, true)",
    "cleanpath": "xt_cleanpath({d}, {0})",
    "lltostr": "xt_lltostr({d}, {0}, {has1} ? {1} : 10)",
    "toupper": "xt_strcase({d}, {0}, true)",
    "tolower": "xt_strcase({d}, {0}, false)",
    "str_replace": "xt_str_replace({d}, {0}, {1}, {2})",
    "text_str": "xt_text_str({d}, {0}, false)",
    "char_escaped": "xt_char_esc({d}, {0})",
    "symfileline": "xt_hexaddr({d}, {0})",
    "string_quoted": "xt_text_str({d}, {0}, true)",
    "text_strn": "xt_text_strn({d}, {0}, {1}, !!({2}))",
    "tokenize": "xt_tokenize({d}, {0}, {1})",
    "ctime": "xt_ctime({d}, {0})",
    "pid2execname": "xt_pid2execname({d}, {0})",
    "task_backtrace": "xt_task_backtrace(c, {d}, {0})",
    "cmdline_str": "xt_cmdline_str(c, {d})",
    "cmdline_args": "xt_cmdline_args(c, {d}, {d2}, {0}, {1}, {2})",
    "module_name": "KBUILD_MODNAME",
    "kernel_string2": "({{ char *d_ = {d}; xt_read_string(d_, {0}, XT_MAXSTRINGLEN, false) < 0 "
                      "? {1} : (const char *)d_; }})",
    "user_string2": "({{ char *d_ = {d}; xt_read_string(d_, {0}, XT_MAXSTRINGLEN, true) < 0 "
                    "? {1} : (const char *)d_; }})",
}
_INT: dict[str, str] = {
    # a string holds at most XT_MAXSTRINGLEN - 1 characters (a literal may be longer)
    "strlen": "((s64)strnlen({0}, XT_MAXSTRINGLEN - 1))",
    "index": "xt_index({0}, {1}, {2}, {has2}, false)",
    "rindex": "xt_index({0}, {1}, {2}, {has2}, true)",
    "stringat": "xt_stringat({0}, {1})",
    "strtol": "((s64)simple_strtol({0}, NULL, (unsigned int)({1})))",
    "atoi": "xt_atoi({0})",
    "isdigit": "((s64)isdigit((unsigned char)({0})[0]))",
    "double_bits": "((s64)({0}))",  # the bits travel as they are; the driver reads a double
    "get_cycles": "((s64)get_cycles())",
    "pid2task": "((s64)(unsigned long)xt_pid2task({0}))",
    "randint": "xt_randint({0})",
    "rand": "((s64)(s32)get_random_u32())",
    "progenyof": "xt_progenyof(XT_CUR(c), {0})",
    "addr_to_node": "xt_addr_to_node({0})",
    # the level goes in as printk's KERN_SOH prefix, which printk parses from the formatted text
    "printk": "({{ printk(KERN_SOH \"%c%s\\n\", '0' + (int)({0} & 7), {1}); (s64)0; }})",
    "user_mode": "xt_user_mode(c->regs)",
    "user_register": "xt_user_register({0})",
    "probe_register": "xt_probe_register(c->regs, {0})",
    "loadavg": "xt_loadavg({0})",
    "kstack_frame": "xt_kstack_frame(c, {0})",
    "ustack_frame": "xt_ustack_frame(c, {0})",
}


class _Gen(Protocol):
    def slot(self) -> str: ...
    def int_expr(self, e: n.Expr) -> str: ...
    def str_expr(self, e: n.Expr) -> str: ...


# The calls that need runtime/xt_task.h.
TASK_CALLS = ("pid2task", "pid2execname", "cmdline_str", "cmdline_args", "randint", "rand",
              "progenyof", "user_mode", "user_register", "probe_register",
              "addr_to_node", "loadavg")


def handles(e: n.Expr) -> bool:
    """Whether `e` is a call this module compiles."""
    return isinstance(e, n.Call) and (e.name in _STRING or e.name in _INT)


def _args(gen: _Gen, e: n.Call) -> tuple[list[str], dict[str, str]]:
    """The arguments' C (absent optional ones "0") and the has<i> flags."""
    pos: list[str] = []
    for a in e.args:
        assert a.type is not None, f"untyped argument of {e.name}"
        pos.append(gen.str_expr(a) if a.type.is_str else f"({gen.int_expr(a)})")
    flags = {f"has{i}": "1" if i < len(e.args) else "0" for i in range(4)}
    return pos + ["0"] * (4 - len(pos)), flags


def string_call(gen: _Gen, e: n.Call) -> str:
    """C (a const char *) for a string-valued call."""
    template = _STRING[e.name]
    pos, flags = _args(gen, e)
    return template.format(*pos, d=gen.slot() if "{d}" in template else "",
                           d2=gen.slot() if "{d2}" in template else "", **flags)


def int_call(gen: _Gen, e: n.Call) -> str:
    """C (an s64) for an integer-valued call."""
    pos, flags = _args(gen, e)
    return _INT[e.name].format(*pos, **flags)
