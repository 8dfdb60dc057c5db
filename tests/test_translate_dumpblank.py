"""D's exit dump of an aggregation without a row, in D and in its ports.

dtrace prints at exit each aggregation no printa() printed a row of; the dump
(dtrace_aggregate_print) walks the aggregations' records, so an aggregation no
clause filled prints nothing there, not even the blank line an explicit printa()
of it prints; and dtrace prints one blank line before the dump's rows (dtrace.c
main()), none between two aggregations. The consumer leaves an empty one out (the
manifest's exit_dump) and prints the blank line once; the stap port prints it only
when the array has a row (`foreach (... limit 1)`, or in the guarded row of an
aggregation without keys), the Vue port in the guarded row of a list, and in a dump
of several only the first with a row (`if (!dumped++) printf("\\n")`); each port
reads back as D's own dump."""

from __future__ import annotations

import io
import struct

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.runtime.stream import REC_AGG_BEGIN, REC_AGG_END, REC_AGG_ENTRY, StreamDecoder

SCRIPT = """#pragma D option quiet
tick-1h { @never[execname] = count(); @nokey = sum(1); }
BEGIN { @has["has"] = count(); exit(0); }
"""

KEYLESS = """#pragma D option quiet
tick-1h { @never = count(); }
BEGIN { @total = sum(3); exit(0); }
"""

# a tick's printa() leaves the dump to a flag (ir/rundumps.py)
FLAGGED = """#pragma D option quiet
syscall::write:entry { @writes[execname] = count(); @total = count(); }
tick-1h { printa(@writes); printa(@total); }
"""

STR_KEY = [{"kind": "str", "bits": 64, "signed": True, "size": 8}]


def _manifest(nagg: int, exit_dump: bool) -> dict:
    prints = [{"agg": i, "name": f"a{i}", "layout": "dtrace", "fmt": None, "value_func": "sum",
               "sort_by": "value", "descending": False, "limit": None, "more": [],
               "exit_dump": exit_dump} for i in range(nagg)]
    return {"lang": "d", "formats": [], "prints": prints, "sites": [], "probes": [], "vars": [],
            "maps": [], "probe_ids": {":BEGIN": 1, ":END": 2, ":ERROR": 3}, "agg_options": {},
            "aggs": [{"name": f"a{i}", "func": "sum", "keys": STR_KEY, "keysize": 8, "spec": {}}
                     for i in range(nagg)]}


def _dump(dec: StreamDecoder, pid: int, rows: dict[str, int]) -> None:
    dec.record(REC_AGG_BEGIN, pid, b"")
    for k, v in rows.items():
        entry = k.encode().ljust(8, b"\0") + struct.pack("<qqqq", 1, v, v, v)
        dec.record(REC_AGG_ENTRY, pid, entry)
    dec.record(REC_AGG_END, pid, b"")


def _printed(exit_dump: bool, tables: list[dict[str, int]]) -> str:
    out = io.StringIO()
    dec = StreamDecoder(_manifest(len(tables), exit_dump), out, io.StringIO())
    for pid, rows in enumerate(tables):
        _dump(dec, pid, rows)
    return out.getvalue()


def test_the_exit_dump_of_an_empty_aggregation_prints_nothing():
    row = f"  {'x':<50s} {7:16d}\n"
    assert _printed(True, [{}, {"x": 7}, {}]) == "\n" + row
    assert _printed(True, [{}, {}]) == ""


def test_the_exit_dump_prints_one_blank_line_before_its_rows():
    # (dtrace.c main(): one "\n" after the last record, then dtrace_aggregate_print(),
    # whose dt_print_agg prints each row with no line between two aggregations)
    row = f"  {'x':<50s} {7:16d}\n"
    assert _printed(True, [{"x": 7}, {}, {"x": 7}]) == "\n" + row + row


def test_a_printa_of_an_empty_aggregation_prints_its_blank_line():
    # (dt_consume's printa: the blank line, then the walk of the rows)
    assert _printed(False, [{}, {}]) == "\n\n"


