"""A D translation refused for an fbt probe's arguments says first what dtrace
would: that the probe description matches no probe (driver/translate_nomatch.py;
tonynguien/dtrace_nexenta's kmem.d, Tomcu/freebsd-dtrace's zfsio.d)."""

from __future__ import annotations

import dataclasses

import pytest

from xtrace.driver.translate import _translation_target, translate_text
from xtrace.ir.loc import XtraceError

# the kernel's function names as the sandbox capture gives them: none of illumos's ZFS
FUNCTIONS = {"vfs_read", "vfs_write", "tcp_v4_connect", "kmem_cache_free"}

KMEM_D = ("fbt::arc_kmem_reap_now:entry,\nfbt::kmem_cache_free:entry\n{\n"
          "\t@[probefunc] = count();\n}\n\n"
          "fbt::arc_kmem_reap_now:entry\n{ self->reap_ts = timestamp; self->strat = args[0]; }\n\n"
          "fbt::arc_kmem_reap_now:return\n/self->reap_ts/\n{\n"
          "\tprintf(\"%d\\n\", self->strat->nosuch);\n}\n")
ZFSIO_D = ("#pragma D option quiet\n\n"
           "dmu_buf_hold_array_by_dnode:entry\n"
           "/args[0]->dn_bonustype != 44 && args[3]/\n{\n"
           "\t@ior[stringof(args[0]->dn_objset->os_dsl_dataset->ds_dir->dd_myname)] = count();\n}\n")


def _target():
    return dataclasses.replace(_translation_target(), known_functions=lambda boot: set(FUNCTIONS))


def _refusal(text: str, to: str) -> XtraceError:
    with pytest.raises(XtraceError) as info:
        translate_text(text, "t.d", "d", to, target=_target())
    return info.value


@pytest.mark.parametrize("to", ["stap", "vue", "d"])
def test_kmem_d_is_refused_at_its_first_description(to):
    ex = _refusal(KMEM_D, to)
    assert ex.message == "probe description fbt::arc_kmem_reap_now:entry does not match any probes"
    assert (ex.loc.line, ex.loc.col) == (1, 1)


def test_zfsio_d_names_the_description_in_dtraces_four_fields():
    ex = _refusal(ZFSIO_D, "stap")
    assert ex.message == ("probe description ::dmu_buf_hold_array_by_dnode:entry "
                          "does not match any probes")
    assert (ex.loc.line, ex.loc.col) == (3, 1)


def test_an_unknown_function_whose_arguments_go_unread_still_ports():
    # a port for another kernel: nothing here needs the function's types
    out = translate_text("fbt::arc_kmem_reap_now:entry\n{\n\t@[probefunc] = count();\n}\n",
                         "t.d", "d", "stap", target=_target())
    assert 'kernel.function("arc_kmem_reap_now")' in out


def test_an_error_in_an_earlier_clause_is_still_the_first():
    # dtrace types each clause after matching its own descriptions, in order
    text = ("fbt::vfs_read:entry\n{\n\ttrace(stringof(1));\n\ttrace(args[0]->nosuch_member);\n}\n\n"
            "fbt::arc_kmem_reap_now:entry\n{\n\ttrace(args[0]->x);\n}\n")
    ex = _refusal(text, "stap")
    assert "does not match any probes" not in ex.message
    assert ex.loc.line == 4
