"""How a D or Vue port writes the comments of the source's globals (ir.Global.comment).

A global the port declares has its comment beside the declaration, as the source
had it (`int64_t calls;  /* how many read calls */`). One the port declares
nowhere (a D aggregation, a D thread-local, an associative array in Vue) has it
on a line of its own among the declarations, naming the variable as the port
spells it: the comment stays with what it describes, not with the next clause."""

from __future__ import annotations

import re
from typing import Optional

from xtrace.frontends.common import c_comment

# the longest `name: comment` said on one line (`/* ... */` makes it 80 columns)
_WIDTH = 74


def beside(comment: Optional[str]) -> str:
    """`comment` as the text to put after a declaration on its line (`  /* c */`), or
    "" when there is none or it does not fit on one line (then: named_notes())."""
    if not comment or "\n" in comment or "*/" in comment:
        return ""
    return f"  /* {comment} */"


def named_notes(notes: list[tuple[str, str]]) -> list[str]:
    """The comment lines saying each (name as the port spells it, comment) of
    variables without a declaration of their own; the variables one source global
    became (stap's statistic `reads`, D's @reads_count and @reads_sum) share one."""
    by_text: dict[str, list[str]] = {}
    for name, text in notes:
        if name not in by_text.setdefault(text, []):
            by_text[text].append(name)
    out: list[str] = []
    for text, names in by_text.items():
        said = ", ".join(names)
        one = f"{said}: {text}"
        out += c_comment(one if "\n" not in text and len(one) <= _WIDTH else f"{said}:\n{text}")
    return out


def thread_comment_names(comments: dict[str, str], present: set[str]) -> dict[str, str]:
    """`comments` (Program.options['thread_comments']) keyed by the thread-local names
    the port prints (`present`): a name a port suffixed to keep it apart from a
    global (`ts_2`) may have lost the suffix since (ir/rename.py scope_suffixes_dropped)."""
    out: dict[str, str] = {}
    for name, text in comments.items():
        if name in present:
            out[name] = text
        else:
            bare = re.sub(r"_\d+$", "", name)
            if bare in present:
                out[bare] = text
    return out
