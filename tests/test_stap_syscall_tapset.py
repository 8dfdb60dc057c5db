"""stap's syscall tapset without a kernel: the table, the variables a probe may
read (and the errors for those it may not), and that the module carries code
only for the syscalls its probes hit. What the formatters print is proven in
the sandbox by test_kernel_stap_syscalls.py and conformance/stap/sys_*."""

from __future__ import annotations

import pytest

from xtrace.backend_c import sysc
from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target
from xtrace.frontends.d.printer import print_program as print_d
from xtrace.frontends.stap import parse, print_program
from xtrace.frontends.vue.printer import print_program as print_vue
from xtrace.ir import nodes as ir
from xtrace.ir import syscalls as sc
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError
from xtrace.ir.types import INT64, STRING


def analyzed(src: str):
    return analyze(parse(src, "t.stp"), _translation_target())


def c_of(src: str) -> str:
    return generate(analyzed(src)).c_source


# ---- the table

def test_every_syscall_of_the_target_kernel_is_described():
    target = _translation_target()
    # not implemented on x86_64 (sys_ni_syscall), and the table's size
    unimplemented = {"_sysctl", "create_module", "get_kernel_syms", "query_module", "nfsservctl",
                     "getpmsg", "putpmsg", "afs_syscall", "tuxcall", "security", "epoll_ctl_old",
                     "epoll_wait_old", "vserver", "syscalls"}
    missing = set(target.syscalls) - set(sc.SYSCALLS) - unimplemented
    assert not missing


def test_every_kind_has_a_formatter_and_a_variable_type():
    for s in sc.SYSCALLS.values():
        for v in s.vars:
            if v.kind != "cmode":
                assert sysc.fmt(v.kind, v.index)
        for name, v in s.variables().items():
            assert sc.var_type(v.kind) in ("int", "str")


def test_a_variable_name_has_one_type_in_every_syscall():
    seen: dict[str, set[str]] = {}
    for s in sc.SYSCALLS.values():
        for name, v in s.variables().items():
            seen.setdefault(name, set()).add(sc.var_type(v.kind))
    assert {n: t for n, t in seen.items() if len(t) > 1} == {}


def test_stap_names_of_the_common_syscalls():
    def names(s: str) -> list[str]:
        return [v.name for v in sc.SYSCALLS[s].argstr_vars]
    assert names("read") == ["fd", "buf_uaddr", "count"]
    assert names("write") == ["fd", "buf_str", "count"]
    assert names("openat") == ["dfd", "filename", "flags", "mode"]
    assert names("mmap") == ["start", "length", "prot", "flags", "fd", "pgoffset"]
    assert names("kill") == ["pid", "sig"]
    assert names("execve") == ["filename", "args", "env_str"]
    assert names("exit_group") == ["status"]
    assert "flags_str" in sc.SYSCALLS["openat"].variables()
    assert "dfd_str" in sc.SYSCALLS["openat"].variables()
    assert sc.SYSCALLS["mmap"].ret == "hex" and sc.SYSCALLS["brk"].ret == "hex"
    assert sc.SYSCALLS["exit_group"].ret == "none"


def test_stap_names_checked_against_its_tapset():
    # sysc_lstat.stp calls lstat's path `path`; sysc_sendto.stp's `buf` is the quoted
    # buffer argstr prints (its address is buf_uaddr); getcwd has buf_uaddr and size;
    # getrandom's buf is user_string_quoted; statx has mask_str (_statx_mask_str)
    def names(s: str) -> list[str]:
        return [v.name for v in sc.SYSCALLS[s].argstr_vars]
    assert names("lstat") == ["path", "buf_uaddr"]
    assert names("stat") == ["filename", "buf_uaddr"]
    assert names("sendto") == ["s", "buf", "len", "flags", "to_str", "tolen"]
    assert names("statx") == ["dfd", "filename", "flags", "mask", "buf_uaddr"]
    assert names("getcwd") == ["buf_uaddr", "size"]
    sendto = sc.SYSCALLS["sendto"].variables()
    assert sendto["buf"].kind == "ubuf" and sendto["buf_uaddr"].kind == "ptr"
    assert {"to_uaddr", "flags_str"} <= set(sendto)
    assert sc.SYSCALLS["getrandom"].variables()["buf"].kind == "ustr"
    assert {"mask_str", "flags_str", "dfd_str", "filename_uaddr"} <= set(sc.SYSCALLS["statx"].variables())
    assert "filename_uaddr" in sc.SYSCALLS["stat"].variables()


