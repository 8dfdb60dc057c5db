"""D's kernel stack() as a value (`@[stack()] = count()`) and as the stack()
action, said in stap.

stap's backtrace() is the kernel stack of the hit as a string, its frames as
space-separated `0x%016x` words from the probed code down: a key that tells
one call path from another, as D's stack() key does. stack(N) keeps the first
N frames: the first N words, each 19 characters with its separator.

D prints such a key as the stack() action prints the stack of a hit: a
newline, then a frame a line, `module`symbol+0xoffset` indented (14 columns;
printa's %k: a left-aligned conversion's width, else none), the bare address
where no symbol covers it. stap's print_stack() has its own layout, so the port prints the
frames itself: a helper steps through the string's words by position and names
each one as D's %a does (print_dstrings.ADDR_HELPER, which cuts symdata()'s
`symbol+0xoff/0xsize [module]` text up).

D's ustack() key is print_dustack's: its frames must be named in the probe,
while their process is the current one.
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.types import Type

# stap's MAXBACKTRACE: the frames backtrace() holds at most (-D MAXBACKTRACE=N)
MAXBACKTRACE = 20

# one backtrace() word: "0x", 16 hex digits, and the space before the next
WORD = 19

# D's indentation of a stack's frames: the stack() action's, a stack key's in
# the end-of-run table
FRAME_INDENT = 14

# NAME: the helper's name here; ADDR: the %a helper's (print_dstrings.ADDR_HELPER)
HELPER = """# D's stack() of a backtrace() string: a newline, then a frame a line after
# `dt_pad`, named as D's %a names an address. backtrace() is `0x%016x` words a
# space apart (at most MAXBACKTRACE of them, and what fits in MAXSTRINGLEN): the
# loop steps through them by position, as the frame's name is cut out of
# symdata() with tokenize(), whose state one string at a time holds.
function NAME(dt_bt:string, dt_pad:string)
{
    printf("\\n")
    for (dt_i = 0; dt_i < strlen(dt_bt); dt_i += 19)
        printf("%s%s\\n", dt_pad, ADDR(strtol(substr(dt_bt, dt_i, 18), 16)))
}"""


def is_stack(t: Optional[Type]) -> bool:
    """Whether an aggregation key of type `t` is D's stack() or ustack()."""
    return t is not None and t.kind in ("kstack", "ustack")


def key_text(e: ir.UStack, stackframes: Optional[int] = None) -> Optional[str]:
    """The stap expression for D's stack()/stack(N) (None for ustack()). A plain
    stack() keeps D's stackframes frames: backtrace() where that is stap's own
    limit, MAXBACKTRACE (20, D's default too), else its first `stackframes` words."""
    if not e.kernel:
        return None
    return backtrace_text(e.depth or (stackframes if stackframes and stackframes < MAXBACKTRACE
                                      else None))


def backtrace_text(depth: Optional[int]) -> str:
    """backtrace(), or the first `depth` of its words."""
    if depth is None:
        return "backtrace()"
    return f"substr(backtrace(), 0, {depth * WORD - 1})"


def pad(width: int) -> str:
    """The stap string literal of `width` spaces (a frame's indentation)."""
    return '"' + " " * width + '"'
