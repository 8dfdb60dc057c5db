"""Vue's tentative tracing translated to stap's speculative.stp
(frontends/stap/print_tentative.py).

VM evidence (2026-12-05): `python -m xtrace.conformance --matrix vue/tentative_tracing
vue/tentative_top_level vue/tentative_in_branch`: the Vue originals pass and their
stap ports print the same (vue -> stap 3/3); vue/trace_tentative and trace_variables
-> stap print the same too (trace()'s hex dump built by sprintf, branch spec2). A Vue print(a) inside an open buffer, ported, prints the table at
commit_tentative() (its header, then a line per element)."""

from __future__ import annotations

from pathlib import Path

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.frontends.gaps import Gaps
from xtrace.frontends.stap.print_tentative import UNKNOWN, Flow
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError

CASES = Path(__file__).resolve().parent.parent / "conformance" / "vue"


def _port(name: str) -> str:
    return translate_text((CASES / name).read_text(), name, "vue", "stp")


def _stp(src: str, force: bool = False) -> str:
    return translate_text(src, "t.e", "vue", "stp", gaps=Gaps(force=force))


def _body(text: str, head: str) -> str:
    """The probe `head`'s body (its lines up to the closing brace)."""
    start = text.index(head + "\n{\n") + len(head) + 3
    return text[start:text.index("\n}\n", start) + 1]


# ----------------------------------------------------------- the buffers


def test_each_buffer_is_a_global_given_its_id_in_a_begin_probe_ahead_of_the_script_s():
    stp = _port("tentative_tracing.e")
    assert stp.index("global n\nglobal tentative_t1\nglobal tentative_t2\nglobal tentative_7\n") \
        < stp.index("probe begin\n{\n    # Vue's tentative buffers") < stp.index("probe begin\n{\n    speculate(")
    assert ("    tentative_t1 = speculation()\n    tentative_t2 = speculation()\n"
            "    tentative_7 = speculation()\n}\n") in stp, stp
    # stap reads it back, with the tapset's functions
    prog = frontends.parse(stp, "back.stp", "stap")
    assert {"speculation", "speculate", "commit", "discard"} <= {f.name for f in prog.functions}
    assert [p.points[0].kind for p in prog.probes][:2] == ["begin", "begin"]


def test_records_of_an_open_buffer_speculate_their_text_and_end_tentative_closes_it():
    stp = _port("tentative_top_level.e")
    assert 'probe begin\n{\n    speculate(tentative_1, "held from BEGIN\\n")\n    printf("begin\\n")\n}\n' in stp
    tick = _body(_port("tentative_top_level.e"), "probe timer.ms(100)")
    assert '    speculate(tentative_tick, sprintf("tick %d\\n", n))\n' in tick, tick
    # where the buffer is known, no local holds it
    assert "tentative =" not in tick and "if (tentative)" not in tick


def test_commit_and_discard_keep_their_buffer_s_id():
    stp = _port("tentative_tracing.e")
    assert "        discard(tentative_t2)\n        commit(tentative_t1)\n" in stp, stp
    assert "    commit(tentative_1)\n    printf(\"end\\n\")\n" in _port("tentative_top_level.e")


def test_a_record_after_an_if_that_starts_a_buffer_reads_a_local_holding_it():
    tick = _body(_port("tentative_in_branch.e"), "probe timer.ms(100)")
    assert ("    if (n % 2 == 0) {\n        tentative = tentative_even\n    }\n"
            '    if (tentative) speculate(tentative, sprintf("tick %d\\n", n))\n'
            '    else printf("tick %d\\n", n)\n') in tick, tick


def test_the_local_is_set_only_where_a_record_after_may_read_it():
    """tentative_tracing.e's third branch starts buffer 7 and its record is known to
    go there: nothing after it reads the local, so it is not set."""
    tick = _body(_port("tentative_tracing.e"), "probe timer.ms(100)")
    assert "        tentative = tentative_t1\n        speculate(tentative_t1, \"held 2\\n\")\n" in tick
    assert ('        if (tentative) speculate(tentative, "after commit\\n")\n'
            '        else printf("after commit\\n")\n') in tick, tick
    assert "tentative = tentative_7" not in tick
    assert '        speculate(tentative_7, "never committed\\n")\n        exit()\n' in tick