def test_epoll_create_point_is_epoll_create1_too():
    # stap has no syscall.epoll_create1: its syscall.epoll_create fires for both
    an = analyzed("probe syscall.epoll_create.return { print(name) } "
                  "probe syscall.epoll_create { print(size + flags) }")
    for probe, ret in zip(an.program.probes, (True, False)):
        assert [(p.name, p.is_return, p.optional) for p in probe.points] == \
            [("epoll_create", ret, False), ("epoll_create1", ret, True)]


def test_symbol_tables_as_stap_names_them():
    msg = dict((v, k) for v, k in sysc.TABLES["msgflags"][2])
    assert msg[0x10] == "MSG_PROBE" and msg[0x20000] == "MSG_SENDPAGE_NOTLAST" and 0x40000 not in msg
    how, _, mask = sysc.TABLES["statxmask"]
    assert how == "eq" and (0, "AT_STATX_SYNC_AS_STAT") in mask
    assert "~0x80000000U" in sysc.fmt("msgflags", 3)       # MSG_CMSG_COMPAT ignored
    assert "(int)a[3]" in sysc.fmt("statxmask", 3)


# ---- variables in probes

@pytest.mark.parametrize("src, name, t", [
    ("probe syscall.openat { print(filename) }", "filename", STRING),
    ("probe syscall.openat { print(flags) }", "flags", INT64),
    ("probe syscall.read, syscall.write { print(fd) }", "fd", INT64),
    ("probe syscall.kill { print(sig_str) }", "sig_str", STRING),
    ("probe syscall.* { print(fd) }", "fd", INT64),
    ("probe syscall.sendto { print(buf) }", "buf", STRING),
    ("probe syscall.lstat { print(path) }", "path", STRING),
    ("probe syscall.statx { print(mask_str) }", "mask_str", STRING),
])
def test_variables_lower_and_type(src, name, t):
    an = analyzed(src)
    found = [x for x in ir.walk(an.program.probes[0].body) if isinstance(x, ir.SyscallVar)]
    assert [x.name for x in found] == [name] and found[0].type == t


@pytest.mark.parametrize("src, msg, col", [
    ("probe syscall.openat { print(fd) }",
     "unknown variable 'fd': syscall 'openat' has dfd, filename, flags, mode, dfd_str, "
     "flags_str, name, argstr", 30),
    ("probe syscall.read { print(retstr) }", "'retstr' is only available in syscall .return probes", 28),
    ("probe syscall.* { print(nosuch) }", "none of the probed syscalls has it", 25),
])
def test_variables_a_probe_does_not_have(src, msg, col):
    with pytest.raises(XtraceError) as ei:
        analyzed(src)
    assert msg in ei.value.message
    assert ei.value.loc.line == 1 and ei.value.loc.col == col


@pytest.mark.parametrize("src, name, value", [
    ('probe syscall.open.return { print(filename . "x") }', "filename", ir.StrLit("")),
    ('probe syscall.close.return { printf("%s\\n", returnstr(returnp)) }', "returnp", ir.IntLit(0)),
])
def test_a_return_probe_reads_other_names_as_never_assigned_locals(src, name, value):
    """stap's syscall .return aliases set name, retval and retstr only: another name
    is a never-assigned local (0 or "", with stap's warning), not an error."""
    prog = parse(src, "t.stp")
    first = prog.probes[0].body.stmts[0].expr
    assert isinstance(first, ir.Assign) and first.target.name == name
    assert type(first.value) is type(value) and first.value.value == value.value
    assert prog.options["warnings"][0].startswith(f"WARNING: never-assigned local variable '{name}'")
    analyzed(src)


