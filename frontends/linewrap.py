"""Long calls broken over lines, as a person writes them in any of the three languages.

A port writes each statement on one line, and a printf() of many values (D's
`fds[arg1].fi_*`, stap's helpers, Vue's casts) ran to 150 or 300 columns, where
the scripts it was ported from break the argument list after a comma and go on
under the first argument:

    printf("open %s dir=%s path=%s\\n", fds[arg1].fi_name,
           fds[arg1].fi_dirname, fds[arg1].fi_pathname);

Only a line that is one call (`printf(...)`, `x = strjoin(...)`, `speculate(...)`),
nothing after its closing parenthesis but a `;` (or, for an argument that is a long
call itself, the closing of the calls around it), and longer than LIMIT columns
is broken, at the commas of that call's own arguments (never inside a nested call or
a string), each line filled up to WIDTH columns. Every language reads a newline
inside parentheses as a blank, so the port means what it meant on one line.
"""

from __future__ import annotations

import re
from typing import Optional

LIMIT = 100  # a line longer than this is broken
WIDTH = 80   # ... into lines of up to this many columns where its arguments allow

# an indented call, or an assignment of one: `    x = f(` / `    printf(`
_CALL_START = re.compile(r"(\s*)((?:[\w\->\[\].@]+ *[-+*/%&|^.]?=(?!=) *)?[A-Za-z_]\w*)\(")
# what may follow the call's `)`: a statement's `;`, or (an argument broken under
# its own call) the enclosing calls' parentheses and the comma after it
_CLOSERS = re.compile(r"\)*[;,]?")


def _quote_end(text: str, i: int) -> Optional[int]:
    """The index of the quote closing the string or character literal opened at `i`
    (escapes skipped), or None where it does not close on the line."""
    j = i + 1
    while j < len(text) and text[j] != text[i]:
        j += 2 if text[j] == "\\" else 1
    return j if j < len(text) else None


def top_level_args(text: str, start: int) -> Optional[tuple[list[str], int]]:
    """The arguments of the call whose `(` is at `start` (stripped) and the index of
    its closing `)`, or None where a quote or bracket does not close on the line."""
    args, depth, i, begin = [], 0, start, start + 1
    while i < len(text):
        c = text[i]
        if c in "\"'":
            j = _quote_end(text, i)
            if j is None:
                return None
            i = j
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                args.append(text[begin:i].strip())
                return args, i
        elif c == "," and depth == 1:
            args.append(text[begin:i].strip())
            begin = i + 1
        i += 1
    return None


def _filled(head: str, items: list[str], tail: str, width: int, sep: str = ", ") -> list[str]:
    """`head`, the `items` joined by `sep` and `tail` as lines of up to `width`
    columns where the items allow, each line ending in `sep` without its blank
    (a call's arguments: `,`; a condition's operands, whose operators they hold:
    nothing) and the next going on under the first item."""
    pad, mark = " " * len(head), sep.rstrip()
    lines, cur = [], head + items[0]
    for item in items[1:]:
        if len(cur) + len(sep) + len(item) + len(mark) <= width:
            cur += sep + item
        else:
            lines.append(cur + mark)
            cur = pad + item
    lines.append(cur + tail)
    return lines


def wrap_call_line(line: str, limit: int = LIMIT, width: int = WIDTH) -> list[str]:
    """`line` as one or more lines: broken after its call's commas when it is longer
    than `limit`, each continuation aligned under the first argument."""
    if len(line) <= limit:
        return [line]
    m = _CALL_START.match(line)
    if not m:
        return [line]
    parsed = top_level_args(line, m.end() - 1)
    if parsed is None:
        return [line]
    args, close = parsed
    if len(args) < 2 or not _CLOSERS.fullmatch(line[close + 1:]) or any(not a for a in args):
        return [line]
    head = line[:m.end()]
    pad = " " * len(head)
    lines = _filled(head, args, ")" + line[close + 1:], width)
    # an argument that is a long call of its own is broken the same way under it
    return [part for ln in lines for part in
            (wrap_call_line(ln, limit, width) if ln.startswith(pad) else [ln])]


# an assignment, its value starting after the `=`: `    this->s = `, `    x += `
_ASSIGN_START = re.compile(r"\s*[\w\->\[\].@]+(?:\[[^\]]*\])? *[-+*/%&|^.]?=(?!=) *")


