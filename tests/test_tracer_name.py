"""The tracer's own process name (ir/tracername.py): each tool runs its session from
a process of its own (dtrace, stapio, probevue), which scripts name to leave it out,
and a port compares with the target tool's name. (That xtrace's sessions start in a
process so named, which BEGIN sees: conformance d/begin_in_tracer,
stap/begin_in_stapio, vue/begin_in_probevue, in the sandbox VM.)"""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text

EXT = {"d": ".d", "stap": ".stp", "vue": ".e"}

D_FILTER = '#pragma D option quiet\nsyscall::write:entry /execname != "dtrace"/ { printf("%s\\n", execname); }\n'
STAP_FILTER = 'probe syscall.write { if (execname() == "stapio") next; println(execname()) }\n'
VUE_FILTER = '@@syscall:*:write:entry\nwhen (__pname != "probevue")\n{\n\tprintf("%s\\n", __pname);\n}\n'


def _to(src: str, lang: str, to: str) -> str:
    out = translate_text(src, "t" + EXT[lang], lang, to)
    frontends.parse(out, "back" + EXT[to], to)
    return out


@pytest.mark.parametrize("src,lang,to,want", [
    (D_FILTER, "d", "stap", 'if (execname() == "stapio") next'),
    (D_FILTER, "d", "vue", 'when (__pname != "probevue")'),
    (STAP_FILTER, "stap", "d", '/execname != "dtrace"/'),
    (STAP_FILTER, "stap", "vue", 'when (__pname != "probevue")'),
    (VUE_FILTER, "vue", "d", '/execname != "dtrace"/'),
    (VUE_FILTER, "vue", "stap", 'if (execname() == "stapio") next'),
])
def test_the_tracers_name_is_the_target_tools(src, lang, to, want):
    assert want in _to(src, lang, to)


def test_another_name_or_another_string_is_kept():
    src = ('#pragma D option quiet\nsyscall::write:entry /execname != "stapio" && probefunc != "dtrace"/ '
           '{ printf("%s\\n", execname); }\n')
    stap = _to(src, "d", "stap")
    # a D script naming stap's tracer meant that process; probefunc is not a process
    assert 'execname() == "stapio"' in stap and '"dtrace"' in stap and '"stapio"' in stap


@pytest.mark.parametrize("src,lang,to", [(D_FILTER, "d", "stap"), (STAP_FILTER, "stap", "d"),
                                         (VUE_FILTER, "vue", "d"), (D_FILTER, "d", "vue")])
def test_the_tracers_name_round_trips(src, lang, to):
    there = _to(src, lang, to)
    back = _to(there, to, lang)
    a = frontends.parse(src, "a" + EXT[lang], lang)
    b = frontends.parse(back, "b" + EXT[lang], lang)
    assert [(p.predicate, p.body.stmts) for p in a.probes] == [(p.predicate, p.body.stmts) for p in b.probes], back