def test_a_buffer_nothing_reads_is_not_declared():
    stp = _stp('@@BEGIN { start_tentative("a"); end_tentative("a"); printf("x\\n"); exit(); }\n')
    assert "tentative" not in stp and "speculation()" not in stp, stp


def test_the_names_keep_clear_of_the_script_s():
    src = ('int tentative_t1;\n@@BEGIN\n{\n\tint tentative;\n\ttentative = 3;\n\ttentative_t1 = 2;\n'
           '\tif (tentative_t1 > 1) {\n\t\tstart_tentative("t1");\n\t} else {\n'
           '\t\tstart_tentative("t-2");\n\t}\n\tprintf("x %d\\n", tentative);\n'
           '\tcommit_tentative("t1");\n\texit();\n}\n')
    stp = _stp(src)
    assert "global tentative_t1\nglobal tentative\nglobal tentative_t1_2\nglobal tentative_t_2\n" in stp
    assert ("    if (tentative_t1 > 1) {\n        tentative_2 = tentative_t1_2\n    } else {\n"
            "        tentative_2 = tentative_t_2\n    }\n"
            '    if (tentative_2) speculate(tentative_2, sprintf("x %d\\n", tentative))\n') in stp, stp


def test_a_printed_array_in_an_open_buffer_is_held_line_by_line():
    src = ('@@BEGIN\n{\n\ta[1] = 5;\n\tstart_tentative("p");\n\tprint(a);\n\tend_tentative("p");\n'
           '\tprintf("first\\n");\n\tcommit_tentative("p");\n\texit();\n}\n')
    stp = _stp(src)
    assert ('    speculate(tentative_p, sprintf("%-32s | value\\n", "[key]"))\n'
            "    foreach (k+ in a)\n"
            '        speculate(tentative_p, sprintf("%-32d | %d\\n", k, a[k]))\n'
            '    printf("first\\n")\n    commit(tentative_p)\n') in stp, stp


# ----------------------------------------------------------- refusals


def test_trace_in_an_open_buffer_is_its_hex_dump_speculated_row_by_row():
    """trace(v): the dump's text from the translation's own function (print_hexdump),
    one speculate() per row (conformance vue/trace_tentative -> stap passes)."""
    stp = _stp((CASES / "trace_tentative.e").read_text())
    assert "    speculate(tentative_t1, vue_trace_int(dropped, 4, 0))\n" in stp, stp
    assert "    speculate(tentative_t2, vue_trace_int(kept, 4, 0))\n" in stp, stp
    assert "function vue_trace_int:string (dt_v:long, dt_n:long, dt_row:long)\n" in stp, stp


def test_trace_of_a_string_is_a_row_per_16_bytes_and_held_where_the_buffer_is_unknown():
    src = ('String s[20];\n@@BEGIN\n{\n\ts = "hi";\n\tif (s == "hi")\n\t\tstart_tentative("t");\n'
           '\ttrace(s);\n\tcommit_tentative("t");\n}\n')
    stp = _stp(src)
    for row in (0, 16):
        assert (f"    if (tentative) speculate(tentative, vue_trace_str(s, 20, {row}))\n"
                f'    else printf("%s", vue_trace_str(s, 20, {row}))\n') in stp, stp
    assert "        dt_b = dt_j < strlen(dt_v) ? stringat(dt_v, dt_j) & 255 : 0\n" in stp, stp


def test_trace_outside_a_buffer_prints_its_rows():
    stp = _stp((CASES / "trace_variables.e").read_text())
    assert ('    printf("%s", vue_trace_str(s, 20, 0))\n    printf("%s", vue_trace_str(s, 20, 16))\n'
            '    printf("%s", vue_trace_int(i, 4, 0))\n    printf("%s", vue_trace_int(h, 2, 0))\n'
            '    printf("%s", vue_trace_int(ll, 8, 0))\n'
            '    printf("%s", vue_trace_int(t[tid()], 4, 0))\n') in stp, stp


