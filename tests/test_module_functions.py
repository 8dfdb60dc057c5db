"""Functions of loaded kernel modules: stap's module("m").function("f") and D's
fbt:m:f:entry, resolved from the module symbols of the target's kallsyms dump
(their runs in the sandbox are conformance/d/fbt_module_function and
conformance/stap/module_function)."""

from __future__ import annotations

from pathlib import Path

import pytest

from btfblob import base_blob, base_btf, split_blob
from xtrace import frontends
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError
from xtrace.ir.target import KernelTarget

KALLSYMS = """\
ffffffff81000000 T _stext
ffffffff81003000 T vfs_read
ffffffffc0001000 t v9fs_vfs_getattr_dotl\t[9p]
ffffffffc0001200 t v9fs_vfs_setattr_dotl\t[9p]
ffffffffc0001400 d v9fs_data\t[9p]
ffffffffc0201000 t ovl_getattr\t[overlay]
"""


@pytest.fixture()
def target(tmp_path: Path) -> KernelTarget:
    t = _translation_target()
    dump = tmp_path / "kallsyms.txt"
    dump.write_text(KALLSYMS)
    t.kallsyms = dump
    t.functions = {"vfs_read"}
    return t


def sites(src: str, lang: str, target: KernelTarget) -> list[list[str]]:
    prog = frontends.parse(src, "t." + {"stap": "stp", "d": "d"}[lang], lang)
    return [[f for rp in rps for f in rp.functions] for rps in analyze(prog, target).points]


def test_module_symbols_come_from_the_dump_text_symbols_only(target):
    assert target.module_functions() == {"9p": {"v9fs_vfs_getattr_dotl", "v9fs_vfs_setattr_dotl"},
                                         "overlay": {"ovl_getattr"}}


def test_stap_module_function_points(target):
    src = ('probe module("9p").function("v9fs_vfs_*attr_dotl").return { }\n'
           'probe module("*").function("*getattr*") { }\n')
    assert sites(src, "stap", target) == [
        ["9p:v9fs_vfs_getattr_dotl", "9p:v9fs_vfs_setattr_dotl"],
        ["9p:v9fs_vfs_getattr_dotl", "overlay:ovl_getattr"]]


def test_d_fbt_module_field(target):
    src = "fbt:9p:v9fs_vfs_getattr_dotl:entry, fbt::vfs_read:entry { }\n"
    assert sites(src, "d", target) == [["9p:v9fs_vfs_getattr_dotl", "vfs_read"]]


@pytest.mark.parametrize("src, lang, msg", [
    ('probe module("ext4").function("x") { }', "stap",
     "no loaded module matches 'ext4' in kernel"),
    ('probe module("9p").function("nosuch") { }', "stap",
     "no function of module '9p' matches 'nosuch'"),
    ("fbt:ext4::entry { }", "d", "probe description fbt:ext4::entry does not match any probes"),
])
def test_what_does_not_resolve_is_an_error_at_the_point(target, src, lang, msg):
    with pytest.raises(XtraceError) as ex:
        sites(src, lang, target)
    assert msg in str(ex.value)
    assert ex.value.loc.line == 1 and ex.value.loc.col > 0


def test_parameters_of_a_module_without_btf_are_refused(target):
    target.module_btf_file = lambda mod: None
    with pytest.raises(XtraceError) as ex:
        sites('probe module("9p").function("v9fs_vfs_getattr_dotl") { print($dentry) }', "stap",
              target)
    assert ("$dentry: the parameters of module 9p's function 'v9fs_vfs_getattr_dotl' are "
            "unknown (no BTF of module 9p: /sys/kernel/btf/9p)") in str(ex.value)
    assert (ex.value.loc.line, ex.value.loc.col) == (1, 62)  # at $dentry


@pytest.fixture()
def btf_target(target: KernelTarget, tmp_path: Path) -> KernelTarget:
    """The target with a hand-built kernel BTF (struct dentry) and 9p's split BTF on top
    (struct v9fs_priv, v9fs_vfs_getattr_dotl(struct dentry *dentry, struct v9fs_priv *priv))."""
    base = base_btf()
    core = tmp_path / "vmlinux.btf"
    mod = tmp_path / "9p.btf"
    core.write_bytes(base_blob())
    mod.write_bytes(split_blob(base, "v9fs_vfs_getattr_dotl"))
    target.btf_file = lambda: core
    target.module_btf_file = lambda m: mod if m == "9p" else None
    return target


def analyzed(src: str, lang: str, target: KernelTarget):
    prog = frontends.parse(src, "t." + {"stap": "stp", "d": "d"}[lang], lang)
    analyze(prog, target)
    return prog


def _nodes(prog, cls):
    from dataclasses import fields, is_dataclass
    out, todo = [], [prog]
    while todo:
        x = todo.pop()
        if isinstance(x, cls):
            out.append(x)
        if is_dataclass(x):
            todo.extend(getattr(x, f.name) for f in fields(x))
        elif isinstance(x, (list, tuple)):
            todo.extend(x)
    return out


