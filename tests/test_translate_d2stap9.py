"""D -> stap as a stap user writes it (d2stap9):

* D's syscall::getdents64 (and ::getdents): stap's syscall.getdents fires for
  both with the one `name` "getdents" and no variable tells them apart, and the
  tapset has no syscall.getdents64; the port is syscall_any tested by the
  kernel's name, reading the raw arguments, and reads back as the one syscall's
  probe (frontends/stap/syscall_alias_points.py, frontends/syscall_named.py).
  Case d/syscall_getdents64.
* clear() of a quantize()/lquantize()/llquantize(): DTrace keeps the keys, every
  bucket 0, and prints the rows around 0 (quantize), the base (lquantize) or
  factor^low (llquantize) (dt_consume.c); the port was refused. Case
  d/agg_clear_quantize (frontends/stap/print_quantize.py).
"""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.frontends.stap.syscall_alias_points import alias_points_named, shared_points_as_any

GETDENTS = """#pragma D option quiet
syscall::{call}:entry /execname == "python3" && (int)arg0 >= 0/ {{ @n[probefunc] = count(); }}
syscall::{call}:return /execname == "python3"/ {{ @r = sum(arg0); }}
"""


@pytest.mark.parametrize("call", ["getdents64", "getdents"])
def test_getdents_calls_are_syscall_any_tested_by_name_and_read_back(call):
    d = GETDENTS.format(call=call)
    out = translate_text(d, "t.d", "d", "stap")
    assert f"syscall.{call}" not in out and "syscall.getdents" not in out
    assert out.count("probe syscall_any\n") == 1 and out.count("probe syscall_any.return\n") == 1
    # the kernel's name (syscall_any's `name`), the raw argument (no `fd` there)
    assert f'if (name != "{call}" || execname() != "python3" || int_arg(1) < 0) next' in out
    assert f'if (name != "{call}" || execname() != "python3") next' in out
    assert "n[name] <<< 1" in out and "fd" not in out
    back = translate_text(out, "t.stp", "stap", "d")
    assert f"syscall::{call}:entry\n/execname == \"python3\" && (int)arg0 >= 0/\n" in back
    assert f"syscall::{call}:return\n/execname == \"python3\"/\n" in back
    assert frontends.parse(back, "b.d", "d").probes == frontends.parse(d, "t.d", "d").probes


def test_only_the_getdents_pair_moves_to_syscall_any():
    prog = frontends.parse("syscall::pipe2:entry { @ = count(); }\n"
                           "syscall::read:entry { @r = count(); }\n", "t.d", "d")
    assert shared_points_as_any(prog) is prog
    moved = alias_points_named(prog)
    assert [pt.name for p in moved.probes for pt in p.points if pt.kind == "syscall"] == ["pipe", "read"]


def test_a_stap_syscall_any_clause_on_another_name_stays_a_wildcard_in_d():
    stp = 'probe syscall_any { if (name == "read" && pid() == 1) printf("%s\\n", name) }\n'
    back = translate_text(stp, "t.stp", "stap", "d")
    assert "syscall::read:entry" not in back and "syscall:::entry" in back


CLEARED = """#pragma D option quiet
BEGIN {{ @q["a"] = {agg}; @q["a"] = {agg}; @k = {agg}; }}
tick-1s {{ printa(@q); printa(@k); clear(@q); clear(@k); }}
"""


@pytest.mark.parametrize("agg, middle", [("quantize(3)", "0"), ("lquantize(12, 10, 20, 5)", "10"),
                                         ("llquantize(50, 10, 1, 3, 10)", "9")])
def test_clear_of_a_histogram_keeps_each_key_on_the_bucket_dtrace_prints_around(agg, middle):
    out = translate_text(CLEARED.format(agg=agg), "t.d", "d", "stap")
    assert "cannot" not in out
    # the counts go, each key's statistics one value: the middle of DTrace's three
    # rows of zeros (lquantize's base, llquantize's bucket below factor^low)
    assert ("    delete q\n    # DTrace keeps @q's keys, every bucket 0: it prints the rows around "
            f"{middle}\n    foreach ([key] in q_buckets)\n        q_cleared[key] = 1\n"
            f"    delete q_buckets\n    foreach ([key] in q_cleared)\n        q_buckets[key] <<< {middle}\n") in out
    assert (f"    delete k\n    if (@count(k_buckets)) {{\n        # DTrace keeps @k, every bucket 0: it "
            f"prints the rows around {middle}\n        delete k_buckets\n        k_buckets <<< {middle}\n"
            "        k_cleared = 1\n    }\n") in out
    # a cleared key's next value starts its statistics again
    assert ('    if ("a" in q_cleared) {\n        delete q_cleared["a"]\n        delete q_buckets["a"]\n'
            '    }\n    q_buckets["a"] <<< bucket\n') in out
    assert "    if (k_cleared) {\n        delete k_cleared\n        delete k_buckets\n    }\n" in out
    assert "global q_cleared  # the keys clear() zeroed in @q, until a value comes again" in out
    # and back: D's aggregations, their clear()s (frontends/d/histograms_back.py)
    back = translate_text(out, "t.stp", "stap", "d")
    assert "    clear(@q);\n    clear(@k);\n" in back and "_cleared" not in back and "_buckets" not in back
    assert frontends.parse(back, "b.d", "d").probes == frontends.parse(CLEARED.format(agg=agg), "t.d", "d").probes


def test_trunc_after_clear_forgets_the_marks_and_uncleared_histograms_have_none():
    d = ('BEGIN { @q["a"] = quantize(3); clear(@q); trunc(@q); }\n'
         'END { @p["b"] = quantize(1); printa(@p); }\n')
    out = translate_text(d, "t.d", "d", "stap")
    assert "delete q\n    delete q_buckets\n    delete q_cleared\n" in out
    assert "p_cleared" not in out


def test_clear_of_a_min_still_says_what_stap_cannot_hold():
    with pytest.raises(Exception, match="clear\\(@m\\) of a min\\(\\) aggregation keeps it"):
        translate_text('BEGIN { @m["a"] = min(3); clear(@m); printa(@m); }', "t.d", "d", "stap")
