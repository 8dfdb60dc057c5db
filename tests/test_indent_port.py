"""stap's thread_indent() and indent() ported to D and Vue (frontends/indent_port.py).

stap's indent.stp: per thread (one counter for indent()), the string is
`sprintf("%6d %s:%-*s", now - start, desc, x > 0 ? x - 1 : 0, "")` with
x = depth + max(delta, 0) read before depth += delta, and start reset to now
whenever depth is 0 at the call. The expected widths below follow from that:
delta 1 prints max(depth, 0) before the move, delta -1 max(depth', 0) of the
moved depth (depth' + 1 - 1), delta 2 max(depth + 1, 0) before, delta -2
max(depth' + 1, 0) after (x = depth' + 2), delta 0 max(depth - 1, 0). That
the ports print stap's text is proven in the sandbox by the conformance case
stap/thread_indent_nesting and its matrix cells."""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.frontends.gaps import Gaps
from xtrace.ir.loc import XtraceError
from translating import translated as _translated, unwrapped


def translated(text: str, to: str, lang: str = "stap") -> str:
    """The port (checked to parse back), its long lines joined: these tests read what
    a statement says, not its layout."""
    return unwrapped(_translated(text, to, lang))

FLOW = """probe syscall.sync { printf("%s -> %s\\n", thread_indent(1), "sync") }
probe syscall.sync.return { printf("%s <- %s\\n", thread_indent(-1), "sync") }
"""


def _clause(text: str, head: str) -> str:
    start = text.index(head)
    return text[start:text.index("\n}", start) + 2]


def test_entry_and_return_in_d_are_a_self_depth_and_start_and_star_width():
    d = translated(FLOW, "d")
    assert _clause(d, "syscall::sync:entry") == """syscall::sync:entry
{
    this->indent_now = walltimestamp / 1000;
    if (self->thread_indent_depth == 0)
        self->thread_indent_start = this->indent_now;
    printf("%6d %s(%d):%*s -> sync\\n", this->indent_now - self->thread_indent_start, execname, tid, \
self->thread_indent_depth > 0 ? self->thread_indent_depth : 0, "");
    self->thread_indent_depth++;
}"""
    # at a return the depth moves first (after the start's test, which sees the old depth)
    assert _clause(d, "syscall::sync:return") == """syscall::sync:return
{
    this->indent_now = walltimestamp / 1000;
    if (self->thread_indent_depth == 0)
        self->thread_indent_start = this->indent_now;
    self->thread_indent_depth--;
    printf("%6d %s(%d):%*s <- sync\\n", this->indent_now - self->thread_indent_start, execname, tid, \
self->thread_indent_depth > 0 ? self->thread_indent_depth : 0, "");
}"""
    assert "thread_indent(" not in d and "__xt" not in d


def test_entry_and_return_in_vue_are_thread_variables_and_diff_time():
    vue = translated(FLOW, "vue")
    assert "__thread long long thread_indent_depth;" in vue
    assert "__thread probev_timestamp_t thread_indent_start;" in vue
    assert _clause(vue, "@@syscall:*:sync:entry") == """@@syscall:*:sync:entry
{
    __auto probev_timestamp_t indent_now;
    indent_now = timestamp();
    if (thread_indent_depth == 0)
        thread_indent_start = indent_now;
    printf("%6d %s(%d):%*s -> sync\\n", diff_time(thread_indent_start, indent_now, MICROSECONDS), \
__pname, __tid, thread_indent_depth > 0 ? thread_indent_depth : 0, "");
    thread_indent_depth++;
}"""
    ret = _clause(vue, "@@syscall:*:sync:exit")
    assert ret.index("thread_indent_depth == 0") < ret.index("thread_indent_depth--;") < ret.index("printf(")


@pytest.mark.parametrize("delta,width,moved", [
    ("2", "self->thread_indent_depth >= 0 ? self->thread_indent_depth + 1 : 0", "self->thread_indent_depth += 2;"),
    ("-2", "self->thread_indent_depth >= 0 ? self->thread_indent_depth + 1 : 0", "self->thread_indent_depth -= 2;"),
    ("0", "self->thread_indent_depth > 1 ? self->thread_indent_depth - 1 : 0", None),
    ("3", "self->thread_indent_depth >= -1 ? self->thread_indent_depth + 2 : 0", "self->thread_indent_depth += 3;"),
])
def test_other_deltas_print_stap_widths(delta, width, moved):
    d = translated(f'probe syscall.sync {{ printf("%s|\\n", thread_indent({delta})) }}', "d")
    body = _clause(d, "syscall::sync:entry")
    assert f'"", execname, tid, {width}, "");' in body.replace('|\\n", this->indent_now - '
                                                               'self->thread_indent_start, ', '"", ')
    if moved is None:
        assert "+=" not in body and "-=" not in body and "++" not in body and "--" not in body
    else:
        # a negative delta moves the depth before the printf, a positive one after
        assert (body.index(moved) < body.index("printf(")) == delta.startswith("-")