def test_a_local_of_the_same_name_wins():
    an = analyzed("probe syscall.openat { fd = 3; print(fd) }")
    assert not [x for x in ir.walk(an.program.probes[0].body) if isinstance(x, ir.SyscallVar)]


# ---- generated C: only what the probes hit

def test_one_syscall_one_formatter():
    c = c_of('probe syscall.open { printf("%s\\n", argstr) }')
    assert "case 2: /* open */" in c
    assert "/* openat */" not in c and "/* read */" not in c
    assert "xt_sym_prot" not in c and "xt_errnames" not in c


def test_retstr_formats_and_errnames():
    c = c_of('probe syscall.mmap.return, syscall.close.return { println(retstr) }')
    assert "case 9: /* mmap */" in c and "format = 2;" in c
    assert '[2] = "ENOENT"' in c and '[9] = "EBADF"' in c
    assert "xt_argstr" not in c.split("probe bodies")[0]


def test_variables_read_only_their_syscalls():
    c = c_of('probe syscall.kill { printf("%d %s\\n", pid, sig_str) }')
    assert "static s64 xt_sv_pid" in c and "xt_svs_sig_str" in c
    assert "xt_sym_signal" in c and "/* tkill */" not in c


def test_wildcard_generates_every_syscall():
    c = c_of('probe syscall.* { println(argstr) }')
    assert c.count("/* openat */") >= 1 and "/* execve */" in c and "/* pidfd_open */" in c


def test_user_string_entry_probes_are_deferred_when_needed():
    c = c_of('probe syscall.openat { println(filename) }')
    assert "case 257: /* openat */\n\t\treturn (1u << 1);" in c
    assert "xt_defer_push" in c


# ---- printers

def test_stap_printer_round_trips_variables():
    src = 'probe syscall.openat { printf("%s %d\\n", filename, flags) }\n' \
          'probe syscall.openat.return { println(retstr) }\n'
    prog = parse(src, "t.stp")
    text = print_program(prog)
    assert "filename" in text and "retstr" in text
    assert parse(text, "t.stp") == prog


def test_other_languages_say_what_they_cannot_translate():
    prog = parse("probe syscall.connect { println(serv_addr_str) }", "t.stp")
    with pytest.raises(XtraceError, match="syscall variable 'serv_addr_str' has no D equivalent"):
        print_d(prog)
    # a symbolic text is written out in D (frontends/argstr_port.py); Vue, which has no
    # string of a number for the bits no name says, prints it directly only
    # (frontends/argstr_printed.py), and refuses it kept as a value
    prog = parse("probe syscall.openat { println(flags_str) }", "t.stp")
    assert 'printf("%s\\n", this->flags_str);' in print_d(prog)
    assert 'if (__arg3 & 64)\n        printf("|O_CREAT");' in print_vue(prog)
    kept = parse("global f\nprobe syscall.openat { f = flags_str }", "t.stp")
    with pytest.raises(XtraceError, match="syscall variable 'flags_str' has no Vue equivalent"):
        print_vue(kept)
    # a user string is its argument's string, quoted as stap's user_string_quoted() quotes it
    # (printed by a bare %s, the quotes are written into the format)
    named = parse("probe syscall.openat { println(filename) }", "t.stp")
    assert 'printf("\\"%s\\"\\n", copyinstr(arg1));' in print_d(named)
    assert 'printf("\\"%s\\"\\n", get_userstring(__arg2, -1));' in print_vue(named)
    named = parse("probe syscall.openat { x = filename; println(x) }", "t.stp")
    assert 'strjoin("\\"", strjoin(copyinstr(arg1), "\\""))' in print_d(named)
    assert '"\\"" + get_userstring(__arg2, -1) + "\\""' in print_vue(named)
    # retstr is written out (frontends/retstr_port.py) where the clause's syscalls
    # share one format; not where they differ (brk's hex, read's decimal)
    assert "errno_names[-arg0]" in print_d(parse("probe syscall.read.return { println(retstr) }", "t.stp"))
    with pytest.raises(XtraceError, match="'retstr' has no D equivalent"):
        print_d(parse("probe syscall.read.return, syscall.brk.return { println(retstr) }", "t.stp"))


