"""Vue's raw stktrace() (no PRINT_SYMBOLS) said in stap.

Vue's stktrace(0, LEVELS) prints the kernel stack of the hit as one `0xADDR`
line per frame (16 hex digits), LEVELS of them (-1: all). stap's backtrace()
is that stack as space-separated `0x%016lx` words starting at the probed code,
so a stap port prints its words one a line, the first LEVELS of them: a
tokenize() loop. Being text, each line can also be held in a tentative buffer
(speculate(), print_tentative.py), which print_backtrace() cannot.

With PRINT_SYMBOLS Vue prints `symbol+0xoff` lines, which stap has no form for:
symname() gives the name without the offset, and only symdata()'s
`symbol+0xoff/0xsize [module]` text has the offset, which a port would have to
cut out of it (and xtrace writes symbol strings only when it prints them).
"""

from __future__ import annotations

from typing import Callable

from xtrace.ir import nodes as ir

# put(text, depth): emit the statement printing (or holding) stap string `text`
Put = Callable[[str, int], None]


def is_vue_raw_kernel_stack(s: ir.Stmt) -> bool:
    """Whether `s` is Vue's stktrace() of the kernel stack without PRINT_SYMBOLS."""
    return isinstance(s, ir.PrintStack) and s.layout == "vue_raw" and not s.user


class VueStackPrinting:
    """Vue's raw kernel stktrace() in the stap printer (mixed into it: it holds the
    names and the lines)."""

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