def _chain_colons(text: str, start: int) -> list[int]:
    """The `:` of a `c1 ? v1 : c2 ? v2 : v3` chain starting at `start` (its own
    `?` and `:` alternating, none nested in an arm unparenthesized), up to the end of
    its expression (a `,` or `;` of its own level, or a closing bracket around it);
    [] for anything else."""
    marks, depth, i = [], 0, start
    while i < len(text):
        c = text[i]
        if c in "\"'":
            j = _quote_end(text, i)
            if j is None:
                return []
            i = j
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth < 0:
                break
        elif depth == 0 and c in ",;":
            break
        elif depth == 0 and c in "?:" and text[i - 1] != "%":  # (stap's %? %: are a %( %)'s)
            marks.append((c, i))
        i += 1
    kinds = "".join(k for k, _ in marks)
    if len(marks) < 4 or kinds != "?:" * (len(marks) // 2):
        return []
    return [at for k, at in marks if k == ":"]


# an element's key opening its line: `    @seen[` / `    counts[`
_KEY_START = re.compile(r"\s*@?\w+\[")


def wrap_chain_line(line: str, limit: int = LIMIT) -> list[str]:
    """A long line whose value (an assignment's, an argument's alone on its line, or
    the key of the element it opens with) is a chain of `?:`: broken after each arm's
    `:` but the last, each arm under the first, as C's else-if chains are written."""
    if len(line) <= limit:
        return [line]
    m = _ASSIGN_START.match(line)
    start = m.end() if m else len(line) - len(line.lstrip())
    colons = _chain_colons(line, start)
    key = _KEY_START.match(line)
    if not colons and key:
        # the chain is an array's or aggregation's key (`@seen[c1 ? v1 : c2 ? ...]`)
        start = key.end()
        colons = _chain_colons(line, start)
    if not colons:
        return [line]
    pad = " " * start
    cuts = [start] + [at + 1 for at in colons[:-1]]
    return [(line[:start] if n == 0 else pad) + line[a:b].strip()
            for n, (a, b) in enumerate(zip(cuts, cuts[1:] + [len(line)]))]


# an array or aggregation element stored to: `    @counts[` / `    counts[`
_SUBSCRIPT_START = re.compile(r"(\s*@?[A-Za-z_]\w*)\[")
# what may follow its `]`: a store (`= count();`, `+= 1`, `<<< 1`) or a step (`++;`)
_STORE_REST = re.compile(r" *(?:[-+*/%&|^.]?=(?!=)|<<<) *[^;]*;?| *(?:\+\+|--) *;?")


def wrap_subscript_line(line: str, limit: int = LIMIT, width: int = WIDTH) -> list[str]:
    """A long store into an element of several keys (D's `@counts[execname, pid,
    ...] = count();`, stap's `counts[...] <<< 1`) broken after the subscript's
    commas, each line filled up to `width` columns and going on under the first
    key; a key that is a long `?:` chain is then broken at its arms
    (wrap_chain_line)."""
    m = _SUBSCRIPT_START.match(line)
    if len(line) <= limit or m is None:
        return [line]
    parsed = top_level_args(line, m.end() - 1)
    if parsed is None:
        return [line]
    keys, close = parsed
    if len(keys) < 2 or any(not k for k in keys) or not _STORE_REST.fullmatch(line[close + 1:]):
        return [line]
    head = line[:m.end()]
    pad = " " * len(head)
    lines = _filled(head, keys, line[close:], width)
    return [part for ln in lines for part in
            (wrap_chain_line(ln, limit) if ln.startswith(pad) else [ln])]


# A line that is a condition alone, split as (head, condition, tail), per language:
# stap's guard for a predicate, `if (c) next` / `if (!(c)) next`; an `if`, `else if`
# or `while` header (its `{` after it); D's `/c/` predicate; Vue's `when (c)`.
# The `!(c)` forms come first: their c is what has operators of its own level.
_HEADER = r"(\s*(?:\} )?(?:else )?(?:if|while) \()(.*)(\)(?: \{)?)$"
_CONDITION_LINES = {
    "stap": [re.compile(r"(\s*if \(!\()(.*)(\)\) next)$"),
             re.compile(r"(\s*if \()(.*)(\) next)$"), re.compile(_HEADER)],
    "d": [re.compile(r"(/)(.*)(/)$"), re.compile(_HEADER)],
    "vue": [re.compile(r"(\s*when \()(.*)(\))$"), re.compile(_HEADER)],
}


def _condition_cuts(cond: str) -> list[int]:
    """Where `cond` may break: after each `&&`, `||`, `?` and `:` of its own level
    (never inside its parentheses or a string); [] where its brackets do not close
    within it (the line was not one condition)."""
    cuts, depth, i = [], 0, 0
    while i < len(cond):
        c = cond[i]
        if c in "\"'":
            j = _quote_end(cond, i)
            if j is None:
                return []
            i = j
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth < 0:
                return []
        elif depth == 0 and cond[i:i + 4] in (" && ", " || "):
            cuts.append(i + 3)  # (after the operator)
        elif depth == 0 and cond[i:i + 3] in (" ? ", " : "):
            cuts.append(i + 2)
        i += 1
    return cuts if depth == 0 else []


def wrap_condition_line(line: str, style: str = "stap", limit: int = LIMIT,
                        width: int = WIDTH) -> list[str]:
    """A long line that is a condition alone (_CONDITION_LINES: stap's `if (c) next`,
    an `if (c)` header, D's `/c/`, Vue's `when (c)`) broken after the `&&`, `||`, `?`
    and `:` of c's own level, each line filled up to `width` columns and going on
    under c's first column, as a long condition is written."""
    if len(line) <= limit:
        return [line]
    for pattern in _CONDITION_LINES[style]:
        m = pattern.match(line)
        cuts = _condition_cuts(m.group(2)) if m else []
        if cuts:
            break
    else:
        return [line]
    start, cond = m.end(1), m.group(2)
    pieces = [cond[a:b].strip() for a, b in zip([0] + cuts, cuts + [len(cond)])]
    lines = _filled(line[:start], pieces, m.group(3), width, sep=" ")
    # a parenthesized operand still too long is broken the same way inside its
    # parentheses, going on under its first column
    return [part for ln in lines for part in _inner_wrapped(ln, start, limit, width)]


def _inner_wrapped(line: str, start: int, limit: int, width: int) -> list[str]:
    """`line`, a line of a broken condition whose operand starts at column `start`,
    broken inside that operand's parentheses where it is longer than `limit` and
    the parentheses hold a condition of operators of their own."""
    if len(line) <= limit or line[start:start + 1] != "(":
        return [line]
    depth, i = 0, start
    while i < len(line):
        if line[i] in "\"'":
            j = _quote_end(line, i)
            if j is None:
                return [line]
            i = j
        elif line[i] in "([{":
            depth += 1
        elif line[i] in ")]}":
            depth -= 1
            if depth == 0:
                break
        i += 1
    cuts = _condition_cuts(line[start + 1:i]) if i < len(line) else []
    if not cuts:
        return [line]
    cond = line[start + 1:i]
    pieces = [cond[a:b].strip() for a, b in zip([0] + cuts, cuts + [len(cond)])]
    lines = _filled(line[:start + 1], pieces, line[i:], width, sep=" ")
    return [part for ln in lines for part in _inner_wrapped(ln, start + 1, limit, width)]


def wrap_guard_line(line: str, limit: int = LIMIT, width: int = WIDTH) -> list[str]:
    """A long stap `if (c) next` broken after the operators of c's own level
    (wrap_condition_line)."""
    return wrap_condition_line(line, "stap", limit, width)


def wrap_long_calls(text: str, style: str) -> str:
    """Every long call line of a port's `text` in `style` ("stap", "d" or "vue")
    broken over lines (wrap_call_line, wrap_chain_line), and every long condition
    (wrap_condition_line); comments, and D's and Vue's `#` lines, are left as they
    are."""
    out: list[str] = []
    in_comment = False
    for line in text.split("\n"):
        code = line.lstrip()
        if style != "stap" and (in_comment or code.startswith("/*")):
            # (a C comment's lines, to its `*/`)
            in_comment = "*/" not in line[line.find("/*") + 2 if "/*" in line else 0:]
            out.append(line)
        elif len(line) > LIMIT and not code.startswith("#"):
            out.extend(part for sub in wrap_subscript_line(line) for ln in wrap_call_line(sub)
                       for part in wrap_chain_line(ln)
                       for part in wrap_condition_line(part, style))
        else:
            out.append(line)
    return "\n".join(out)