def _tail(text: str, start: str) -> str:
    return text[text.index(start):]


def test_the_stap_port_prints_the_blank_line_only_with_a_row():
    # (@has, given a row by BEGIN, always has one: its blank line is plain, read16)
    out = translate_text(SCRIPT, "t.d", "d", "stap")
    # (and, the dump being of several, only the first with a row prints it)
    assert _tail(out, "probe end") == """probe end
{
    foreach ([comm] in never limit 1)
        if (!dumped++) printf("\\n")
    foreach ([comm] in never @count+)
        printf("  %-50s %16d\\n", comm, @count(never[comm]))
    if (@count(nokey)) {
        if (!dumped++) printf("\\n")
        printf(" %16d\\n", @sum(nokey))
    }
    if (!dumped++) printf("\\n")
    foreach ([key] in has @count+)
        printf("  %-50s %16d\\n", key, @count(has[key]))
}
"""


def test_an_explicit_printa_keeps_its_blank_line_in_stap():
    # (BEGIN's printa() finds no row: it prints the blank line, dtrace's dump nothing)
    out = translate_text("#pragma D option quiet\ntick-1h { @a[1] = count(); } BEGIN { printa(@a); }",
                         "t.d", "d", "stap")
    assert 'probe begin\n{\n    printf("\\n")\n    foreach ([key] in a @count+)\n' in out
    assert 'probe end\n{\n    foreach ([key] in a limit 1)\n        printf("\\n")\n' in out


def test_the_vue_port_of_a_keyless_dump_guards_the_blank_line():
    out = translate_text(KEYLESS, "t.d", "d", "vue")
    assert _tail(out, "@@END") == """@@END
{
    __auto long long dumped;
    dumped = 0;
    if (count(never) > 0)
    {
        if (!dumped++)
            printf("\\n");
        printf(" %16d\\n", count(never));
    }
    if (count(total) > 0)
    {
        if (!dumped++)
            printf("\\n");
        printf(" %16d\\n", sum(total));
    }
}
"""


def _d_ir(text: str):
    return frontends.parse(text, "t.d", "d").probes


def test_the_ports_read_back_as_d_own_dump():
    for script in (SCRIPT, KEYLESS, FLAGGED):
        for lang, ext in (("stap", "stp"), ("vue", "e")):
            if lang == "vue" and script is not KEYLESS:
                continue  # (Vue refuses D's sorted tables)
            port = translate_text(script, "t.d", "d", lang)
            back = translate_text(port, f"rt.{ext}", lang, "d")
            assert "END" not in back, (lang, back)
            assert _d_ir(back) == _d_ir(script), (lang, back)


def test_a_flagged_dump_guards_its_blank_line_too():
    out = translate_text(FLAGGED, "t.d", "d", "stap")
    assert ("    if (!writes_printed) {\n        foreach ([comm] in writes limit 1)\n"
            '            if (!dumped++) printf("\\n")\n') in out
    assert ('    if (!total_printed) {\n        if (@count(total)) {\n            if (!dumped++) printf("\\n")\n'
            '            printf(" %16d\\n", @count(total))\n') in out


def test_a_normalized_or_stddev_keyless_dump_guards_its_blank_line_in_stap():
    # (neither has a record until a clause fills it: normalize() makes none)
    normalized = translate_text("#pragma D option quiet\ntick-1h { @never = count(); }\n"
                                "BEGIN { normalize(@never, 2); exit(0); }", "t.d", "d", "stap")
    assert _tail(normalized, "probe end") == \
        'probe end\n{\n    if (@count(never)) printf("\\n %16d\\n", @count(never) / never_scale)\n}\n'
    spread = translate_text("#pragma D option quiet\ntick-1h { @never = stddev(4); }\n"
                            "BEGIN { exit(0); }", "t.d", "d", "stap")
    assert 'probe end\n{\n    if (@count(never)) printf("\\n %16d\\n", dtrace_stddev(' in spread
