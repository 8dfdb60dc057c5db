"""`xtrace translate`: parse and analyze in one language, print in another."""

from __future__ import annotations

import copy
import dataclasses
import functools
import os
from typing import Callable

from pathlib import Path

from xtrace import frontends
from xtrace.frontends.d.preprocess import interpreter_flags
from xtrace.frontends.gaps import Gaps, print_forced, target_write_refusal
from xtrace.frontends.stap.lower import GURU_ONLY
from xtrace.ir.analysis import analyze
from xtrace.ir.framing import record_probe_ids
from xtrace.ir.loc import XtraceError
from xtrace.ir.nodes import Program
from xtrace.ir.target import KernelTarget, read_syscall_table

from .scriptfile import read_source, read_stdin
from .translate_cpp import (CppOptions, directive_hint, header_note, line_aligned, preprocess,
                            refuse_for, relocate)

# --to takes stap's usual file extension as well as the language name.
_TO = {**{lang: lang for lang in frontends.LANGS}, **frontends.LANG_ALIASES}
_EXT = {"d": ".d", "stap": ".stp", "vue": ".e"}


def target_lang(to: str) -> str:
    if to not in _TO:
        raise XtraceError(f"unknown target language '{to}' (d, stp or vue)", exit_code=2)
    return _TO[to]


def output_name(path: str, to: str) -> str:
    return Path(path if path != "-" else "stdin").stem + _EXT[target_lang(to)]


def _translation_target() -> KernelTarget:
    """Syscall names from whatever headers are at hand; translation needs no kernel symbols."""
    import os
    from xtrace.driver.targets import host_can_load_modules
    if host_can_load_modules():
        release = os.uname().release
    else:
        from xtrace.sandbox.kernel import resolve_release
        release = resolve_release()
    build = Path(f"/lib/modules/{release}/build")
    if not build.exists():
        raise XtraceError(f"no kernel headers for {release} (run setup.sh)")
    return KernelTarget(release, build, read_syscall_table(build),
                        btf_file=lambda: _known_btf(release),
                        module_btf_file=lambda mod: _known_module_btf(release, mod),
                        known_functions=lambda boot: _known_functions(release, boot))


def _known_functions(release: str, boot: bool) -> set[str] | None:
    """The probeable function names of kernel `release`, as xtrace's stap resolves
    against them: the host's kallsyms for its own kernel, else the sandbox kernel's
    capture (taken with a boot only when `boot`: the probe reads `$names`, whose
    types need the same capture). None when not at hand."""
    from xtrace.driver.targets import host_can_load_modules
    from xtrace.ir.target import read_kallsyms
    if host_can_load_modules() and release == os.uname().release:
        return read_kallsyms(Path("/proc/kallsyms"))
    from xtrace.sandbox import kernel as sk
    from xtrace.sandbox.vm import SandboxError
    try:
        kinfo = sk.ensure_kernel(release)
        if not boot and not Path(kinfo.kallsyms_file).is_file():
            return None
        kinfo = _sandbox_kernel(release) or kinfo
        blacklist = sk.kprobe_blacklist(kinfo)
        return {f for f in sk.kernel_symbols(kinfo)
                if f not in blacklist and not ("." in f and f.split(".", 1)[0] in blacklist)}
    except (sk.KernelError, SandboxError, OSError, XtraceError):
        return None


def _known_btf(release: str) -> Path | None:
    """BTF for typing kernel members: the running kernel's, else the sandbox
    kernel's (see _sandbox_kernel)."""
    import os
    host = Path("/sys/kernel/btf/vmlinux")
    if release == os.uname().release and host.exists():
        return host
    from xtrace.sandbox.kernel import kernel_btf
    kinfo = _sandbox_kernel(release)
    return kernel_btf(kinfo) if kinfo is not None else None


def _known_module_btf(release: str, module: str) -> Path | None:
    """A module's split BTF: the running kernel's sysfs file, else the one the
    sandbox captured."""
    import os
    import re
    if not re.fullmatch(r"[\w-]+", module) or module == "vmlinux":
        return None
    host = Path("/sys/kernel/btf") / module
    if release == os.uname().release and host.is_file():
        return host
    from xtrace.sandbox.kernel import module_btf
    kinfo = _sandbox_kernel(release)
    return module_btf(kinfo, module) if kinfo is not None else None