def test_d_takes_integer_variables_as_raw_arguments():
    prog = parse('probe syscall.kill { printf("%d %d\\n", pid, sig) }\n'
                 'probe syscall.read, syscall.write { printf("%d\\n", fd) }', "t.stp")
    text = print_d(prog)
    assert 'printf("%d %d\\n", (int)arg0, (int)arg1);' in text
    assert 'printf("%d\\n", (int)arg0);' in text
    mmap = parse('probe syscall.mmap { printf("%d\\n", length) }', "t.stp")
    # a 64-bit variable is the whole argument, signed as stap's numbers are
    assert 'printf("%d\\n", arg1);' in print_d(mmap)
    # fd is not argument 0 of every syscall
    with pytest.raises(XtraceError, match="'fd' has no D equivalent here"):
        print_d(parse('probe syscall.* { printf("%d\\n", fd) }', "t.stp"))


def test_stap_names_of_renamed_syscalls():
    prog = parse("probe syscall.mmap2, syscall.pread { println(name) }", "t.stp")
    assert [p.name for p in prog.probes[0].points] == ["mmap", "pread64"]
    assert "probe syscall.mmap2,\n" in print_program(prog) or "syscall.mmap2" in print_program(prog)
    c = c_of("probe syscall.mmap2 { println(name) }")
    assert 'case 9: return "mmap2";' in c and 'return "pread";' in c
    assert 'sig_name' in sc.SYSCALLS["kill"].variables()


@pytest.mark.parametrize("src", ["probe begin { print(fd) }", "probe begin { print(retstr) }",
                                 "function f() { return fd } probe syscall.read { f() }"])
def test_tapset_names_outside_their_probes_are_never_assigned_locals(src):
    """stap: a local like any other there, 0 with a warning (a function does not
    see its caller's tapset variables)."""
    an = analyzed(src)
    assert an.program.options["warnings"][0].startswith("WARNING: never-assigned local variable")


# ---- second audit against stap's tapset (sysc_*.stp, aux_syscalls.stp)

def test_names_of_the_second_audit():
    def has(s: str) -> set[str]:
        return set(sc.SYSCALLS[s].variables())
    # dup2 keeps dup3's flags (0) and flags_str ("0x0"); pipe/pipe2 read the fd array
    assert {"flags", "flags_str"} <= has("dup2")
    assert {"fildes_uaddr", "pipe0", "pipe1", "flags", "flag_str"} <= has("pipe") & has("pipe2")
    assert "flags_str" not in has("pipe2")
    assert {"act_uaddr", "act_str", "oact_uaddr", "sig_str"} <= has("rt_sigaction")
    assert {"set_uaddr", "set_str", "how_str"} <= has("rt_sigprocmask")
    assert {"level_str", "optname_str"} <= has("setsockopt") & has("getsockopt")
    assert {"how_str"} <= has("shutdown") and {"which_str", "options_str"} <= has("waitid")
    assert {"info_uaddr", "info_str"} <= has("sysinfo")
    assert {"new_rlim_uaddr", "new_rlim_str", "resource_str"} <= has("prlimit64")
    assert {"oldname_str", "newname_str", "newdfd_str"} <= has("symlinkat")
    assert "path_uaddr" in has("truncate")
    assert "option_str" not in has("prctl")      # stap's prctl has none
    assert sc.SYSCALLS["futex"].custom and sc.SYSCALLS["prctl"].custom


def test_points_that_are_two_syscalls_in_stap():
    an = analyzed("probe syscall.pipe { print(flags) } probe syscall.getdents { print(fd) }")
    assert [[p.name for p in probe.points] for probe in an.program.probes] == \
        [["pipe", "pipe2"], ["getdents", "getdents64"]]
    c = c_of("probe syscall.getdents { println(name) }")
    assert 'case 217: return "getdents";' in c     # getdents64(2) is named getdents


