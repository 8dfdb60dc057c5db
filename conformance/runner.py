"""Build every case (passes 1-4, in parallel) and run them all in one sandbox VM boot."""

from __future__ import annotations

import io
import os
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Optional

from xtrace.backend_c import kbuild
from xtrace.backend_c.codegen import GeneratedModule
from xtrace.backend_c.kbuild import BuiltModule
from xtrace.driver.passes import Pipeline, destructive_gate, with_evaltime
from xtrace.driver.targets import RunTarget, choose_target
from xtrace.ir.loc import XtraceError

from .cases import Actual, Case, Verdict, compare

CASE_TIMEOUT = 60.0


@dataclass
class Build:
    """A case after passes 1-4: a module to run, or what the build printed and its status."""

    case_path: Path
    built: Optional[BuiltModule] = None
    stderr: str = ""
    status: int = 0
    cmd: Optional[str] = None  # the shell line pass 5 runs
    cmd_pid: Optional[int] = None  # the pid it runs as (D's $target), or None
    pending: Optional["Pending"] = None  # pass 3's module, not compiled yet


@dataclass
class Pending:
    """A module pass 3 made and pass 4 has still to compile (or find in the cache)."""

    module: GeneratedModule
    name: Optional[str]  # stap -m, else None (xt_ and the content hash)
    evaltime: str  # D's evaltime, which the driver reads from the manifest


def _session_notice(pipe: Pipeline) -> str:
    """What `xtrace run` writes to stderr between analysis and the run (hints, D's notice)."""
    assert pipe.program is not None and pipe.analysis is not None
    text = "".join(pipe.program.options.get("warnings", []))
    text += "".join(f"xtrace: {h}\n" for h in pipe.analysis.hints)
    notice = pipe.program.options.get("matched_notice")
    if notice and not pipe.program.options.get("quiet"):
        n = pipe.analysis.n_matched
        text += notice.format(file=pipe.filename, n=n, s="" if n == 1 else "s") + "\n"
    return text


def build_case(case_path: Path, target: RunTarget, pass4: bool = True) -> Build:
    """Passes 1-4 of one case, as `xtrace run` does them; errors become stderr + status.
    pass4=False stops after pass 3: the Build carries the module to compile
    (finish_build(), after build_many() has compiled many in one go)."""
    case = Case(case_path)
    if case.prep:  # the files the build and the run need (conformance/prep.py)
        from .prep import run_prep
        failed = run_prep(case.prep, case.run_dir, case.name)
        if failed:
            return Build(case_path, None, f"xtrace conformance: {failed}\n", 70)
    pipe = Pipeline(case.source, case.path.name, case.lang, cmd=case.cmd, script_args=case.args,
                    guru=case.guru, symbol_files=case.symbol_files, ldd=case.ldd,
                    global_values=case.global_values, include_dirs=case.include_dirs,
                    limits=case.limits)
    try:
        pipe.parse()
        pipe.analyze(target)
        notice = _session_notice(pipe)
        gate, status = destructive_gate(pipe.program, False)
        if status:
            return Build(case_path, None, notice + gate, status)
        notice += gate
        pipe.generate()
        if not pass4:
            assert pipe.module is not None
            return Build(case_path, None, notice, cmd=pipe.run_cmd, cmd_pid=pipe.cmd_pid,
                         pending=Pending(pipe.module, pipe.module_name, pipe.evaltime))
        return Build(case_path, pipe.build(target), notice, cmd=pipe.run_cmd, cmd_pid=pipe.cmd_pid)
    except XtraceError as ex:
        return _failed(case, ex)
    except Exception as ex:  # noqa: BLE001 - a crash is a failing case, not a crashed runner
        return Build(case_path, None, f"xtrace: internal error: {type(ex).__name__}: {ex}\n", 70)


def _failed(case: Case, ex: XtraceError) -> Build:
    if case.lang == "d" and ex.exit_code == 1 and ex.loc is not None:
        ex.dtrace_script = case.path.name  # as `xtrace run` words a D compile error
    ex.stap_script = case.lang == "stap"  # and a stap one as stap lays it out
    return Build(case.path, None, ex.render() + "\n", ex.exit_code)