@functools.lru_cache(maxsize=None)
def _sandbox_kernel(release: str):
    """The sandbox kernel `release` (sandbox.kernel.KernelInfo) with its types and
    symbols in the cache, or None where the host's own kernel is the target. A fresh
    machine's first translation that reads a kernel member boots the VM once to take
    them, as `xtrace run` does; without them it refused every member as if the
    kernel had no BTF."""
    import sys
    from xtrace.driver.targets import host_can_load_modules
    if host_can_load_modules() and release == os.uname().release:
        return None  # the host's own kernel: /sys/kernel/btf is the whole answer
    from xtrace.sandbox.kernel import KernelError, capture_symbols, ensure_kernel
    from xtrace.sandbox.vm import SandboxError
    try:
        kinfo = ensure_kernel(release)
        if not (kinfo.btf_file.exists() and kinfo.module_btf_dir.is_dir()):
            print(f"xtrace: reading kernel {release}'s types in the sandbox VM (once: they are cached)",
                  file=sys.stderr)
        capture_symbols(kinfo)
    except (KernelError, SandboxError, OSError) as ex:
        raise XtraceError(f"cannot read kernel {release}'s types in the sandbox VM: {ex}") from None
    return kinfo


def translate_text(source: str, filename: str, lang: str, to: str,
                   target: KernelTarget | None = None, gaps: Gaps | None = None,
                   args: tuple[str, ...] = (),
                   global_values: tuple[tuple[str, str], ...] = (),
                   cpp: CppOptions | None = None) -> str:
    """Translate script text of `lang` into language `to`. With `gaps.force`, what `to`
    cannot express becomes a marked comment and the errors land in `gaps.found`.
    `args`: a stap script's arguments, which the translation holds as literals, or a D
    script's, substituted in the probe descriptions whose macros no port can keep
    (frontends/d/desc_args.py; elsewhere D's `$1` stays the port's argument);
    `global_values`: stap's -G NAME=VALUE, which become the globals' initial values
    (no other language has the option); `cpp`: D's -C, -D, -U and -I (translate_cpp.py):
    a D port is of the script as cpp hands it to dtrace, and says so in its opening
    comment."""
    cpp = cpp or CppOptions()
    refuse_for(cpp, lang, filename)
    said = cpp.given()  # on the command line: the port's opening comment names them
    if lang == "d" and not cpp.enabled and "C" in interpreter_flags(source):
        # `#!/usr/sbin/dtrace -Cs`: the script runs with cpp wherever it runs
        cpp = dataclasses.replace(cpp, enabled=True)
    if lang == "d" and cpp.given():
        cpp.check()
    if lang == "d" and cpp.enabled:
        raw = preprocess(source, filename, cpp)
        mapped = line_aligned(raw, filename)
        named, consts = None, {}
        if mapped is not raw:
            # each line where the script has it: a literal's place says which name it was
            from .translate_defines import name_defined_constants, plain_constants
            consts = plain_constants(source, cpp)
            named = lambda prog: name_defined_constants(prog, consts, mapped.text, source,  # noqa: E731
                                                        filename)
        texts = {n: text for n, (_, text) in consts.items()}
        try:
            port = _translated(mapped.text, filename, lang, to, target, gaps, args, global_values,
                               note=header_note(filename, cpp) if said else None,
                               named=named)
        except XtraceError as ex:
            raise relocate(ex, mapped, filename, source, texts) from None
        for ex in {id(ex): ex for ex in (gaps.found if gaps else [])}.values():
            relocate(ex, mapped, filename, source, texts)
        return _with_a_probe(port, to, gaps)
    try:
        port = _translated(source, filename, lang, to, target, gaps, args, global_values,
                           tapset_dirs=cpp.incdirs if lang == "stap" else ())
    except XtraceError as ex:
        raise directive_hint(ex) if lang == "d" else ex from None
    return _with_a_probe(port, to, gaps)


def _with_a_probe(port: str, to: str, gaps: Gaps | None) -> str:
    """`port`, unless --force left none of the script's probes in it: then there is no
    port (stap refuses a script without probes, and in D or Vue it would trace nothing),
    and the first gap says why."""
    if gaps is None or not gaps.force or not gaps.found:
        return port
    try:
        if frontends.parse(port, "port" + _EXT[target_lang(to)], target_lang(to)).probes:
            return port
    except XtraceError as ex:
        if ex.message != "no probes found":
            return port  # (not this check's to judge)
    first = gaps.found[0]
    raise XtraceError(f"no probe of the script can be written in {_NAMES[target_lang(to)]}, "
                      f"even with --force: {first.message}", first.loc, first.source)


