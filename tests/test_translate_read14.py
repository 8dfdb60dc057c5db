"""Translations that read as a porter writes them (read14's review of the
conformance ports and the real scripts, 2026-12-05). Each test states the text a
person would write; the IR of the source is untouched by these printer changes
(tests/test_roundtrip.py), and the conformance ports whose text changed ran in the
VM (docs/translate-coverage.md, "Changed 2026-12-05 (read14)")."""

from __future__ import annotations

from xtrace import frontends
from xtrace.driver.translate import translate_text

EXT = {"d": ".d", "stap": ".stp", "vue": ".e"}


def _to(text: str, lang: str, to: str) -> str:
    out = translate_text(text, "t" + EXT[lang], lang, to)
    frontends.parse(out, "back" + EXT[to], to)  # real source of the target
    return out


# -- loop variables of aggregation keys that name nothing --------------------

def test_one_unnamed_key_is_key():
    """A key that is an expression (no variable, built-in or member to name it)
    is `key` in the port's foreach, not a generated `k1`."""
    out = _to('syscall::write:entry { @counts[strjoin(probefunc, "() calls")] = count(); }\n',
              "d", "stap")
    assert "foreach ([key] in counts @count+)" in out
    assert 'printf("  %-50s %16d\\n", key, @count(counts[key]))' in out
    assert "k1" not in out


def test_unnamed_key_beside_named_ones_is_key():
    """Beside named keys, the one unnamed key is `key` (not `k2`, its place)."""
    out = _to("syscall::write:entry { @c[execname, arg0 + 1] = count(); }\n", "d", "stap")
    assert "foreach ([comm, key] in c @count+)" in out


def test_several_unnamed_keys_are_numbered():
    """Several keys that name nothing keep their places' numbers, k1, k2."""
    out = _to("BEGIN { @c[1 + 1, 2 + 2] = count(); exit(0); }\n", "d", "stap")
    assert "foreach ([k1, k2] in c @count+)" in out


def test_stack_key_is_stack():
    """A stack() key is the `stack` its loop variable holds."""
    out = _to("profile-97 { @s[stack()] = count(); }\ntick-1s { exit(0); }\n", "d", "stap")
    assert "foreach ([stack] in s @count+)" in out


def test_two_stack_keys_are_stack1_and_stack2():
    """Two stack keys are stack1 and stack2 (not stack and stack_2, nor k1, k2)."""
    out = _to('#pragma D option quiet\nsyscall::read:entry { @[stack(1), stack(2)] = count(); }\n'
              'END { printa("<%-6k|%6k>%@d\\n", @); }\n', "d", "stap")
    assert "foreach ([stack1, stack2] in counts @count+) {" in out


def test_quantize_print_function_names_its_key():
    """The print function of a keyed quantize() takes `key`, and its comment says so."""
    out = _to('syscall::read:return { @dist[strjoin(probefunc, "x")] = quantize(arg0); }\n',
              "d", "stap")
    assert "# DTrace's distribution of @dist[key]: its buckets from one empty row" in out
    assert "function print_dist(key:string)" in out