def finish_build(b: Build, target: RunTarget) -> Build:
    """Pass 4 of a case build_case(pass4=False) left pending (a cache hit after build_many)."""
    if b.pending is None:
        return b
    p, b.pending = b.pending, None
    try:
        b.built = kbuild.build(p.module, target.release, target.build_dir, name=p.name)
    except XtraceError as ex:
        return _failed(Case(b.case_path), ex)
    except Exception as ex:  # noqa: BLE001 - as in build_case
        return Build(b.case_path, None, f"xtrace: internal error: {type(ex).__name__}: {ex}\n", 70)
    with_evaltime(b.built, p.evaltime)
    return b


_worker_target: Optional[RunTarget] = None


def _generate_in_worker(case_path: Path, release: str) -> Build:
    global _worker_target
    if _worker_target is None or _worker_target.release != release:
        _worker_target = choose_target("sandbox", release, None)
    return build_case(case_path, _worker_target, pass4=False)


def build_all(cases: list[Case], target: RunTarget, jobs: int = 2,
              progress: Optional[Callable[[Build], None]] = None) -> dict[Path, Build]:
    """Passes 1-4 of every case: passes 1-3 `jobs` at a time (in processes: parsing is
    pure Python), then the modules not in the cache compiled many per make run."""
    if jobs <= 1 or len(cases) <= 1:
        gens = [build_case(c.path, target, pass4=False) for c in cases]
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            gens = list(pool.map(_generate_in_worker, [c.path for c in cases],
                                 [target.release] * len(cases)))
    kbuild.build_many([(b.pending.module, b.pending.name) for b in gens if b.pending is not None],
                      target.release, target.build_dir, jobs=max(jobs, 1))
    out: dict[Path, Build] = {}
    for b in gens:
        out[b.case_path] = b = finish_build(b, target)
        if progress:
            progress(b)
    return out


@contextmanager
def _cwd(path: Path) -> Iterator[None]:
    # The guest runs `.cmd` in the driver's current directory: the case's own.
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


def run_build(build: Build, target: RunTarget, vm=None, timeout: float = CASE_TIMEOUT) -> Actual:
    """Pass 5 of a built case in the (shared) sandbox VM."""
    from xtrace.driver.session import run_in_sandbox
    from xtrace.sandbox.vm import shared_vm
    if build.built is None:
        return Actual("", build.stderr, build.status)
    case = Case(build.case_path)
    out, err, cmd_out = io.StringIO(), io.StringIO(), bytearray()
    err.write(build.stderr)
    vm = vm if vm is not None and vm.alive else shared_vm(target.kinfo)
    try:
        with _cwd(case.run_dir):  # a translated case runs in its original's directory
            res = run_in_sandbox(build.built, target.kinfo, build.cmd, timeout, out=out, err=err,
                                 vm=vm, on_cmd_out=cmd_out.extend, cmd_pid=build.cmd_pid)
        status = res.exit_status
    except XtraceError as ex:
        err.write(ex.render() + "\n")
        status = ex.exit_code
    return Actual(out.getvalue(), err.getvalue(), status, cmd_out.decode(errors="replace"))


def sandbox_target(kernel: Optional[str] = None) -> RunTarget:
    """The sandbox target the cases build for and run on (the default kernel unless given)."""
    return choose_target("sandbox", kernel, None)


def run_cases(cases: list[Case], target: RunTarget, jobs: int = 2,
              progress: Optional[Callable[[str], None]] = None) -> list[Verdict]:
    """Build all cases in parallel, then run them one by one in one VM boot."""
    from xtrace.sandbox.kernel import capture_symbols
    from xtrace.sandbox.vm import shared_vm
    say = progress or (lambda s: None)
    capture_symbols(target.kinfo)  # cached per kernel; the workers' analysis reads it
    say(f"building {len(cases)} cases ({jobs} at a time) for {target.release}")
    builds = build_all(cases, target, jobs,
                       lambda b: say(f"  built {Case(b.case_path).id}"
                                     + ("" if b.built else f" (status {b.status})")))
    say("booting the sandbox VM")
    vm = shared_vm(target.kinfo)
    verdicts = []
    for c in cases:
        actual = run_build(builds[c.path], target, vm)
        v = compare(c, actual)
        say(f"  ran {c.id}: {v.result}")
        verdicts.append(v)
    return verdicts