def _translated(source: str, filename: str, lang: str, to: str, target: KernelTarget | None,
                gaps: Gaps | None, args: tuple[str, ...],
                global_values: tuple[tuple[str, str], ...], note: str | None = None,
                tapset_dirs: tuple[str, ...] = (),
                named: Callable[[Program], None] | None = None) -> str:
    """translate_text's work on the text the parser reads; `note`: a line the port's
    opening comment ends with; `tapset_dirs`: stap -I; `named`: what names the parsed
    program's constants (a D script's own #defines, translate_defines.py)."""
    if lang == "vue":
        # probevue puts exported shell variables' values in when it compiles the
        # script (IBM's $PID, $FILE_NAME): the port is of that script
        from .probevue_cli import substitute_env
        source = substitute_env(source, dict(os.environ))
    def parsed(guru: bool = False) -> Program:
        # a port into D or Vue leaves out the dead code stap never runs and the port
        # would show (a fault, a function's reads); a stap-to-stap one keeps it all
        return frontends.parse(source, filename, lang, args if lang in ("stap", "d") else None,
                               port=lang == "stap" and target_lang(to) != "stap",
                               include_dirs=tapset_dirs, guru=guru)
    try:
        prog = parsed()
    except XtraceError as ex:
        if (lang == "stap" and ex.message == _GURU_WRITE and gaps is not None and gaps.force
                and target_lang(to) != "stap"):
            # --force: the script as stap -g reads it, each statement writing a target
            # variable a gap (frontends/gaps.py), the rest ported
            gaps.target_writes = _NAMES[target_lang(to)]
            try:
                prog = parsed(guru=True)
            except XtraceError as ex2:
                raise _guru_refusal(ex2, to) from None
        elif not (lang == "stap" and ex.message.endswith(_GURU_CALL)):
            raise _guru_refusal(ex, to) from None
        else:
            # a guru tapset function (udelay(), raise(), printk()): the script runs with
            # stap -g, and the port says what it does where the target can (D's chill(),
            # raise() under its destructive option)
            try:
                prog = parsed(guru=True)
            except XtraceError as ex2:
                raise _guru_refusal(ex2, to) from None
    if note:
        _add_header_note(prog, note)
    if named:
        named(prog)
    if target is None:
        target = _translation_target()
    try:
        return _port(prog, lang, to, target, gaps, global_values)
    except XtraceError as refusal:
        if lang == "d":
            from .translate_nomatch import no_match_first
            first = no_match_first(source, filename, args, target, refusal)
            if first is not None:
                raise first from None
        if lang != "d" or (gaps is not None and gaps.force):
            raise
        # what the target cannot express may be code an option set to 0 keeps from
        # running (the DTraceToolkit's procsystime's OPT_cpu and its vtimestamp):
        # without it, the script as it runs may port (ir/deadoptions.py)
        from xtrace.ir.deadoptions import without_dead_options
        found = without_dead_options(frontends.parse(source, filename, lang, args or None))
        if found is None:
            raise
        live, options = found
        if note:
            _add_header_note(live, note)
        if named:
            named(live)
        # the reader of the port is told what went, as a porter would note it
        said = ", ".join(options)
        _add_header_note(live, f"{said} {'is' if len(options) == 1 else 'are'} 0 here: the code "
                         f"{'it guards' if len(options) == 1 else 'they guard'}, which "
                         f"{_NAMES[target_lang(to)]} cannot say, is left out")
        # refused again: what the script as it runs cannot say is the message
        return _port(live, lang, to, target, gaps, global_values)


def _add_header_note(prog, note: str) -> None:
    """End the port's opening comment (the script's own, if it has one) with `note`."""
    prog.options = {**(prog.options or {}),
                    "header_comments": [*(prog.options or {}).get("header_comments", []), note]}


def _drop_never_points(prog: Program) -> None:
    """stap's `never` beside other points of a probe (`probe module("m").function("f") ?,
    never`, kmodule.stp's guard that keeps the probe from resolving to nothing): it
    adds no hit, so the port lists the other points alone. A probe of `never` alone
    stays as it is, for the printer to refuse."""
    for pr in prog.probes:
        if any(p.kind == "never" for p in pr.points) and any(p.kind != "never" for p in pr.points):
            pr.points = [p for p in pr.points if p.kind != "never"]