def test_tables_of_the_second_audit():
    def names(kind: str) -> dict[int, str]:
        return dict(sysc.TABLES[kind][2])
    assert names("waitopts")[2] == "WSTOPPED"
    assert [n for _, n in sysc.TABLES["waitopts"][2]][:3] == ["WNOHANG", "WEXITED", "WSTOPPED"]
    assert 36 not in names("fcntlcmd") and 1033 not in names("fcntlcmd")
    assert 20 not in names("madvice") and names("madvice")[17] == "MADV_DODUMP"
    assert names("clockid")[10] == "CLOCK_SGI_CYCLE" and sysc.TABLES["clockid"][1] == 16
    assert "(u32)a[0]" in sysc.fmt("clockid", 0)
    assert names("sockoptname")[29] == "SO_TIMESTAMP_OLD" and 20 not in names("sockoptname")
    assert names("rlimit")[0xffffffff] == "RLIM_INFINITY"
    signals = [n for _, n in sysc.TABLES["signal"][2]]
    assert signals.index("SIGPIPE") < signals.index("SIGUSR2")   # a signal set's order


def test_custom_argstr_code_only_for_its_syscalls():
    c = c_of('probe syscall.futex { println(argstr) }')
    assert "xt_sc_argstr_futex(p + len, n - len, a);" in c and "xt_sym_futexop" in c
    assert "xt_sc_argstr_prctl" not in c and "xt_sym_prctlop" not in c
    c = c_of('probe syscall.rt_sigaction { println(argstr) }')
    assert 'XT_AP("{");' in c and "xt_fmt_sigaction" in c and "xt_sym_saflags" in c
    c = c_of('probe syscall.pipe { println(argstr, pipe0) }')
    assert "xt_sc_argstr_pipe2" in c and "xt_sym_pipe2flags" in c and "xt_sc_fildes(a[0], 0)" in c


def test_variables_that_are_no_raw_argument_do_not_translate_as_one():
    assert sc.raw_args("pipe0", ["pipe"]) is None and sc.raw_args("flags", ["dup2"]) is None
    assert sc.raw_args("oldfd", ["dup2"]) == {"dup2": (0, "int")}


def test_tkill_flock_timerfd_memfd_mremap_as_stap_has_them():
    assert "pid" in sc.SYSCALLS["tkill"].variables()      # sysc_tkill.stp: pid, not tid
    assert sc.SYSCALLS["flock"].variables()["operation"].kind == "flockop"
    assert dict(sysc.TABLES["tfdflags"][2])[0o2000000] == "TFD_CLOEXEC"
    assert dict(sysc.TABLES["mfdflags"][2])[1] == "MFD_CLOEXEC"
    assert 4 not in dict(sysc.TABLES["mremapflags"][2])


def test_pipe_return_reads_the_new_descriptors():
    an = analyzed("probe syscall.pipe.return { printf(\"%d %d\\n\", pipe0, pipe1) }")
    found = [x for x in ir.walk(an.program.probes[0].body) if isinstance(x, ir.SyscallVar)]
    assert [x.name for x in found] == ["pipe0", "pipe1"]
    # other return probes still have only name, retval and retstr (others are locals)
    prog = parse("probe syscall.read.return { print(pipe0) }", "t.stp")
    assert "never-assigned local variable 'pipe0'" in prog.options["warnings"][0]


def test_wait4_status_str_only_at_return():
    an = analyzed('probe syscall.wait4.return { println(status_str) }')
    assert "xt_fmt_waitstatus" in generate(an).c_source
    with pytest.raises(XtraceError) as ei:
        analyzed('probe syscall.wait4 { println(status_str) }')
    assert "unknown variable 'status_str'" in ei.value.message
    assert "status_str" not in ei.value.message.split(" has ")[1]
