"""D's user stack (`@[ustack()] = count()`, ustack(N), printa's %k of one, the
ustack() action) said in stap.

A user frame can only be named while the process it belongs to is the current
one: stap's usymdata() looks the address up in the current task's mappings. The
end probe that prints an aggregation runs in stap's own process, so a key of
ubacktrace() words named at the end would name the wrong files. The port names
the frames in the probe instead: KEY_HELPER walks ubacktrace()'s `0x%016x`
words and turns each one's usymdata() into D's text of the frame
(`file`symbol+0xoff`, `file`0xADDR where the file has no symbol there, the
bare 0xADDR where stap knows no file), one frame a line; that text is the key,
so one call path is one key, as in D. PRINT_HELPER prints such a text as D
prints a stack: a newline, then each frame after its indentation.

stap names only the files its module was given symbols of: the -c program, each
`-d FILE`, and with --ldd the libraries those need. RUN_NOTE says so at the top
of the port.

Size: the key is a string, at most MAXSTRINGLEN - 1 bytes (511 by default). A
frame is some 20 to 60 bytes (`libc.so.6`__GI___libc_write+0x14`), so 20 frames
may not fit. KEY_HELPER keeps whole frames: it stops before the first frame
whose text would be cut (stap's `.` cuts at MAXSTRINGLEN silently, which the
helper sees as a shorter result), so a deep stack is the frames nearest the
probe, never a frame cut in the middle. ubacktrace() itself holds at most
MAXBACKTRACE (20) frames, D's ustack() up to ustackframes (100 by default): the
port asks for D's count and the helper's comment says which -D options keep as
many as D does.
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir

from .print_dstack import WORD

# D's ustackframes option's default: the frames of a ustack() with no count
USTACKFRAMES = 100

# NAME: the helper's name here. WORD: a ubacktrace() word with its separator.
KEY_HELPER = """# D's ustack(): the first dt_n frames of ubacktrace(), named while their
# process is the current one (usymdata() looks addresses up in the current
# task's mappings), one a line as D names them: `file`symbol+0xoffset (no
# offset at the symbol's first byte), `file`0xADDR where the file has no symbol
# there, 0xADDR where stap knows no file. ubacktrace() holds MAXBACKTRACE
# frames (20), and the key only whole frames: one whose text MAXSTRINGLEN would
# cut ends it (some 9 frames of 60 bytes fit in 512; for more, run with stap
# -DMAXSTRINGLEN=4096 -DMAXBACKTRACE=100).
function NAME:string(dt_n:long)
{
    dt_bt = ubacktrace()
    dt_key = ""
    for (dt_i = 0; dt_i < strlen(dt_bt) && dt_i < dt_n * WORD; dt_i += WORD) {
        dt_a = strtol(substr(dt_bt, dt_i, WORD - 1), 16)
        dt_s = usymdata(dt_a)
        # usymdata(): `symbol+0xoff/0xsize [path]`, `0xADDR [path+0xoff/0xsize]`
        # in a known file without a symbol there, else `0xADDR`
        dt_sym = ""
        dt_off = ""
        dt_path = ""
        if (substr(dt_s, 0, 2) != "0x") {
            dt_sym = tokenize(dt_s, "+")
            dt_off = tokenize("", "/")
            tokenize("", "[")
            dt_path = tokenize("", "]")
        } else if (isinstr(dt_s, " [")) {
            tokenize(dt_s, "[")
            dt_path = tokenize("", "+")
        }
        # the file's base name, as D names a module
        dt_file = ""
        for (dt_t = tokenize(dt_path, "/"); dt_t != ""; dt_t = tokenize("", "/"))
            dt_file = dt_t
        if (dt_sym != "")
            dt_f = dt_file . "`" . dt_sym . (dt_off == "0x0" ? "" : "+" . dt_off)
        else if (dt_file != "")
            dt_f = sprintf("%s`0x%x", dt_file, dt_a)
        else
            dt_f = sprintf("0x%x", dt_a)
        dt_k = dt_key . dt_f . "\\n"
        if (strlen(dt_k) != strlen(dt_key) + strlen(dt_f) + 1)
            break
        dt_key = dt_k
    }
    return dt_key
}"""

PRINT_HELPER = """# D's ustack() as it prints a stack: a newline, then each frame of the key
# (its lines) after `dt_pad`.
function NAME(dt_key:string, dt_pad:string)
{
    printf("\\n")
    for (dt_f = tokenize(dt_key, "\\n"); dt_f != ""; dt_f = tokenize("", "\\n"))
        printf("%s%s\\n", dt_pad, dt_f)
}"""

# (a list of lines: the top of the port)
RUN_NOTE = ["# D's ustack(): stap names user frames only in the files it holds symbols of,",
            "# the -c program's and each -d FILE's: run with stap --ldd -d PROGRAM"]


def key_helper(name: str) -> str:
    """KEY_HELPER as the function `name`."""
    return KEY_HELPER.replace("NAME", name, 1).replace("WORD - 1", str(WORD - 1)).replace("WORD", str(WORD))


def print_helper(name: str) -> str:
    """PRINT_HELPER as the function `name`."""
    return PRINT_HELPER.replace("NAME", name, 1)


def frames(depth: Optional[int], ustackframes: Optional[int]) -> int:
    """The frames D's ustack(depth) keeps: `depth`, else D's ustackframes option
    (USTACKFRAMES, 100 by default). The port asks for as many: ubacktrace() gives
    at most MAXBACKTRACE of them (20 unless stap is run with -DMAXBACKTRACE=N)."""
    return depth or ustackframes or USTACKFRAMES


def is_ustack(t) -> bool:
    """Whether an aggregation key of type `t` is D's ustack()."""
    return t is not None and t.kind == "ustack"


def is_user(e: ir.Expr) -> bool:
    """Whether `e` is D's ustack() as a value."""
    return isinstance(e, ir.UStack) and not e.kernel
