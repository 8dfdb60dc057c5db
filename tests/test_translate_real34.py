"""The thirty-fourth real-script sample's fixes (docs/translate-real-scripts.md).

1. vfs.stp's generic.fop.open and generic.fop.open.return (generic_file_open):
   vincentbernat/systemtap-cookbook's `io files` program keeps each opened file's
   name by `files[dev,ino] = filename` there, and was refused ("probe point
   'generic.fop.open' is not supported yet"). Proven in the VM by
   conformance/stap/tapset_generic_fop_open.
"""

from __future__ import annotations

from xtrace.frontends import stap
from xtrace.ir import nodes as ir
from translating import translated, unwrapped

# vincentbernat/systemtap-cookbook's `io files`, its open probe (options.condition
# rendered as the wrapper's default)
FILES = ('global files%\n'
         '\n'
         'probe generic.fop.open {\n'
         '    if (!1) next;\n'
         '    files[dev,ino] = filename;\n'
         '}\n')


def _assigned(prog: ir.Program, name: str) -> ir.Expr:
    """The value the (single) probe's body assigns to local `name`."""
    [probe] = prog.probes
    values = [s.value for s in ir.walk(probe.body)
              if isinstance(s, ir.Assign) and isinstance(s.target, ir.Var) and s.target.name == name]
    assert values, f"{name} is not assigned"
    return values[0]


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
    assert _assigned(prog, "name") == ir.StrLit("generic_file_open")


def test_generic_fop_open_return_sets_name_and_retstr():
    prog = stap.parse('probe generic.fop.open.return { printf("%s %s\\n", name, retstr) }\n', "t.stp")
    [probe] = prog.probes
    [point] = probe.points
    assert (point.name, point.is_return) == ("generic_file_open", True)
    assert _assigned(prog, "name") == ir.StrLit("generic_file_open")


def test_a_name_the_return_alias_lacks_is_an_unassigned_local():
    # stap's generic.fop.open.return sets name and retstr only: `filename` there is
    # the probe's own never-assigned local (""), not "xtrace's alias does not provide it"
    stap.parse('probe generic.fop.open.return { println(filename) }\n', "t.stp")


def test_generic_fop_open_in_d_reads_the_open_files_dentry():
    d = unwrapped(translated('probe generic.fop.open { printf("%s %d\\n", filename, ino) }\n', "d"))
    assert "fbt::generic_file_open:entry" in d
    assert "stringof(args[1]->f_path.dentry->d_name.name)" in d
    assert "args[0]->i_ino" in d
