"""Inputs the robustness fuzzing found that broke a translation (regressions).

Each is the smallest script that showed the fault; the translation must finish
(or fail with a located XtraceError) instead of looping or raising a Python
exception.
"""

from __future__ import annotations

import pytest

from xtrace.driver.translate import _translation_target, translate_text


@pytest.fixture()
def target():
    return _translation_target()


def test_a_vue_list_appended_to_and_never_read_is_dropped_in_stap(target):
    """ir.deadstores counted an aggregation's update as a store it could drop but
    never dropped it, so the stap printer's loop to a fixpoint never ended. Vue
    prints nothing for a list nobody reads; stap would print it at exit: the
    update goes, as an unread variable's store does."""
    out = translate_text("@@BEGIN\n{\n\tappend(unread, 4);\n\texit();\n}\n", "u.e", "vue", "stap",
                         target=target)
    assert out == "probe begin\n{\n    exit()\n}\n"


def test_a_vue_list_that_is_read_keeps_its_updates(target):
    src = ("__list sizes;\n@@BEGIN\n{\n\tappend(sizes, 9);\n\texit();\n}\n"
           "@@END\n{\n\tprintf(\"%lld\\n\", count(sizes));\n}\n")
    out = translate_text(src, "l.e", "vue", "stap", target=target)
    assert "sizes <<< 9" in out and "@count(sizes)" in out