def _port(prog, lang: str, to: str, target: KernelTarget, gaps: Gaps | None,
          global_values: tuple[tuple[str, str], ...]) -> str:
    """The translation of parsed program `prog` (translate_text's)."""
    if lang != target_lang(to):
        # a port's frees at thread exit are the other language's own freeing
        # (D's self-> arrays, Vue's): the probes go, their arrays are per-thread
        from xtrace.ir.threadexit import read_thread_exit_frees
        read_thread_exit_frees(prog)
    if lang == "stap" and target_lang(to) != "stap":
        _drop_never_points(prog)
    # Kernel-function probes cannot be checked without symbols: let them through, but
    # for stap's `a!, b`, whose match decides whether b runs: believed matched, `a!`
    # would drop the points after it (unknown, it keeps them: a D or Vue translation
    # lists them all).
    kfuncs = [p for pr in prog.probes for p in pr.points if p.kind == "kfunc"]
    if target.functions is None and kfuncs:
        # D's `::read:entry` is read as syscall's and fbt's: a name the target's
        # system calls have is taken for the syscall probe alone
        target.functions = {p.name for p in kfuncs if not p.module and not p.sufficient
                            and not (p.any_of and _names_syscall(p.name, target))}
        target.functions_guessed = True
        if lang == "stap" and target_lang(to) != "stap":
            # stap's `a!, b`: the alternative stap takes on this kernel, where its
            # names are at hand (a stap port keeps the list: stap chooses again)
            from .translate_sufficient import settle_sufficient_points
            settle_sufficient_points(prog, target, target.known_functions)
    if target.module_functions() is None and any(p.module for p in kfuncs):
        target.module_symbols = {}
        for p in kfuncs:
            # believed there, but for a name with a blank, which no module has
            # (systemtap.base optionalprobe.stp's `module("no mod").function("*") ?`)
            if p.module and not any(c.isspace() for c in p.module):
                target.module_symbols.setdefault(p.module, set()).add(p.name)
    if not prog.options.get("target_binary"):
        target.target_program_unknown = True  # no -c: its program is only named
    # (a copy: the caller's target may serve a run's analysis too, the tests' shared one)
    target = dataclasses.replace(target, translating=True)
    analysis = analyze(prog, target)
    if global_values:
        if lang != "stap":
            raise XtraceError("-G NAME=VALUE sets globals of a stap script only", exit_code=2)
        from .globalopts import GlobalOptError, set_globals
        try:
            set_globals(prog, global_values)
        except GlobalOptError as ex:
            raise XtraceError(str(ex), exit_code=2) from None
    record_probe_ids(prog, analysis)
    record_syscall_globs(prog, analysis)
    record_tracepoint_keys(prog, analysis)
    record_tracepoint_params(prog, analysis)
    if lang == "d" and target_lang(to) != "d":
        settle_zdefs_points(prog, analysis, target)
        # D's exit dump of an aggregation a printa() prints too: a flag where it can matter
        from xtrace.ir.rundumps import run_time_dumps_flagged
        prog = run_time_dumps_flagged(prog)
    if lang == "stap" and target_lang(to) == "vue":
        settle_zdefs_points(prog, analysis, target)  # Vue has no optional points
    if lang == "vue" and target_lang(to) != "vue":
        from xtrace.ir.emptyclauses import without_empty_begin_clauses
        prog = without_empty_begin_clauses(prog)  # Vue's @@BEGIN of declarations only
    printer = frontends.frontend(target_lang(to))
    try:
        if gaps is not None and gaps.force:
            # each round prints its own copy: a printer may change what it is given
            return print_forced(lambda g: printer.print_program(copy.deepcopy(prog), g), gaps)
        return printer.print_program(prog, gaps)
    except XtraceError as ex:
        from .tapset_errors import at_script_probe
        raise at_script_probe(ex, prog) from None


def settle_zdefs_points(prog, analysis, target: KernelTarget) -> None:
    """D's -Z (zdefs) lets any probe description match nothing, so every point of such
    a script is optional. A port keeps the points that matched on the target, and a
    porter writes them plainly: stap's `syscall.read` (not `syscall.read?`), and Vue,
    which has no optional points, takes them at all (DTrace book fsrwcount.d's
    `syscall::read:entry, ... syscall::*read*nocancel:entry` under -Z: the last matches
    no Linux syscall and leaves the port). A kernel function believed to match without
    the kernel's symbols stays optional: its match is a guess. So too a stap `?` point
    ported to Vue (lishuai860113's chown.stp's `syscall.fchownat ?`): a porter writes the
    point the kernel has plainly, one it lacks not at all."""
    matched = {id(rp.point) for rps in analysis.points for rp in rps
               if rp.point.optional and rp.sites
               and not (rp.point.kind == "kfunc" and target.functions_guessed)}
    if not matched:
        return
    for probe in prog.probes:
        probe.points = [dataclasses.replace(p, optional=False) if id(p) in matched else p
                        for p in probe.points]


