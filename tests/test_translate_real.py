"""Regressions found by running real scripts (DTraceToolkit, SystemTap's examples,
published ProbeVue scripts) and their translations side by side in the sandbox
(`python -m xtrace.conformance.realrun`, docs/translate-real-scripts.md)."""

from __future__ import annotations

from xtrace import frontends
from xtrace.driver.translate import translate_text

EXT = {"d": ".d", "stap": ".stp", "vue": ".e"}


def _to(text: str, lang: str, to: str) -> str:
    out = translate_text(text, "t" + EXT[lang], lang, to)
    frontends.parse(out, "back" + EXT[to], to)  # it is real code
    return out


def test_d_stringof_a_translated_members_name_is_one_kernel_string_in_stap():
    # DTraceToolkit sigdist.d: args[1]->pr_fname is $task->comm, a char array that
    # stap reads with one kernel_string(); a second one is a type error in stap.
    d = ('proc:::signal-send { @c[execname, stringof(args[1]->pr_fname), args[2]] = count(); }\n')
    stp = _to(d, "d", "stap")
    assert "kernel_string($task->comm)" in stp
    assert "kernel_string(kernel_string(" not in stp
