"""Small translate defects left by earlier work (issue 7: ports compile, comments stay
where they sit).

1. A `__thread String` no clause stores a string in is a string: the Vue frontend
   typed it by its uses, an integer, so a forced stap -> Vue port whose only store
   of a thread-keyed array was a gap (errsnoop.stp: `trace[tid()] = argstr` on
   syscall.*) did not read back ("type mismatch for 'argstr': int64 vs string").
"""

from __future__ import annotations

from xtrace import frontends
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.frontends.gaps import Gaps
from xtrace.ir.analysis import analyze
from xtrace.ir.types import STRING

EXT = {"d": ".d", "stap": ".stp", "vue": ".e"}


def _forced(src: str, name: str, to: str) -> str:
    """The forced port, which must parse and pass analysis in its language."""
    text = translate_text(src, name, frontends.lang_for(name), to, gaps=Gaps(force=True))
    analyze(frontends.parse(text, "port" + EXT[to], to), _translation_target())
    return text


# errsnoop.stp's shape: the entry's argstr is a gap in Vue (every syscall), so the
# thread-keyed array's only store is left out; the return probe's own local argstr
# reads it back
ERRSNOOP = """\
global trace
probe syscall.* { trace[tid()] = argstr }
probe syscall.*.return {
	if (retval < 0) {
		argstr = trace[tid()]
		delete trace[tid()]
		printf("%s %s\\n", name, argstr)
	}
}
"""


def test_a_forced_vue_port_whose_thread_string_is_never_stored_compiles():
    text = _forced(ERRSNOOP, "e.stp", "vue")
    assert "__thread String trace[128];" in text
    # the script's own local keeps its name: it is no built-in at a return probe
    assert "__auto String argstr[128];" in text and "argstr = trace;" in text


def test_a_declared_thread_string_is_a_string_without_a_store():
    src = "__thread String s[64];\n@@syscall:*:read:exit\n{\n    printf(\"%s\\n\", s);\n}\n"
    prog = frontends.parse(src, "t.e", "vue")
    assert prog.options["thread_types"] == {"s": STRING}
    analyze(prog, _translation_target())
    # and it still reads back to stap as a string array keyed by tid()
    assert 'log(s[tid()])' in translate_text(src, "t.e", "vue", "stap")
