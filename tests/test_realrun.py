"""xtrace.conformance.realrun without a VM: which lines count, the verdicts, and a
script's NAME.args."""

from xtrace.conformance.realrun import compare, workload_lines


def test_rows_of_other_processes_and_their_blank_lines_are_dropped():
    out = "HEAD\n  1  init  0\n\n  2  ls  5\n\n  kworker/0:1  3\n"
    assert workload_lines(out) == ["HEAD", "  2  ls  5", ""]


def test_verdicts_from_exact_to_number_widths():
    assert compare("A\nls 10\n", "A\nls 10\n")[0] == "runs, same output"
    assert compare("ls 10\n", "ls 12\n")[0] == "runs, same layout (numbers differ)"
    assert compare("ls 10\nhead 2\n", "head 2\nls 10\n")[0] == "runs, same rows in another order"
    assert compare("ls  999 x\n", "ls 1000 x\n")[0] == "runs, same rows (numbers and their widths differ)"
    verdict, diff = compare("COUNT\nls 1\n", "NUM\nls 1\n")
    assert verdict == "runs, differs" and "-COUNT" in diff and "+NUM" in diff


def test_a_script_s_args_file_goes_to_its_translations_and_runs(tmp_path):
    from pathlib import Path
    from xtrace.conformance.realrun import translate_all
    src = tmp_path / "src"
    src.mkdir()
    (src / "p.d").write_text("syscall::read:entry /pid == $1/ { @[execname] = count(); }\n")
    (src / "p.args").write_text("42\n")
    (src / "c.stp").write_text('probe kernel.function(@1) { printf("%s\\n", @1) }\n')
    (src / "c.args").write_text("vfs_read\n")
    pairs, originals = translate_all([src / "p.d", src / "c.stp"], tmp_path / "work")
    done = {(p.source.name, p.to): p for p in pairs}
    stap = done[("p.d", "stap")].translated
    # a D port keeps D's $1: parsed back and run with the argument
    assert stap is not None and "$1" in stap.read_text()
    assert stap.with_suffix(".args").read_text() == "42\n"
    assert originals[src / "p.d"].with_suffix(".args").exists()
    # a stap port holds stap's arguments as literals: no arguments for its run
    d = done[("c.stp", "d")].translated
    assert d is not None and "fbt::vfs_read:entry" in d.read_text()
    assert not d.with_suffix(".args").exists()