def _names_syscall(name: str, target: KernelTarget) -> bool:
    """Whether a function name (or glob) names one of the target's system calls."""
    from fnmatch import fnmatchcase
    return any(fnmatchcase(s, name) for s in target.syscalls)


def record_tracepoint_keys(prog, analysis) -> None:
    """Keep the `system:event` each bare tracepoint name (stap's kernel.trace("sched_switch"))
    matched on the target, for a language that must name the system (D's tracepoint:sched::)."""
    keys = {rp.point.name: rp.tracepoints[0].key for rps in analysis.points for rp in rps
            if rp.point.kind == "tracepoint" and ":" not in rp.point.name
            and not any(c in rp.point.name for c in "*?[") and len(rp.tracepoints) == 1}
    if keys:
        prog.options = {**(prog.options or {}), "tracepoint_keys": keys}


def record_tracepoint_params(prog, analysis) -> None:
    """Keep the parameters (C type, name) of each tracepoint a point names on the target,
    for a language that names them (stap's $prev) where the source read them by
    position (D's args[1])."""
    params = {rp.point.name: [[ctype, name] for ctype, name in rp.tracepoints[0].params]
              for rps in analysis.points for rp in rps
              if rp.point.kind == "tracepoint" and len(rp.tracepoints) == 1}
    if params:
        prog.options = {**(prog.options or {}), "tracepoint_params": params}


def record_syscall_globs(prog, analysis) -> None:
    """Keep the syscalls each syscall pattern (`open*`) matched on the target, for a
    language that names syscalls one by one (Vue's @@syscall has no patterns)."""
    globs = {rp.point.name: [nm for nm, _ in rp.syscalls]
             for rps in analysis.points for rp in rps
             if rp.point.kind == "syscall" and rp.point.name != "*"
             and any(c in rp.point.name for c in "*?[") and rp.syscalls}
    if globs:
        prog.options = {**(prog.options or {}), "syscall_globs": globs}


def translate_file(path: str, to: str, from_lang: str | None = None, gaps: Gaps | None = None,
                   args: tuple[str, ...] = (),
                   global_values: tuple[tuple[str, str], ...] = (),
                   cpp: CppOptions | None = None) -> str:
    """Translate one file (or stdin for '-'); `args`: a stap script's arguments,
    `global_values` its -G values, `cpp` a D script's preprocessor options."""
    if path == "-":
        source = read_stdin()
        lang = frontends.lang_for("<stdin>", from_lang or frontends.sniff_lang(source), "--from")
        return translate_text(source, "<stdin>", lang, to, gaps=gaps, args=args,
                              global_values=global_values, cpp=cpp)
    return translate_text(read_source(path), path, frontends.lang_for(path, from_lang, "--from"), to, gaps=gaps,
                          args=args, global_values=global_values, cpp=cpp)


_GURU_WRITE = "write to target variable not permitted; need stap -g"
# the end of stap's refusal of a guru-delay/guru-signal/logging tapset function without -g
_GURU_CALL = "may only be called in guru mode; need stap -g"
_NAMES = {"d": "D", "vue": "Vue", "stap": "stap"}


def _guru_refusal(ex: XtraceError, to: str) -> XtraceError:
    """stap's refusals of guru-mode code without -g, said as what they are for a
    translation: embedded C, which no translation carries (D and Vue run no C of the
    script's; xtrace's stap printer writes the script language only), and a write to
    a target variable, which the target language has no form for (D and Vue read the
    probed code's arguments and variables, they never write them)."""
    if ex.message == GURU_ONLY:
        lang = _NAMES[target_lang(to)]
        why = ("xtrace translates the script language, not C" if lang == "stap"
               else f"a {lang} script runs no C of its own")
        return XtraceError(f"embedded C (%{{ ... %}}, stap -g guru mode) has no {lang} translation: "
                           f"{why}", ex.loc, ex.source, kind=ex.kind)
    if ex.message != _GURU_WRITE or target_lang(to) == "stap":
        return ex
    return XtraceError(target_write_refusal(_NAMES[target_lang(to)]), ex.loc, ex.source, kind=ex.kind)