def test_a_user_stack_in_an_open_buffer_is_refused_where_it_is():
    src = ('@@BEGIN\n{\n\tstart_tentative("w");\n\tstktrace(PRINT_SYMBOLS|GET_USER_TRACE, -1);\n'
           '\tcommit_tentative("w");\n}\n')
    with pytest.raises(XtraceError) as e:
        _stp(src)
    assert e.value.message.startswith("Vue's stktrace() of the user stack (GET_USER_TRACE) inside "
                                      "a tentative buffer"), e.value.message
    assert "sprint_ubacktrace()'s, has stap's layout" in e.value.message
    assert (e.value.loc.line, e.value.loc.col) == (4, 2)


def test_a_symbolized_stack_in_an_open_buffer_holds_each_named_frame():
    """stktrace(PRINT_SYMBOLS, LEVELS): backtrace()'s first LEVELS words (19 characters
    each with the separator), each named by the helper cutting symdata() at its '/'
    and held as a line; conformance vue/stktrace_symbols runs the port."""
    src = ('@@BEGIN\n{\n\tstart_tentative("w");\n\tstktrace(PRINT_SYMBOLS, 2);\n'
           '\tend_tentative("w");\n\tcommit_tentative("w");\n}\n')
    stp = _stp(src)
    assert ('    stack = substr(backtrace(), 0, 37)\n'
            '    for (i = 0; i < strlen(stack); i += 19)\n'
            '        speculate(tentative_w, stack_symbol(strtol(substr(stack, i, 18), 16)) . "\\n")\n'
            ) in stp, stp
    assert 'return tokenize(dt_s, "/")' in stp
    assert 'return sprintf("0x%016x", dt_a)' in stp  # no symbol: the address, as Vue prints it


def test_a_raw_stack_in_an_open_buffer_holds_backtraces_words_a_line_each():
    """stktrace(0, LEVELS): `0xADDR` lines, which are backtrace()'s words (from the
    probed code, runtime/xt_stack.h), each held as text; conformance
    vue/tentative_stktrace runs the port."""
    src = ('@@BEGIN\n{\n\tstart_tentative("w");\n\tstktrace(0, 3);\n\tend_tentative("w");\n'
           '\tstktrace(0, -1);\n\tcommit_tentative("w");\n}\n')
    stp = _stp(src)
    assert ('    frames = 0\n'
            '    for (frame = tokenize(backtrace(), " "); frame != "" && frames < 3; '
            'frame = tokenize("", " ")) {\n'
            '        speculate(tentative_w, frame . "\\n")\n'
            '        frames++\n'
            '    }\n'
            '    for (frame_2 = tokenize(backtrace(), " "); frame_2 != ""; '
            'frame_2 = tokenize("", " ")) {\n'
            '        printf("%s", frame_2 . "\\n")\n'
            '    }\n') in stp, stp


def test_a_stack_after_end_tentative_is_no_record_of_the_buffer():
    src = ('@@BEGIN\n{\n\tstart_tentative("w");\n\tprintf("x\\n");\n\tend_tentative("w");\n'
           '\tstktrace(PRINT_SYMBOLS, -1);\n}\n')
    stp = _stp(src)
    assert ('    stack = backtrace()\n'
            '    for (i = 0; i < strlen(stack); i += 19)\n'
            '        printf("%s", stack_symbol(strtol(substr(stack, i, 18), 16)) . "\\n")\n') in stp, stp


# ----------------------------------------------------------- the flow


def _printf(text: str) -> ir.Printf:
    return ir.Printf(text, [])


