"""translate --force: what the target cannot say becomes a marked comment, the
rest is translated, and the result still parses in the target language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.frontends.gaps import Gaps
from xtrace.ir.loc import XtraceError

ROOT = Path(__file__).resolve().parent.parent

CASES = [
    # (source file, target, where the gap is, what it says)
    ("examples/count.d", "vue", "count.d:3:5", "sorted aggregation table"),
    ("examples/test2.stp", "d", "test2.stp:3:70", "'argstr' has no D equivalent"),
    ("conformance/stap/autoprint.stp", "vue", "autoprint.stp:1:21", "end-of-run print of the array 'hits'"),
    ("conformance/d/exit_status.d", "stap", "exit_status.d:5:2", "exit with a status cannot be expressed"),
    ("conformance/vue/kernel_var_jiffies.e", "d", "kernel_var_jiffies.e:7:17",
     "Vue's __kernel variables (kernel variables by name) have no D equivalent"),
    ("conformance/vue/kernel_var_jiffies.e", "stap", "kernel_var_jiffies.e:7:17",
     "Vue's __kernel variables (kernel variables by name) have no stap equivalent"),
    ("conformance/vue/printf_date_A.e", "d", "printf_date_A.e:8:32", "Vue's printf %A (a timestamp as a date)"),
    ("conformance/vue/ptree_children.e", "stap", "ptree_children.e:7:2", "Vue's ptree() (the process tree)"),
    ("conformance/stap/perf_type_config.stp", "d", "perf_type_config.stp:6:7",
     "the perf event probe 'perf.type(1).config(2).sample(4)' cannot be expressed in D"),
    ("conformance/stap/perf_type_config.stp", "vue", "perf_type_config.stp:6:7",
     "perf event probes ('perf.type(1).config(2).sample(4)') cannot be expressed in Vue"),
]


@pytest.mark.parametrize("src, to, where, what", CASES, ids=[f"{c[0]}->{c[1]}" for c in CASES])
def test_force_marks_each_gap_and_the_rest_parses(src, to, where, what):
    path = ROOT / src
    lang = frontends.lang_for(path.name)
    with pytest.raises(XtraceError, match=what.replace("(", r"\(").replace(")", r"\)")):
        translate_text(path.read_text(), src, lang, to)
    gaps = Gaps(force=True)
    text = translate_text(path.read_text(), src, lang, to, gaps=gaps)
    assert gaps.found and what in gaps.found[0].message
    marker = next(ln for ln in text.splitlines() if "xtrace --force: not translated" in ln)
    assert where in marker and what in marker
    # the rest is real code of the target language
    target = {"d": "d", "stap": "stap", "stp": "stap", "vue": "vue"}[to]
    frontends.parse(text, "out" + {"d": ".d", "stap": ".stp", "vue": ".e"}[target], target)


def test_force_on_the_command_line_warns_on_stderr():
    r = subprocess.run([sys.executable, "-m", "xtrace.driver", "translate", "--force", "--to", "vue",
                        str(ROOT / "examples/count.d")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "xtrace --force: not translated" in r.stdout
    assert "warning: not translated" in r.stderr and "count.d:3:5" in r.stderr
    r = subprocess.run([sys.executable, "-m", "xtrace.driver", "translate", "--to", "vue",
                        str(ROOT / "examples/count.d")], capture_output=True, text=True)
    assert r.returncode == 1 and "Traceback" not in r.stderr