def test_indent_is_one_global_level_without_the_name():
    d = translated('probe syscall.sync { printf("%s|\\n", indent(1)) }', "d")
    assert "int64_t indent_depth;" in d and "int64_t indent_start;" in d
    assert 'printf("%6d :%*s|\\n", this->indent_now - indent_start, ' \
           'indent_depth > 0 ? indent_depth : 0, "");' in d
    assert "self->" not in d and "execname" not in d
    vue = translated('probe syscall.sync { printf("%s|\\n", indent(1)) }', "vue")
    assert "__global long long indent_depth;" in vue
    assert "__global probev_timestamp_t indent_start;" in vue


def test_a_delta_passed_through_a_function_is_the_constant_of_each_call():
    # systemtap.base pr10854.stp's shape (and para-callgraph.stp's): the delta is the
    # parameter of the script's function, written out where it is called first
    src = """global trace
function trace(entry_p) {
   if (tid() in trace)
       printf("%s%s%s\\n", thread_indent(entry_p), (entry_p > 0 ? "->" : "<-"), ppfunc())
}
probe syscall.sync { trace[tid()] = 1; trace(1) }
probe syscall.sync.return { trace(-1); delete trace[tid()] }
"""
    d = translated(src, "d")
    entry = _clause(d, "syscall::sync:entry")
    assert "self->thread_indent_depth > 0 ? self->thread_indent_depth : 0" in entry
    assert entry.index("printf(") < entry.index("self->thread_indent_depth++;")
    ret = _clause(d, "syscall::sync:return")
    assert ret.index("self->thread_indent_depth--;") < ret.index("printf(")
    assert "thread_indent_depth > 0 ? thread_indent_depth : 0" in translated(src, "vue")


def test_a_delta_known_at_run_time_is_computed_where_the_call_was():
    d = translated('global n\nprobe syscall.sync { n = 2; printf("%s|\\n", thread_indent(n)) }', "d")
    body = _clause(d, "syscall::sync:entry")
    # x - 1 = depth + max(delta, 0) - 1 before the move, printed as max(x - 1, 0)
    assert "this->indent_width = self->thread_indent_depth + (n > 0 ? n : 0) - 1;" in body
    assert "this->indent_width > 0 ? this->indent_width : 0" in body
    assert body.index("printf(") < body.index("self->thread_indent_depth += n;")


def test_helper_names_do_not_clash_with_the_scripts():
    src = """global thread_indent_depth
probe syscall.sync { indent_now = 5; thread_indent_depth++
	printf("%s %d %d\\n", thread_indent(1), indent_now, thread_indent_depth) }
"""
    d = translated(src, "d")
    assert "self->thread_indent_depth2++;" in d
    assert "this->indent_now2 = walltimestamp / 1000;" in d
    assert "thread_indent_depth++;" in d  # the script's own global


def test_a_concatenation_printed_whole_is_its_pieces():
    d = translated('probe syscall.sync { println(thread_indent(1) . "-> 100%" . execname()) }', "d")
    assert 'printf("%6d %s(%d):%*s-> 100%%%s\\n", ' in d


def test_a_sprintf_beside_the_call_is_written_into_the_printf_too():
    # the `*` width the port writes keeps ir.sprintfsplice off the printf: D would
    # strjoin() the sprintf, Vue has none; the port splices it as that pass does
    src = 'probe syscall.sync { printf("%s %s|\\n", thread_indent(1), sprintf("<%d>", pid())) }'
    assert 'printf("%6d %s(%d):%*s <%d>|\\n", ' in translated(src, "d")
    assert 'printf("%6d %s(%d):%*s <%d>|\\n", ' in translated(src, "vue")


@pytest.mark.parametrize("body,what,col", [
    ('s = thread_indent(1); printf("%s\\n", s)', "stored in a variable", 26),
    ('x = "a" . thread_indent(1)', "joined to another string with `.`", 32),
    ('if (indent(1) == "") next', "compared", 26),
    ('println(substr(indent(1), 7, 9))', "passed to substr()", 37),
    ('printf("%-20s|\\n", thread_indent(1))', "printed with a width or a precision", 41),
    ('printf("%s %s\\n", indent(1), indent(-1))', "called twice in one printf", 40),
])
@pytest.mark.parametrize("to", ["d", "vue"])
def test_a_string_kept_otherwise_is_refused_with_the_nearest_form(body, what, col, to):
    src = f"probe syscall.sync {{ {body} }}\n"
    with pytest.raises(XtraceError) as ex:
        translate_text(src, "t.stp", "stap", to)
    msg = str(ex.value)
    assert what in msg and "nearest:" in msg and ("D" if to == "d" else "Vue") in msg
    assert ex.value.loc.line == 1 and ex.value.loc.col == col


def test_force_leaves_a_gap_comment_for_the_call_it_cannot_write():
    src = 'probe syscall.sync { s = thread_indent(1); printf("%s\\n", s) }\n'
    gaps = Gaps(force=True)
    out = translate_text(src, "t.stp", "stap", "d", gaps=gaps)
    assert "xtrace --force: not translated" in out
    assert gaps.found and "thread_indent()" in gaps.found[0].message


def test_stap_to_stap_keeps_the_call():
    out = translated(FLOW, "stap")
    assert "thread_indent(1)" in out and "thread_indent(-1)" in out
