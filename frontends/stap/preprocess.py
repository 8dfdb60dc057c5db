"""stap's preprocessor, run on the text before the grammar sees it:

- conditionals `%( CONDITION %? TRUE-TOKENS %: FALSE-TOKENS %)` (the `%:` part
  optional), on `kernel_v`, `kernel_vr`, `arch`, `runtime`, `systemtap_v`,
  `systemtap_privilege`, `guru_mode`, `CONFIG_*` (the target kernel's .config),
  `$#` / `@#`, joined with `&&` / `||` and parentheses;
- macros `@define NAME %( BODY %)` and `@define NAME(a, b) %( ... @a ... %)`,
  used as `@NAME` / `@NAME(x, y)`.

Text that is not kept becomes spaces (newlines stay), so every location in
the rest of the script is unchanged; a macro's expansion is put on one line.
"""

from __future__ import annotations

import fnmatch
import os
import re
from pathlib import Path
from typing import Optional

from xtrace.ir.loc import Loc, XtraceError

# The target kernel's release; the driver sets it when it knows the target
# before parsing. None: the default target's (the host's when it can load
# modules, else the sandbox's default kernel).
KERNEL_RELEASE: Optional[str] = None

SYSTEMTAP_V = "5.0"  # the stap language version xtrace follows

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<str>"(?:\\.|[^"\\\n])*")
  | (?P<num>0[xX][0-9a-fA-F]+|\d+)
  | (?P<argc>[$@]\#)
  | (?P<id>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>&&|\|\||==|!=|<=|>=|<|>|\(|\)|!)
""", re.X)


def target_release() -> str:
    """The release `kernel_v` / `kernel_vr` compare against."""
    if KERNEL_RELEASE:
        return KERNEL_RELEASE
    try:
        from xtrace.driver.targets import host_can_load_modules
        if host_can_load_modules():
            return os.uname().release
        from xtrace.sandbox import kernel as sk
        return sk.resolve_release(None)
    except Exception:  # noqa: BLE001 - no sandbox metadata: the host's kernel is the best guess
        return os.uname().release


def _version_key(v: str) -> list:
    return [int(x) if x.isdigit() else x for x in re.findall(r"\d+|[A-Za-z]+", v)]


def without_comments(source: str) -> str:
    """`source` with its comments (`#`, `//`, `/* */`) blanked, newlines kept; strings
    and embedded C (`%{ %}`) as they are."""
    sc = _Scanner(source, "")
    out, i = [], 0
    while i < len(source):
        j = sc.skip_atom(i)
        if j == i:
            out.append(source[i])
            i += 1
            continue
        piece = source[i:j]
        comment = piece[0] in "#/" and not piece.startswith('"')
        out.append("".join(c if c == "\n" else " " for c in piece) if comment else piece)
        i = j
    return "".join(out)


class _Scanner:
    """Walks the source, copying or blanking text, honouring strings, comments and %{ %}."""

    def __init__(self, source: str, filename: str) -> None:
        self.src = source
        self.file = filename
        self.macros: dict[str, tuple[list[str], str]] = {}
        self._release: Optional[str] = None
        self.argc = 0  # script arguments, for `$#` / `@#`

    # -------------------------------------------------------------- helpers
    def loc(self, pos: int) -> Loc:
        line = self.src.count("\n", 0, pos) + 1
        col = pos - (self.src.rfind("\n", 0, pos) + 1) + 1
        return Loc(self.file, line, col)

    def error(self, msg: str, pos: int) -> XtraceError:
        err = XtraceError(msg, self.loc(pos), self.src, kind="parse error")
        err.stap_at = True  # stap's preprocessor names the token it stopped at
        return err

    def skip_atom(self, i: int) -> int:
        """If a string, comment or embedded-C block starts at i, the index after it; else i."""
        s = self.src
        if s.startswith('"', i):
            j = i + 1
            while j < len(s) and s[j] not in '"\n':
                j += 2 if s[j] == "\\" else 1
            return min(j + 1, len(s))
        if (s.startswith("#", i) and not (i > 0 and s[i - 1] in "$@")) or s.startswith("//", i):
            j = s.find("\n", i)
            return len(s) if j < 0 else j
        if s.startswith("/*", i):
            j = s.find("*/", i + 2)
            return len(s) if j < 0 else j + 2
        if s.startswith("%{", i):
            j = s.find("%}", i + 2)
            return len(s) if j < 0 else j + 2
        return i

    def find_marks(self, i: int, end_marks: tuple[str, ...]) -> tuple[int, str]:
        """The next of `end_marks` at this nesting level from i: (index, mark)."""
        s = self.src
        while i < len(s):
            j = self.skip_atom(i)
            if j != i:
                i = j
                continue
            if s.startswith("%(", i):
                i = self.skip_conditional(i)
                continue
            for m in end_marks:
                if s.startswith(m, i):
                    return i, m
            i += 1
        return -1, ""

    def skip_conditional(self, i: int) -> int:
        """The index after the `%)` closing the conditional that starts at i."""
        j, m = self.find_marks(i + 2, ("%)",))
        if j < 0:
            raise self.error("incomplete conditional - missing '%)'", i)
        return j + 2

    # ---------------------------------------------------------- conditions
    def condition(self, text: str, pos: int) -> bool:
        toks: list[tuple[str, str]] = []
        starts: list[int] = []
        k = 0
        while k < len(text):
            m = _TOKEN.match(text, k)
            if not m:
                raise self.error(f"unexpected '{text[k]}' in preprocessor condition", pos + k)
            k = m.end()
            if m.lastgroup != "ws":
                toks.append((m.lastgroup, m.group()))
                starts.append(pos + m.start())
        self._toks, self._k, self._pos, self._starts = toks, 0, pos, starts
        value = self._or()
        if self._k != len(toks):
            raise self.error(f"unexpected '{toks[self._k][1]}' in preprocessor condition", pos)
        return value

    def _peek(self) -> tuple[str, str]:
        return self._toks[self._k] if self._k < len(self._toks) else ("end", "")

    def _take(self) -> tuple[str, str]:
        t = self._peek()
        if self._k < len(self._starts):
            self._pos = self._starts[self._k]
        self._k += 1
        return t

    def _or(self) -> bool:
        v = self._and()
        while self._peek()[1] == "||":
            self._take()
            v = self._and() or v
        return v

    def _and(self) -> bool:
        v = self._unary()
        while self._peek()[1] == "&&":
            self._take()
            v = self._unary() and v
        return v

    def _unary(self) -> bool:
        if self._peek()[1] == "!":
            self._take()
            return not self._unary()
        if self._peek()[1] == "(":
            self._take()
            v = self._or()
            if self._take()[1] != ")":
                raise self.error("missing ')' in preprocessor condition", self._pos)
            return v
        return self._comparison()

    def _comparison(self) -> bool:
        kind, name = self._take()
        name_pos = self._pos
        op = self._take()[1]
        op_pos = self._pos
        if op not in ("==", "!=", "<", "<=", ">", ">="):
            raise self.error(f"expected a comparison after '{name}' in preprocessor condition", self._pos)
        rkind, rhs = self._take()
        rhs_pos = self._pos
        if rkind == "str":
            rhs = rhs[1:-1]
        elif rkind not in ("num", "id"):
            raise self.error(f"expected a string or number after '{op}' in preprocessor condition", self._pos)
        if kind == "argc":
            # stap's lexer turns `$#` into a number and `@#` into a string before the condition
            kind, name = ("num", str(self.argc)) if name[0] == "$" else ("str", f'"{self.argc}"')
        if kind in ("num", "str"):
            # two literals: stap compares them as they are (no wildcards), but only alike
            if rkind != kind:
                want = "number" if kind == "num" else "string"
                raise self.error(f"expected {want} literal as right value", rhs_pos)
            if kind == "num":
                return _compare_int(int(name, 0), op, int(rhs, 0))
            return _compare_ord(name[1:-1], op, rhs)
        if kind != "id":
            raise self.error(f"unexpected '{name}' in preprocessor condition", self._pos)
        self._name_pos = name_pos
        if rkind == "id" and not (name.startswith("CONFIG_") and rhs.startswith("CONFIG_")):
            raise self.error(f"expected a string or number after '{op}' in preprocessor condition", rhs_pos)
        if name == "guru_mode":
            if rkind != "num":
                raise self.error("expected number literal as right value", rhs_pos)
            return _compare_int(0, op, int(rhs, 0))
        if name.startswith("CONFIG_"):
            return self._config(name, op, rkind, rhs, op_pos)
        value, versioned = self._fact(name)
        if rkind != "str":
            raise self.error("expected string literal", rhs_pos)
        wildcard = any(c in rhs for c in "*?[")
        if op in ("==", "!="):
            hit = fnmatch.fnmatchcase(value, rhs)
            return hit if op == "==" else not hit
        if not versioned:
            # stap orders versions only; arch, runtime and privilege are names
            raise self.error("expected '==' or '!='", op_pos)
        if wildcard:
            raise self.error("wildcard not allowed with order comparison operators", rhs_pos)
        return _compare_ord(_version_key(value), op, _version_key(rhs))

    def _config(self, name: str, op: str, rkind: str, rhs: str, op_pos: int) -> bool:
        """`CONFIG_X OP "glob"` (== / != only), `CONFIG_X OP number`, `CONFIG_X OP CONFIG_Y`."""
        config = self.kernel_config()
        value = config.get(name, "")
        if rkind == "str":
            if op not in ("==", "!="):
                raise self.error("expected '==' or '!='", op_pos)
            hit = fnmatch.fnmatchcase(value, rhs)
            return hit if op == "==" else not hit
        if rkind == "num":
            try:
                lhs = int(value, 0)
            except ValueError:
                raise self.error("Config option value not a number", self._name_pos) from None
            return _compare_int(lhs, op, int(rhs, 0))
        other = config.get(rhs, "")
        try:
            return _compare_int(int(value, 0), op, int(other, 0))
        except ValueError:
            return _compare_ord(value, op, other)

    def _fact(self, name: str) -> tuple[str, bool]:
        if name in ("kernel_v", "kernel_vr"):
            rel = self.release()
            return (rel if name == "kernel_vr" else re.match(r"[\d.]*", rel).group().rstrip(".")), True
        if name == "arch":
            return os.uname().machine, False
        if name == "runtime":
            return "kernel", False
        if name == "systemtap_v":
            return SYSTEMTAP_V, True
        if name == "systemtap_privilege":
            return "stapdev", False
        if name.startswith("CONFIG_"):
            return self.kernel_config().get(name, ""), False
        raise self.error(f"unknown preprocessor condition '{name}' (kernel_v, kernel_vr, arch, "
                         "runtime, systemtap_v, systemtap_privilege, guru_mode, CONFIG_*, $#, @#)",
                         self._name_pos)

    def release(self) -> str:
        if self._release is None:
            self._release = target_release()
        return self._release

    def kernel_config(self) -> dict[str, str]:
        rel = self.release()
        for p in (Path(f"/usr/src/linux-headers-{rel}/.config"), Path(f"/lib/modules/{rel}/build/.config"),
                  Path(f"/boot/config-{rel}")):
            if p.exists():
                out = {}
                for line in p.read_text(errors="replace").splitlines():
                    k, eq, v = line.partition("=")
                    if eq and k.startswith("CONFIG_"):
                        out[k] = v.strip('"')
                return out
        raise self.error(f"CONFIG_ conditions need the kernel's .config (none found for {rel})", self._pos)


def _compare_int(a: int, op: str, b: int) -> bool:
    return _compare_ord(a, op, b)


def _compare_ord(a, op: str, b) -> bool:
    return {"==": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def preprocess(source: str, filename: str, argc: int = 0, library: str = "") -> str:
    """The script with conditionals resolved and macros expanded, locations kept.
    `argc`: how many script arguments there are (`$#`, `@#`); `library`: the
    tapset's macro definitions (stap's .stpm files) the script may use."""
    if "%(" not in source and "@define" not in source and not library:
        return source
    sc = _Scanner(source, filename)
    sc.argc = argc
    if library:
        lib = _Scanner(library, "<xtrace tapset>")
        _resolve(lib, 0, len(library))
        sc.macros.update(lib.macros)
    return _expand(sc, _resolve(sc, 0, len(source)), sc.macros)


def _resolve(sc: _Scanner, start: int, end: int) -> str:
    """source[start:end] with every conditional replaced by its chosen branch and
    @define definitions blanked (recorded in sc.macros)."""
    s = sc.src
    out: list[str] = []
    i = start
    while i < end:
        j = sc.skip_atom(i)
        if j != i:
            out.append(s[i:j])
            i = j
            continue
        if s.startswith("%(", i):
            i = _conditional(sc, i, out)
            continue
        if s.startswith("@define", i) and not _ident_char(s, i + 7):
            i = _define(sc, i, out)
            continue
        out.append(s[i])
        i += 1
    return "".join(out)


def _ident_char(s: str, i: int) -> bool:
    return i < len(s) and (s[i].isalnum() or s[i] == "_")


def _conditional(sc: _Scanner, i: int, out: list[str]) -> int:
    s = sc.src
    q, mark = sc.find_marks(i + 2, ("%?", "%)"))
    if mark != "%?":
        raise sc.error("expected '%?' in conditional", i)
    colon, mark = sc.find_marks(q + 2, ("%:", "%)", "%?"))
    if colon < 0:
        raise sc.error("incomplete conditional - missing '%)'", i)
    if mark == "%?":
        raise sc.error("incomplete conditional - missing '%('", colon)
    close = colon
    if mark == "%:":
        close, extra = sc.find_marks(colon + 2, ("%)", "%?", "%:"))
        if close < 0:
            raise sc.error("incomplete conditional - missing '%)'", i)
        if extra == "%:":
            raise sc.error("invalid conditional - duplicate '%:'", close)
        if extra == "%?":
            raise sc.error("incomplete conditional - missing '%('", close)
    keep_true = sc.condition(s[i + 2:q], i + 2)
    out.append(_blank(s[i:q + 2]))
    if keep_true:
        out.append(_resolve(sc, q + 2, colon))
        out.append(_blank(s[colon:close + 2]))
    else:
        out.append(_blank(s[q + 2:colon + 2]))
        if mark == "%:":
            out.append(_resolve(sc, colon + 2, close))
        out.append(_blank(s[close:close + 2]))
    return close + 2


_DEFINE = re.compile(r"@define\s+([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(([^)]*)\))?\s*%\(")


def _define(sc: _Scanner, i: int, out: list[str]) -> int:
    s = sc.src
    m = _DEFINE.match(s, i)
    if not m:
        raise sc.error("expected '@define NAME %( ... %)' or '@define NAME(args) %( ... %)'", i)
    params = [p.strip() for p in m.group(2).split(",")] if m.group(2) and m.group(2).strip() else []
    for p in params:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", p):
            raise sc.error(f"bad macro parameter '{p}'", i)
    body_start = m.end()
    close, _ = sc.find_marks(body_start, ("%)",))
    if close < 0:
        raise sc.error("incomplete macro definition - missing '%)'", i)
    # A use expands onto one line (_expand keeps the script's line numbers), where a
    # `#` or `//` comment of the body would swallow the rest of it: stap's macros are
    # tokens, comments already gone, so the body is kept without them.
    sc.macros[m.group(1)] = (params, without_comments(_resolve(sc, body_start, close)))
    out.append(_blank(s[i:close + 2]))
    return close + 2


# Text one use of a macro in the script may expand to: past it, a @define that uses
# another several times, nested, is growing exponentially (8 uses 8 deep: 16M copies).
_MAX_EXPANSION = 1 << 20


def _expand(sc: _Scanner, text: str, macros: dict, depth: int = 0, at: int = -1) -> str:
    """`@NAME` and `@NAME(args)` of defined macros replaced by their bodies (on one line).
    `at`: where in the script the outermost use being expanded is (depth > 0), the
    place for errors in text that is not the script's."""
    if not macros:
        return text
    if depth > 20:
        raise sc.error("macro expansion nests too deep (a recursive @define?)", at)
    out: list[str] = []
    size = 0
    i = 0
    pat = re.compile(r"@([A-Za-z_][A-Za-z0-9_]*)")
    while i < len(text):
        j = _skip_text_atom(text, i)
        if j != i:
            out.append(text[i:j])
            i = j
            continue
        m = pat.match(text, i)
        if not m or m.group(1) not in macros:
            out.append(text[i])
            i += 1
            continue
        params, body = macros[m.group(1)]
        i = m.end()
        args: list[str] = []
        if params:
            k = i
            while k < len(text) and text[k] in " \t":
                k += 1
            if k >= len(text) or text[k] != "(":
                raise sc.error(f"macro @{m.group(1)} takes {len(params)} argument(s)",
                               m.start() if depth == 0 else at)
            args, i = _macro_args(text, k + 1)
            if len(args) != len(params):
                raise sc.error(f"macro @{m.group(1)} takes {len(params)} argument(s), got {len(args)}",
                               m.start() if depth == 0 else at)
        use = m.start() if depth == 0 else at
        expanded = _substitute(body, dict(zip(params, args)))
        out.append(_expand(sc, expanded, macros, depth + 1, use).replace("\n", " "))
        size += len(out[-1])
        if depth > 0 and size > _MAX_EXPANSION:
            raise sc.error(f"macro expansion is too large (over {_MAX_EXPANSION} characters: "
                           "a @define using another many times over?)", at)
    return "".join(out)


