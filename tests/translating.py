"""Translate a script for a test and prove the result is real code of the target
language by parsing it again (the translate tests share this)."""

from __future__ import annotations

import re
from pathlib import Path

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir import nodes as ir

EXT = {"d": ".d", "stap": ".stp", "vue": ".e"}
CONFORMANCE = Path(__file__).resolve().parent.parent / "conformance"


def translated(text: str, to: str, lang: str = "stap") -> str:
    """`text` (a script in `lang`) translated to `to`; fails the test if the
    target's frontend does not parse the translation."""
    out = translate_text(text, "t" + EXT[lang], lang, to)
    frontends.parse(out, "back" + EXT[to], to)
    return out


def port(text: str, lang: str, to: str) -> str:
    """`text` (a script in `lang`) translated to `to` and parsed again (translated())."""
    return translated(text, to, lang)


def case_port(case: str, to: str) -> str:
    """Conformance case `case` ("d/name.d") translated to `to` and parsed again."""
    return port((CONFORMANCE / case).read_text(), case.split("/")[0], to)


def stap_probe(out: str, point: str) -> str:
    """The text of a stap port's probe on `point` (its first line to its closing brace)."""
    start = out.index(f"probe {point}")
    return out[start:out.index("\n}\n", start) + 2]


def probe_lines(out: str) -> str:
    """A port's lines from its first probe on, stripped, comments left out: for the
    tests that check in what order a port does things."""
    lines = [ln.strip() for ln in out.splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith(("#", "/*", "*"))]
    start = next(i for i, ln in enumerate(lines) if ln.startswith(("probe", "@@")))
    return "\n".join(lines[start:])


def unwrapped(text: str) -> str:
    """`text` with the lines a port breaks a long call, `?:` chain or condition over
    joined again (frontends/linewrap.py): for the tests that check what a statement
    says, not its layout (tests/test_translate_read15.py and read18 check the
    layout)."""
    return re.sub(r"([,:?]|&&|\|\|)\n[ \t]+", r"\1 ", text)


def assigned_value(prog, name: str):
    """The value the (single) probe's body assigns to local `name` (a stap tapset
    alias's variable: the tests of what an alias sets share this)."""
    [probe] = prog.probes
    values = [s.value for s in ir.walk(probe.body)
              if isinstance(s, ir.Assign) and isinstance(s.target, ir.Var) and s.target.name == name]
    assert values, f"{name} is not assigned"
    return values[0]


def d_member_values(text: str) -> dict[str, ir.Expr]:
    """What each of a D script's translated provider members (`args[0]->b_flags`,
    `args[1]->dev_pathname` ...) is in the IR, by its D spelling."""
    prog = frontends.parse(text, "t.d", "d")
    return {n.text: n.value for p in prog.probes for n in ir.walk([p.body, p.predicate])
            if isinstance(n, ir.Translated)}
