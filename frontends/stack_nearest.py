"""What a `translate --force` port's stack print shows differently from its source's.

Each language prints a stack in its own layout (D's stack(): `module`symbol+0xoff
lines, indented, after a blank line; stap's print_backtrace(): ` 0xADDR :
symbol+0xoff/0xsize [module]`; Vue's stktrace(): `symbol+0xoff`), which no other
language can print, so a port refuses the print naming the target's own call. With
--force the port prints that call, the same frames in the target's layout, after a
comment this module words.
"""

from __future__ import annotations

from xtrace.ir import nodes as ir


def _source_layout(s: ir.PrintStack) -> str:
    if s.layout == "stap":
        what = "print_ubacktrace()" if s.user else "print_backtrace()"
        where = "path" if s.user else "module"
        return f"stap's {what} prints each frame as ` 0xADDR : symbol+0xoff/0xsize [{where}]`"
    if s.layout.startswith("vue"):
        lines = "`0xADDR`" if s.layout == "vue_raw" else "`symbol+0xoff`"
        return f"Vue's stktrace() prints {lines} lines"
    what, where = ("ustack()", "file") if s.user else ("stack()", "module")
    return f"D's {what} prints `{where}`symbol+0xoff` lines, indented, after a blank line"


def stack_differs(s: ir.PrintStack, call: str, layout: str) -> str:
    """The nearest comment's words: the source's layout of `s`, then what the target's
    `call` prints (`layout`)."""
    frames = f", only the first {s.depth} frames" if s.depth is not None else ""
    return f"{_source_layout(s)}{frames}; {call} prints the same frames as {layout}"
