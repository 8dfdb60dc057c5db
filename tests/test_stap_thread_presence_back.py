"""A D or Vue port's companion of a thread-local, read back in stap as `tid() in a`
(frontends/stap/print_presence.py, rtgaps17).

stap's `tid() in a` of a thread's own key is, in D, `self->a_in` beside `self->a`
(ir/presence.py's companion, the array keyed by tid() a thread-local): every store
into `self->a` followed by `self->a_in = 1`, stap's delete by `self->a = 0;
self->a_in = 0;`. Back in stap the pair is the one tid()-keyed array tested with
`in`, as the script had it."""

from __future__ import annotations

from xtrace.driver.translate import translate_text

_NOTE = "/* fds_in: 1 while fds holds the key (stap's `in`; fds may hold 0, as a missing key reads) */"


def _stap(text: str, lang: str = "d") -> str:
    if lang == "d":
        text = "#pragma D option quiet\n" + text
    return translate_text(text, "t.d" if lang == "d" else "t.e", lang, "stp")


_PAIR = ('syscall::openat:entry\n/execname == "cat"/\n{\n    self->fds = -1;\n    ' + _NOTE
         + '\n    self->fds_in = 1;\n}\n'
         'syscall::openat:return\n/self->fds_in && self->fds == -1/\n{\n    self->fds = arg0;\n'
         '    self->fds_in = 1;\n}\n'
         'syscall::close:entry\n/self->fds_in && (int)arg0 == self->fds/\n{\n    printf("%d\\n", self->fds);\n'
         '    self->fds = 0;\n    self->fds_in = 0;\n}\n')


def test_a_thread_locals_companion_reads_back_as_in():
    out = _stap(_PAIR)
    assert "if (!(tid() in fds) || fds[tid()] != -1) next" in out
    assert "fds[tid()] = retval\n" in out
    # D's `self->fds = 0; self->fds_in = 0;` is stap's delete
    assert "delete fds[tid()]\n" in out
    assert "fds_in" not in out, out


def test_a_vue_thread_locals_companion_reads_back_as_in():
    src = ('__thread long long fds;\n__thread int fds_in;\n\n@@syscall:*:openat:entry\n{\n    fds = -1;\n'
           '    fds_in = 1;\n}\n\n@@syscall:*:openat:exit\nwhen (fds_in)\n{\n    printf("%d\\n", fds);\n}\n')
    out = _stap(src, "vue")
    assert "if (!(tid() in fds)) next" in out and "fds_in" not in out, out


def test_a_companion_said_otherwise_stays():
    # a store of 0 the companion says is kept: the printer writes a thread-local's
    # store of 0 as a delete, which stap's `in` would not see
    kept = _stap(_PAIR.replace("self->fds = 0;\n    self->fds_in = 0;", "self->fds = 0;\n    self->fds_in = 1;"))
    assert "fds_in[tid()]" in kept and " in fds" not in kept
    # a companion stored where nothing of the other changed just before
    alone = _stap(_PAIR.replace('printf("%d\\n", self->fds);', 'self->fds_in = 1;\n    printf("%d\\n", self->fds);'))
    assert "fds_in[tid()]" in alone and " in fds" not in alone


def test_stap_in_of_a_thread_key_comes_back_through_d_and_vue():
    src = ('global fds\nprobe syscall.openat.return { if (execname() == "cat") fds[tid()] = retval }\n'
           'probe syscall.close { if (tid() in fds) { printf("%d\\n", fds[tid()])\n'
           '    delete fds[tid()] } }\n')
    for via in ("d", "vue"):
        port = translate_text(src, "t.stp", "stap", via)
        assert "fds_in" in port
        back = translate_text(port, "t.d" if via == "d" else "t.e", via, "stp")
        assert "if (!(tid() in fds)) next" in back and "fds_in" not in back, back
        assert "fds[tid()] = retval\n" in back and "delete fds[tid()]\n" in back, back