def test_module_function_parameters_are_typed_from_the_module_btf(btf_target):
    from xtrace.ir import nodes as n
    prog = analyzed('probe module("9p").function("v9fs_vfs_getattr_dotl") '
                    '{ printf("%d %d\\n", $dentry->d_flags, $priv->n) }', "stap", btf_target)
    args = {a.name: a.index for a in _nodes(prog, n.ProbeArg)}
    assert args == {"dentry": 0, "priv": 1}
    members = {m.struct: (m.header, m.offset) for m in _nodes(prog, n.KernelMember)}
    # the core kernel's struct is compiled against its header; the module's own struct
    # (in no compilable header) is read at the module BTF's offset
    assert members["struct dentry"][0] == "linux/dcache.h"
    assert members["struct v9fs_priv"] == ("", 8)


def test_d_args_of_a_module_function(btf_target):
    from xtrace.ir import nodes as n
    prog = analyzed("fbt:9p:v9fs_vfs_getattr_dotl:entry { trace(args[1]->n); trace(args[0]->d_flags); }",
                    "d", btf_target)
    assert sorted((a.position, a.name) for a in _nodes(prog, n.ProbeArg)) == [(0, "dentry"), (1, "priv")]
    with pytest.raises(XtraceError, match=r"index 2 is out of range .*v9fs_vfs_getattr_dotl has 2 param"):
        analyzed("fbt:9p:v9fs_vfs_getattr_dotl:entry { trace(args[2]); }", "d", btf_target)


def test_stap_parms_and_unknown_local_of_a_module_function(btf_target):
    from xtrace.ir import nodes as n
    prog = analyzed('probe module("9p").function("v9fs_vfs_getattr_dotl") { println($$parms) }',
                    "stap", btf_target)
    (cv,) = _nodes(prog, n.ContextVars)
    assert "dentry=" in str(cv.expanded) and "priv=" in str(cv.expanded)
    with pytest.raises(XtraceError, match=r"unable to find local 'path' in v9fs_vfs_getattr_dotl "
                                          r"\(alternatives: \$dentry \$priv\)"):
        analyzed('probe module("9p").function("v9fs_vfs_getattr_dotl") { print($path) }',
                 "stap", btf_target)


def test_optional_module_point_matching_nothing_is_no_probe(target):
    # a probe whose points are all optional and matched nothing is dropped, as stap does
    assert sites('probe module("ext4").function("x") ? { }', "stap", target) == []


def test_translation_keeps_the_module():
    d = "fbt:9p:v9fs_vfs_getattr_dotl:entry { printf(\"%s\\n\", probemod); }\n"
    stp = translate_text(d, "t.d", "d", "stap")
    assert 'probe module("9p").function("v9fs_vfs_getattr_dotl")' in stp
    assert 'log("9p")' in stp
    back = translate_text('probe module("9p").function("f").return { exit() }', "t.stp", "stap", "d")
    assert "fbt:9p:f:return" in back


def test_a_capture_without_module_btf_is_taken_again(tmp_path: Path):
    """A kernel cache captured before module BTF was saved (no btf/ directory) is
    captured again, all files from the one boot; a complete one is left alone."""
    from types import SimpleNamespace

    from xtrace.sandbox import kernel as sk
    kinfo = sk.KernelInfo("6.1.0-0-amd64", tmp_path / "vmlinuz", tmp_path, None, None, tmp_path / "k")
    kinfo.cache_dir.mkdir()
    for f in (kinfo.kallsyms_file, kinfo.modules_file, kinfo.blacklist_file, kinfo.events_file,
              kinfo.btf_file):
        f.write_text("old\n")
    jobs = []

    class FakeVM:
        kinfo = None

        def run_job(self, *args, **kw):
            job = tmp_path / f"job{len(jobs)}"
            (job / "btf").mkdir(parents=True)
            for name in ("kallsyms.txt", "modules.txt", "kprobe_blacklist.txt", "events.txt", "btf.bin"):
                (job / name).write_text("new\n")
            (job / "btf" / "9p").write_bytes(b"split")
            jobs.append(args[2])
            return SimpleNamespace(cmd_status=0, job_dir=job, cmd_out="", error=None)

    sk.capture_symbols(kinfo, vm=FakeVM())
    assert len(jobs) == 1 and "/sys/kernel/btf/" in jobs[0]
    assert kinfo.kallsyms_file.read_text() == "new\n"
    assert sk.module_btf(kinfo, "9p") == kinfo.module_btf_dir / "9p"
    assert sk.module_btf(kinfo, "ext4") is None and sk.module_btf(kinfo, "../btf") is None
    sk.capture_symbols(kinfo, vm=FakeVM())
    assert len(jobs) == 1


def test_the_sandbox_capture_types_9p_getattr():
    """9p's v9fs_vfs_getattr_dotl from the sandbox kernel's captured BTF: its second
    parameter is the path (the first is mnt_userns in 6.1, idmap since 6.3)."""
    t = _translation_target()
    if t.module_btf("9p") is None:
        pytest.skip("no captured 9p BTF for this kernel")
    from xtrace.ir.kfuncargs import function_params
    btf, name = t.function_btf("9p:v9fs_vfs_getattr_dotl")
    params = function_params(btf, name)
    assert [(p.name, p.ctype) for p in params[1:]] == [
        ("path", "const struct path *"), ("stat", "struct kstat *"), ("request_mask", "u32"),
        ("flags", "unsigned int")]
    assert btf.first_id == len(t.btf().types)
