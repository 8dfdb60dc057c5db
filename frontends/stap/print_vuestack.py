"""Vue's raw stktrace() (no PRINT_SYMBOLS) said in stap.

Vue's stktrace(0, LEVELS) prints the kernel stack of the hit as one `0xADDR`
line per frame (16 hex digits), LEVELS of them (-1: all). stap's backtrace()
is that stack as space-separated `0x%016lx` words starting at the probed code,
so a stap port prints its words one a line, the first LEVELS of them: a
tokenize() loop. Being text, each line can also be held in a tentative buffer
(speculate(), print_tentative.py), which print_backtrace() cannot.

With PRINT_SYMBOLS Vue prints `symbol+0xoff` lines (the address where no
symbol covers it), which stap has no function for: symname() gives the name
without the offset. symdata()'s `symbol+0xoff/0xsize [module]` has it, before
the '/': a helper cuts each frame's name out of it (tokenize()), so the loop
over backtrace()'s words steps through them by position (each is 19
characters with its separator) rather than with a tokenize() of its own,
whose state the helper's would take over.
"""

from __future__ import annotations

from typing import Callable

from xtrace.ir import nodes as ir

from .print_dstack import WORD, backtrace_text
from .print_dstrings import fresh_locals

# put(text, depth): emit the statement printing (or holding) stap string `text`
Put = Callable[[str, int], None]


# NAME: the helper's name here
SYMBOL_HELPER = """# Vue's stktrace() frame with PRINT_SYMBOLS: symbol+0xoffset, the text of
# symdata() (`symbol+0xoffset/0xsize [module]`) before its '/'; the address
# where no symbol covers it
function NAME:string(dt_a:long)
{
    dt_s = symdata(dt_a)
    if (substr(dt_s, 0, 2) == "0x")
        return sprintf("0x%016x", dt_a)
    return tokenize(dt_s, "/")
}"""


def is_vue_symbol_kernel_stack(s: ir.Stmt) -> bool:
    """Whether `s` is Vue's stktrace(PRINT_SYMBOLS, ...) of the kernel stack."""
    return isinstance(s, ir.PrintStack) and s.layout == "vue" and not s.user


def is_vue_raw_kernel_stack(s: ir.Stmt) -> bool:
    """Whether `s` is Vue's stktrace() of the kernel stack without PRINT_SYMBOLS."""
    return isinstance(s, ir.PrintStack) and s.layout == "vue_raw" and not s.user


class VueStackPrinting:
    """Vue's kernel stktrace() in the stap printer (mixed into it: it holds the
    names, the helpers and the lines)."""

    def _vue_raw_stack(self, s: ir.PrintStack, depth: int, put: Put) -> None:
        """The loop printing backtrace()'s words one a line, at most s.depth of them;
        `put` emits the statement that prints (or holds) one line's text."""
        frame = self._fresh("frame", self._taken())
        self.local_names[f" frame{len(self.local_names)}"] = frame
        cond = f'{frame} != ""'
        count = None
        if s.depth is not None:
            count = self._fresh("frames", self._taken())
            self.local_names[f" frames{len(self.local_names)}"] = count
            self._emit(depth, f"{count} = 0", simple=True)
            cond += f" && {count} < {s.depth}"
        self._emit(depth, f'for ({frame} = tokenize(backtrace(), " "); {cond}; '
                          f'{frame} = tokenize("", " ")) {{')
        put(f'{frame} . "\\n"', depth + 1)
        if count is not None:
            self._emit(depth + 1, f"{count}++", simple=True)
        self._emit(depth, "}")

    def _vue_symbol_stack(self, s: ir.PrintStack, depth: int, put: Put) -> None:
        """The loop printing backtrace()'s frames (its first s.depth words) one a line,
        each named by the helper (SYMBOL_HELPER); `put` as for _vue_raw_stack."""
        stack = self._fresh("stack", self._taken())
        self.local_names[f" stack{len(self.local_names)}"] = stack
        pos = self._fresh("i", self._taken())
        self.local_names[f" i{len(self.local_names)}"] = pos
        self._emit(depth, f"{stack} = {backtrace_text(s.depth)}", simple=True)
        self._emit(depth, f"for ({pos} = 0; {pos} < strlen({stack}); {pos} += {WORD})")
        put(f'{self._vue_symbol_helper()}(strtol(substr({stack}, {pos}, {WORD - 1}), 16)) . "\\n"', depth + 1)

    def _vue_symbol_helper(self) -> str:
        """The name of the function naming one frame as Vue's PRINT_SYMBOLS does."""
        want = "vue_symbol"
        if want not in self.dhelpers:
            name = self._fresh("stack_symbol", self._taken() | set(self.dhelpers.values()))
            self.dhelpers[want] = name
            self.dhelper_src[want] = fresh_locals(SYMBOL_HELPER.replace("NAME", name, 1),
                                                  self._taken_globals())
        return self.dhelpers[want]
