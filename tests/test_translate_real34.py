"""The thirty-fourth real-script sample's fixes (docs/translate-real-scripts.md).

1. vfs.stp's generic.fop.open and generic.fop.open.return (generic_file_open):
   vincentbernat/systemtap-cookbook's `io files` program keeps each opened file's
   name by `files[dev,ino] = filename` there, and was refused ("probe point
   'generic.fop.open' is not supported yet"). Proven in the VM by
   conformance/stap/tapset_generic_fop_open.
2. A probe on a tapset alias whose body is one `if` (or starts `if (...) next`) not
   reading the alias's variables has that test as its port's predicate, as on any
   other probe: guoyr/systemtap-tutorial's `probe signal.send { if (pid()) printf(...) }`
   was `proc:::signal-send { if (pid) printf(...); }` in D where the DTrace one-liner it
   was ported from says `proc:::signal-send /pid/ { ... }` (the alias's variable stores
   came first in the body, so the body was no single `if`). A refusal naming a stap
   tapset function finds it in a predicate too (target_set_pid's nearest D).
3. The D refusal of a stap `%` array (cb_io_files.stp's `files%`) names the nearest D, as
   the Vue one does: a plain associative array, which drops new elements when full.
"""

from __future__ import annotations

import pytest

from xtrace.frontends import stap
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from translating import assigned_value, translated, unwrapped

# vincentbernat/systemtap-cookbook's `io files`, its open probe (options.condition
# rendered as the wrapper's default)
FILES = ('global files%\n'
         '\n'
         'probe generic.fop.open {\n'
         '    if (!1) next;\n'
         '    files[dev,ino] = filename;\n'
         '}\n')


def test_generic_fop_open_is_generic_file_open():
    prog = stap.parse(FILES, "t.stp")
    points = [pt for probe in prog.probes for pt in probe.points if pt.kind == "kfunc"]
    assert [(pt.name, pt.is_return) for pt in points] == [("generic_file_open", False)]


def test_generic_fop_open_sets_the_tapsets_variables():
    body = ('probe generic.fop.open {\n'
            '    printf("%d %s %d %s %s %d %d %s %s\\n", dev, devname, ino, filename, pathname,\n'
            '           flag, size, name, argstr)\n'
            '    println(file)\n'
            '}\n')
    prog = stap.parse(body, "t.stp")
    assert assigned_value(prog, "name") == ir.StrLit("generic_file_open")


def test_generic_fop_open_return_sets_name_and_retstr():
    prog = stap.parse('probe generic.fop.open.return { printf("%s %s\\n", name, retstr) }\n', "t.stp")
    [probe] = prog.probes
    [point] = probe.points
    assert (point.name, point.is_return) == ("generic_file_open", True)
    assert assigned_value(prog, "name") == ir.StrLit("generic_file_open")


def test_a_name_the_return_alias_lacks_is_an_unassigned_local():
    # stap's generic.fop.open.return sets name and retstr only: `filename` there is
    # the probe's own never-assigned local (""), not "xtrace's alias does not provide it"
    stap.parse('probe generic.fop.open.return { println(filename) }\n', "t.stp")


def test_generic_fop_open_in_d_reads_the_open_files_dentry():
    d = unwrapped(translated('probe generic.fop.open { printf("%s %d\\n", filename, ino) }\n', "d"))
    assert "fbt::generic_file_open:entry" in d
    assert "stringof(args[1]->f_path.dentry->d_name.name)" in d
    assert "args[0]->i_ino" in d


# guoyr/systemtap-tutorial's signal one-liner (from `stap -e`)
SIGNALS = 'probe signal.send { if (pid()) printf("%s -%d %d\\n",execname(), sig, sig_pid); }\n'


def test_an_alias_probes_whole_body_if_is_the_d_predicate():
    d = translated(SIGNALS, "d")
    assert "proc:::signal-send\n/pid/\n{\n" in d
    assert "if (" not in d
    assert 'printf("%s -%d %d\\n", execname, args[2], args[1]->pr_pid);' in d


def test_an_alias_probes_leading_next_guard_is_the_d_predicate():
    d = translated('probe vfs.read { if (pid() != 5) next; printf("%d\\n", ino) }\n', "d")
    assert "fbt::vfs_read:entry\n/pid == 5/\n{\n" in d
    assert "if (" not in d


def test_an_alias_probes_whole_body_if_is_the_vue_predicate():
    vue = translated('probe kprocess.exec { if (execname() == "sh") printf("exec %s\\n", filename) }\n',
                     "vue")
    assert '@@syscall:*:execve:entry\nwhen (__pname == "sh")\n{' in vue
    assert "if (" not in vue


def test_a_test_of_the_aliases_variable_stays_in_the_body():
    # the predicate runs before the alias's stores: `sig` is not set there yet
    d = translated('probe signal.send { if (sig == 10) printf("%d\\n", sig_pid) }\n', "d")
    assert "/pid" not in d and "if (" in d


def test_target_set_pid_in_a_predicate_is_refused_with_its_nearest():
    with pytest.raises(XtraceError, match=r"target_set_pid\(\) has no D equivalent; nearest: progenyof"):
        translated('probe kprocess.exec { if (target_set_pid(pid())) printf("exec %s\\n", filename) }\n',
                   "d")


def test_a_wrapping_array_is_refused_in_d_with_its_nearest():
    with pytest.raises(XtraceError, match=r"D has no such array; nearest: a plain associative "
                                          r"array, which drops new elements instead"):
        translated('global files%\nprobe generic.fop.open { files[dev, ino] = filename }\n'
                   'probe end { println(files[1, 2]) }\n', "d")


def test_a_return_test_the_entry_cannot_share_stays_in_the_body():
    # vfs.read.return's ino is saved at entry and freed in the body: `/arg1 > 5/` on the
    # return would leave it saved for every call it rejects
    d = translated('probe vfs.read.return { if ($return > 5) printf("%d\\n", ino) }\n', "d")
    assert "if (arg1 > 5)" in d and "/arg1" not in d
    d = translated('probe vfs.read.return { if (pid() == 7) printf("%d\\n", ino) }\n', "d")
    assert d.count("/pid == 7/") == 2  # the entry side's save too