def _skip_text_atom(t: str, i: int) -> int:
    if t.startswith('"', i):
        j = i + 1
        while j < len(t) and t[j] not in '"\n':
            j += 2 if t[j] == "\\" else 1
        return min(j + 1, len(t))
    for a, b in (("#", "\n"), ("//", "\n"), ("/*", "*/"), ("%{", "%}")):
        if t.startswith(a, i) and not (a == "#" and i > 0 and t[i - 1] in "$@"):
            j = t.find(b, i + len(a))
            return len(t) if j < 0 else (j if b == "\n" else j + len(b))
    return i


def _macro_args(t: str, i: int) -> tuple[list[str], int]:
    args, depth, cur = [], 0, []
    while i < len(t):
        j = _skip_text_atom(t, i)
        if j != i:
            cur.append(t[i:j])
            i = j
            continue
        c = t[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                args.append("".join(cur).strip())
                return ([] if args == [""] else args), i + 1
            depth -= 1
        elif c == "," and depth == 0:
            args.append("".join(cur).strip())
            cur = []
            i += 1
            continue
        cur.append(c)
        i += 1
    return args, i


def _substitute(body: str, values: dict[str, str]) -> str:
    if not values:
        return body
    return re.sub(r"@([A-Za-z_][A-Za-z0-9_]*)",
                  lambda m: values.get(m.group(1), m.group(0)), body)

