"""Bad input gets an XtraceError with a location, never a Python exception.

Seeded random mutations of the example scripts go through passes 1-3; each
either compiles or fails with an XtraceError. A sample of the conformance
scripts, mutated, also goes through `translate` into the other two languages,
with and without --force. (The wider campaign that found the regressions of
tests/test_robustness_*.py mutated every conformance script, ANTLR tokens as
well as characters.)
"""

from __future__ import annotations

import copy
import random
from pathlib import Path

import pytest

from xtrace import frontends
from xtrace.backend_c.codegen import generate
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
CONFORMANCE = Path(__file__).resolve().parent.parent / "conformance"
SNIPPETS = ["{", "}", "(", ")", '"', "/", "*", "@", "$1", "\\", "%", "++", "<<<", ";", ",", ":", "\n",
            "probe", "global", "if", "else", "exit()", "@@", "__pid", "count()", "[", "]", "'", "0x",
            "999999999999999999999999", "-", "==", ".", "#", "/*", "*/", "\t", "\0", "é"]


@pytest.fixture(scope="module")
def target():
    from xtrace.driver.translate import _translation_target
    t = _translation_target()
    t.functions = {"vfs_read", "ksys_sync"}
    return t


def mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(text) + 1)
        op = rng.random()
        if op < 0.4:
            text = text[:i] + rng.choice(SNIPPETS) + text[i:]
        elif op < 0.8:
            text = text[:i] + text[i + rng.randint(1, 5):]
        else:
            j = rng.randrange(len(text) + 1)
            text = text[:i] + text[j:j + 8] + text[i:]
    return text


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.iterdir()))
def test_mutated_scripts_fail_cleanly(example, target):
    rng = random.Random(example)
    source = (EXAMPLES / example).read_text()
    lang = frontends.lang_for(example)
    outcomes = {"ok": 0, "error": 0}
    for _ in range(150):
        text = mutate(source, rng)
        try:
            prog = frontends.parse(text, example, lang)
            analyze(prog, target)
            generate(analyze(prog, target))
            outcomes["ok"] += 1
        except XtraceError as ex:
            assert ex.message
            outcomes["error"] += 1
            rendered = ex.render()
            assert "Traceback" not in rendered
    assert outcomes["error"] > 0


NESTED = {
    "d": ("BEGIN {{ x = {}; trace(x); exit(0); }}\n", "x.d"),
    "stap": ("probe begin {{ x = {}; println(x); exit() }}\n", "x.stp"),
    "vue": ("int x;\n@@BEGIN {{ x = {}; printf(\"%d\\n\", x); exit(); }}\n", "x.e"),
}


@pytest.mark.parametrize("lang", sorted(NESTED))
def test_deep_nesting_is_compiled_or_refused_where_it_is_too_deep(lang, target):
    """Parentheses and operator chains hundreds deep go through every pass; deeper
    than the parser's limit they are an error at the place, never a RecursionError
    (Python's default recursion limit stopped at about 450 parentheses)."""
    template, name = NESTED[lang]
    for expr in ("(" * 300 + "1" + ")" * 300, "1+" * 150 + "1", "- " * 150 + "1"):
        generate(analyze(frontends.parse(template.format(expr), name, lang), target))
    deep = "(" * 2000 + "1" + ")" * 2000
    with pytest.raises(XtraceError, match="nests too deeply") as err:
        frontends.parse(template.format(deep), name, lang)
    assert err.value.loc.line == template.count("\n", 0, template.index("{}")) + 1
    assert 300 < err.value.loc.col < 2000  # at the parenthesis past the limit


def _conformance_sample() -> list[Path]:
    """Every 75th conformance script of each language (the parser suites' too): a
    dozen scripts across the three frontends, the same ones every run."""
    out = []
    for lang, ext in (("d", ".d"), ("stap", ".stp"), ("vue", ".e")):
        out += sorted((CONFORMANCE / lang).rglob(f"*{ext}"))[::75]
    return out


@pytest.fixture(scope="module")
def translation_base():
    from xtrace.driver.translate import _translation_target
    return _translation_target()


@pytest.mark.parametrize("path", _conformance_sample(), ids=lambda p: str(p.relative_to(CONFORMANCE)))
def test_mutated_conformance_scripts_fail_cleanly_in_every_pass_and_translation(path, target, translation_base):
    from xtrace.driver.translate import translate_text
    from xtrace.frontends.gaps import Gaps
    rng = random.Random(path.name)
    source = path.read_text()
    lang = frontends.lang_for(path.name)
    for _ in range(12):
        text = mutate(source, rng)
        try:
            prog = frontends.parse(text, path.name, lang)
        except XtraceError as ex:
            assert ex.message and "Traceback" not in ex.render()
            continue  # a script that does not parse has nothing to translate
        try:
            generate(analyze(prog, target))
        except XtraceError as ex:
            assert ex.message and "Traceback" not in ex.render()
        for to in sorted(set(frontends.LANGS) - {lang}):
            for force in (False, True):
                gaps = Gaps(force=force)
                try:
                    translate_text(text, path.name, lang, to, target=copy.copy(translation_base), gaps=gaps)
                except XtraceError as ex:
                    assert ex.message and "Traceback" not in ex.render()
                for gap in gaps.found:
                    assert gap.loc is not None and gap.loc.line > 0, gap.render()
