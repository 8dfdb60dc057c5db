"""Regressions from the fifteenth sample of real scripts (docs/translate-real-scripts.md,
"Fifteenth sample"): jmoratilla's DTrace tutorial scripts and other users' D, and
SystemTap scripts from LukasWoodtli, zengxiaobai, Sasasu and andreaskaris."""

from __future__ import annotations

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.frontends.stap import parse


# ------------------------------------------------------- vfs.stp's vfs.open and .return

# Sasasu's kernel_hook.stp, reduced: the time vfs_open takes, by path
OPEN_TIME = """probe vfs.open.return {
    time = gettimeofday_us() - @entry(gettimeofday_us())
    printf("%s(%d): %s took %6dus\\n", execname(), pid(), pathname, time)
}
"""


def test_vfs_open_return_is_an_alias_with_the_opened_path():
    """stap's vfs.stp has vfs.open/.return on vfs_open(path, file); xtrace said
    "probe point 'vfs.open.return' is not supported yet"."""
    prog = parse(OPEN_TIME, "t.stp")
    assert {p.points[0].is_return for p in prog.probes} == {True, False}  # the entry saves
    assert "fullpath_struct_path" in {f.name for f in prog.functions}


def test_vfs_open_return_ports_to_d_as_fbt_vfs_open_with_d_path():
    out = translate_text(OPEN_TIME, "t.stp", "stap", "d")
    assert "fbt::vfs_open:entry" in out and "fbt::vfs_open:return" in out
    # the path is vfs_open's first argument, saved at entry and named at return
    assert "= args[0];" in out and "d_path(self->" in out
    assert "walltimestamp / 1000 - self->" in out
    frontends.parse(out, "back.d", "d")


def test_vfs_open_variables_are_stap_s():
    """name, path, cred (the file's f_cred: vfs_open has no cred argument since 4.19),
    pathname and argstr; on .return also ret, error, error_str, retstr."""
    src = 'probe vfs.open { printf("%s %s %d\\n", name, argstr, cred != 0 && path != 0) }'
    out = translate_text(src, "t.stp", "stap", "d")
    assert 'this->name = "vfs.open";' in out
    assert "args[1]->f_cred" in out and 'printf("%s %s, %p %d\\n"' in out
    frontends.parse(out, "back.d", "d")
    src = 'probe vfs.open.return { if (error) printf("%s %s %s\\n", pathname, retstr, error_str) }'
    out = translate_text(src, "t.stp", "stap", "d")
    assert "fbt::vfs_open:return" in out and "errname[" in out
    frontends.parse(out, "back.d", "d")


def test_other_vfs_probes_do_not_pull_fullpath_struct_path():
    prog = parse("probe vfs.read { print(bytes_to_read) }", "t.stp")
    assert "fullpath_struct_path" not in {f.name for f in prog.functions}
