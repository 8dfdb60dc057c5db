"""A stap sprintf() kept as a value (an array key, a stored string) is, in D, its
pieces strjoin()ed with lltostr() for `%d` / `0x%x`, and in Vue its string pieces
joined with `+`; D's strjoin() chains holding lltostr() are one sprintf in stap
(ir/sprintfjoin.py)."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from xtrace.ir.sprintfjoin import concat_as_sprintf, pieces, sprintf_as_concat
from xtrace.ir.types import INT64, STRING
from translating import translated

KEYED = ('global names\n'
         'probe syscall.openat { names[sprintf("%s(%d)", execname(), pid())]++ }\n'
         'probe end { foreach (n in names-) printf("%s %d\\n", n, names[n]) }\n')


def test_a_sprintf_key_is_strjoin_and_lltostr_in_d():
    d = translated(KEYED, "d")
    assert '@names[strjoin(strjoin(strjoin(execname, "("), lltostr(pid)), ")")] = count();' in d
    assert "sprintf" not in d


def test_the_d_port_reads_back_as_the_one_sprintf():
    d = translated(KEYED, "d")
    stp = translate_text(d, "t.d", "d", "stap")
    assert 'sprintf("%s(%d)", execname(), pid())' in stp


def test_hex_with_its_prefix_and_a_percent_sign():
    stp = ('global last\n'
           'probe syscall.close { last[tid()] = sprintf("fd=0x%x %s%%", fd, execname()) }\n'
           'probe syscall.close.return { printf("%s\\n", last[tid()]) delete last[tid()] }\n')
    d = translated(stp, "d")
    # four pieces: one strjoin() a statement (read14's joinsteps.py)
    assert ('    this->last = strjoin("fd=", lltostr((int)arg0, 16));\n'
            '    this->last = strjoin(this->last, " ");\n'
            '    this->last = strjoin(this->last, execname);\n'
            '    this->last = strjoin(this->last, "%");\n'
            '    self->last = this->last;\n') in d


@pytest.mark.parametrize("fmt", ["%5d", "%x", "%-8s", "%u", "%c"])
def test_conversions_a_join_cannot_say_stay_refused(fmt):
    arg = "execname()" if fmt.endswith("s") else "pid()"
    stp = (f'global k\nprobe syscall.close {{ k[sprintf("<{fmt}>", {arg})]++ }}\n'
           'probe end { foreach (n in k) printf("%s %d\\n", n, k[n]) }\n')
    with pytest.raises(XtraceError) as err:
        translate_text(stp, "t.stp", "stap", "d")
    assert "sprintf() (a formatted string) has no D equivalent" in err.value.message


def test_a_sprintf_of_strings_is_joined_with_plus_in_vue():
    stp = ('global last\n'
           'probe syscall.openat { last[tid()] = sprintf("%s: %s", execname(), "open") }\n'
           'probe syscall.openat.return { printf("%s\\n", last[tid()]) delete last[tid()] }\n')
    vue = translated(stp, "vue")
    assert 'last = __pname + ": " + "open";' in vue


def test_a_sprintf_of_a_number_stays_refused_in_vue():
    # (one only printed is kept as its pieces: tests/test_translate_stored_sprintf.py;
    # this one is a key too, which needs the string)
    stp = ('global last, seen\n'
           'probe syscall.openat { last[tid()] = sprintf("%s/%d", execname(), pid()) }\n'
           'probe syscall.openat.return { printf("%s\\n", last[tid()]) seen[last[tid()]]++ '
           'delete last[tid()] }\n')
    with pytest.raises(XtraceError) as err:
        translate_text(stp, "t.stp", "stap", "vue")
    assert "sprintf() (a formatted string) cannot be expressed in Vue" in err.value.message


def test_d_strjoin_chains_print_as_sprintf_in_stap_only_with_a_number():
    d = ('#pragma D option quiet\n'
         'syscall::close:entry { self->a = strjoin(strjoin("pid=", lltostr(pid)), "!"); '
         'self->b = strjoin(execname, "!"); }\n'
         'syscall::close:return { printf("%s %s\\n", self->a, self->b); self->a = 0; self->b = 0; }\n')
    stp = translated(d, "stap", "d")
    assert 'sprintf("pid=%d!", pid())' in stp
    assert 'execname() . "!"' in stp
    frontends.parse(stp, "back.stp", "stap")


def _s(v: str) -> ir.Expr:
    return ir.StrLit(v, type=STRING)


def _n(name: str) -> ir.Expr:
    return ir.Var(name, type=INT64)


def test_pieces_and_back_are_inverse():
    e = ir.Sprintf("a%%b %s-%d 0x%x", [ir.Var("s", type=STRING), _n("n"), _n("m")], type=STRING)
    got = pieces(e, lambda v, base, src: ir.Call("lltostr", [v] if base == 10 else
                                                 [v, ir.IntLit(base)], type=STRING))
    assert got[0] == _s("a%b ") and got[2] == _s("-") and got[4] == _s(" ")
    joined = sprintf_as_concat(e, lambda v, base, src: ir.Call(
        "lltostr", [v] if base == 10 else [v, ir.IntLit(base)], type=STRING))
    back = concat_as_sprintf(joined)
    assert back.fmt == e.fmt and back.args == e.args


def test_adjacent_literals_are_not_folded():
    chain = ir.Binary(".", ir.Binary(".", _s("a"), _s("b")),
                      ir.Call("lltostr", [_n("n")], type=STRING), type=STRING)
    assert concat_as_sprintf(chain) is None


def test_a_padded_sprintf_of_strings_prints_joined_in_vue():
    # the width pads the whole joined string, as it pads stap's sprintf
    stp = ('probe syscall.openat { printf("%-20s|\\n", sprintf("%s/%s", execname(), "x")) }\n')
    vue = translated(stp, "vue")
    assert 'printf("%-20s|\\n", __pname + "/" + "x");' in vue
