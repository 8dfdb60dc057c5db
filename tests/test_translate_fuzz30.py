"""Ports found wrong by mutation fuzzing of the conformance scripts (session 45).

member_sched_switch.stp without its `global done`: `done` is then a local of the
probe, 0 where its `if (!done && cpu() == 0)` tests it. The stap lowering made
the `if` around the whole body the probe's predicate, which the D port wrote
`/!this->done && cpu == 0/` above the body's `this->done = 0;`: dtrace refuses a
clause-local a predicate names before any clause sets it. A condition reading a
local now stays in the body (frontends/common.py whole_body_guard).
"""

from __future__ import annotations

from xtrace import frontends
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.ir.analysis import analyze

SRC = ('probe kernel.trace("sched_switch") {\n'
       '  if (!done && cpu() == 0) {\n'
       '    done = 1\n'
       '    printf("%d\\n", $prev->pid == tid())\n'
       '    exit()\n'
       '  }\n'
       '}\n')


def test_a_whole_body_if_reading_a_local_stays_an_if_in_the_d_port():
    d = translate_text(SRC, "t.stp", "stap", "d")
    analyze(frontends.parse(d, "port.d", "d"), _translation_target())
    assert "/!this->done" not in d and "if (!this->done && cpu == 0) {" in d


def test_a_whole_body_if_reading_only_globals_is_still_the_predicate():
    src = SRC.replace("probe kernel", "global done\nprobe kernel")
    d = translate_text(src, "t.stp", "stap", "d")
    assert "/!done && cpu == 0/" in d


def test_a_delete_from_an_array_nothing_sets_is_left_out_of_the_vue_port():
    """(delete_in.stp without its `a[i] = i * i`) stap reads 0 from an array nothing
    sets and deleting from it does nothing; the Vue port read it as 0 but still wrote
    `delete(a, 3)` and `clear(a)`, naming an array Vue never saw declared or set."""
    from xtrace.frontends.gaps import Gaps
    src = ('global a\n'
           'probe begin {\n'
           '  delete a[3]\n'
           '  printf("%s\\n", 3 in a ? "in" : "not in")\n'
           '  delete a\n'
           '  exit()\n'
           '}\n')
    vue = translate_text(src, "t.stp", "stap", "vue", gaps=Gaps(force=True))
    analyze(frontends.parse(vue, "port.e", "vue"), _translation_target())
    assert "delete(a" not in vue and "clear(a)" not in vue
    assert "'a' is never set: deleting from it does nothing" in vue
