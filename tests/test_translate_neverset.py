"""A stap global array nothing stores into, ported to Vue.

stap warns of a never-assigned global and reads 0 (or "") for each element; a
Vue port that read the array would not compile (xtrace's Vue, as probevue,
refuses an array never declared or assigned). The port reads the value stap
reads, with a note saying why. (Found by fuzzing the translators.)"""

from __future__ import annotations

from xtrace import frontends
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.ir.analysis import analyze

SRC = """\
global n, seen, names
probe syscall.read { n++; if (seen[pid()]) printf("again\\n") }
probe end { printf("%d %d [%s] %d\\n", n > 0, seen[1], names[2], [3] in seen) }
"""


def test_reads_of_an_array_nothing_sets_are_its_zero_in_vue():
    out = translate_text(SRC, "n.stp", "stap", "vue")
    analyze(frontends.parse(out, "back.e", "vue"), _translation_target())  # it compiles
    assert "    if (0)\n        printf(\"again\\n\");\n" in out
    # (the empty string is spliced into the format, as a constant string is)
    assert 'printf("%d %d [] %d\\n", n > 0, 0, 0);' in out
    assert "/* 'seen' is never set: each of its elements reads as 0 (stap warns of it)" in out
    assert "/* 'names' is never set: each of its elements reads as an empty string" in out


def test_membership_in_an_array_nothing_sets_is_a_read_of_it_in_d():
    """D declares the array and reads 0 for it: `k in a` is `a[k] != 0`, no companion
    array of its keys."""
    out = translate_text(SRC, "n.stp", "stap", "d")
    frontends.parse(out, "back.d", "d")
    assert 'printf("%d %d [%s] %d\\n", n > 0, seen[1], names[2], seen[3] != 0);' in out
    assert "seen_in" not in out


def test_an_array_the_script_stores_into_is_read_as_before():
    out = translate_text(SRC.replace("n++;", "n++; seen[pid()] = 1;"), "n.stp", "stap", "vue")
    assert "if (seen[__pid])" in out and "never set" not in out.split("'names'")[0]