def test_the_flow_joins_the_branches_of_an_if():
    a, b, c = _printf("a"), _printf("b"), _printf("c")
    start = ir.Speculate(ir.IntLit(1), tentative="t")
    flow = Flow([ir.If(ir.IntLit(1), ir.Block([start, a])), b, ir.SpecStop("t"), c])
    assert [flow.states[id(x)] for x in (a, b, c)] == ["t", UNKNOWN, None]
    assert flow.held_somewhere() and flow.sets_held(start)
    both = Flow([ir.If(ir.IntLit(1), ir.Speculate(ir.IntLit(1), tentative="t"),
                       ir.Speculate(ir.IntLit(1), tentative="t")), a])
    assert both.states[id(a)] == "t" and not both.held_somewhere()


def test_a_loop_that_starts_a_buffer_is_entered_with_either_state():
    a, b = _printf("a"), _printf("b")
    start = ir.Speculate(ir.IntLit(1), tentative="t")
    flow = Flow([ir.While(ir.IntLit(1), ir.Block([a, start])), b])
    assert flow.states[id(a)] is UNKNOWN and flow.states[id(b)] is UNKNOWN
    assert flow.sets_held(start)  # (the loop comes round to `a`)


# ----------------------------------------------------------- back in Vue


def _vue(stp: str) -> str:
    return translate_text(stp, "back.stp", "stap", "vue")


def test_the_stap_port_reads_back_as_the_vue_buffers():
    """frontends/vue/stap_tentative.py: each speculate() a record of its buffer's
    section, the ids' globals and their begin probe gone."""
    vue = _vue(_port("tentative_tracing.e"))
    assert ('@@BEGIN\n{\n    start_tentative("t1");\n    printf("held 1\\n");\n    end_tentative("t1");\n'
            '    printf("plain\\n");\n    start_tentative("t2");\n    printf("dropped\\n");\n}\n') in vue, vue
    assert "speculat" not in vue and "tentative_t1" not in vue and vue.count("@@BEGIN") == 1
    # the third branch's buffer, known where its record is
    assert ('        start_tentative("7");\n        printf("never committed\\n");\n        exit();\n') in vue
    assert '        discard_tentative("t2");\n        commit_tentative("t1");\n' in vue


def test_the_local_holding_the_open_buffer_is_its_start_and_its_records_the_printfs():
    vue = _vue(_port("tentative_in_branch.e"))
    assert ('    if (n % 2 == 0)\n    {\n        start_tentative("even");\n    }\n'
            '    printf("tick %d\\n", n);\n') in vue, vue
    assert "tentative =" not in vue and "tentative)" not in vue


def test_a_section_ends_after_its_last_record_or_with_the_clause():
    vue = _vue('global spec\nprobe begin { spec = speculation() }\n'
               'probe begin { speculate(spec, "a\\n") x = 1 speculate(spec, sprintf("%d\\n", x)) x = 2\n'
               '  printf("b\\n") commit(spec) speculate(spec, "c\\n") x = 3 }\n')
    # (a global not named as a port names one: the buffer is named by it)
    assert ('    start_tentative("spec");\n    printf("a\\n");\n    x = 1;\n    printf("%d\\n", x);\n'
            '    end_tentative("spec");\n    x = 2;\n    printf("b\\n");\n    commit_tentative("spec");\n'
            '    start_tentative("spec");\n    printf("c\\n");\n    x = 3;\n}\n') in vue, vue


def test_a_printed_array_held_in_a_buffer_is_print_again():
    vue = _vue(_port("tentative_print_array.e"))
    assert ('    start_tentative("t");\n    printf("held\\n");\n    print(a);\n    end_tentative("t");\n'
            '    printf("first\\n");\n') in vue, vue


def test_stap_s_own_speculations_stay_refused_in_vue():
    # an id got where the script runs (no Vue buffer is one), or tested as a number
    for src in ('probe syscall.read { id = speculation() speculate(id, "a\\n") commit(id) }',
                'global s\nprobe begin { s = speculation() }\n'
                'probe syscall.read { speculate(s, "a\\n") printf("%d\\n", s) }',
                'global s\nprobe begin { s = speculation() }\n'
                'probe syscall.read { t = s speculate(t, "a\\n") commit(t) }'):
        with pytest.raises(XtraceError, match="speculative tracing"):
            _vue(src)
