"""The five passes, in order, with timing (`-v`) and early stops (`-p N`)."""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator, Optional, TextIO

from xtrace import frontends
from xtrace.ir import nodes as n
from xtrace.ir.ksyms import reads_kernel_variables
from xtrace.ir.analysis import Analysis, analyze
from xtrace.ir.loc import Loc, XtraceError

from . import execstop, stap_verbose

if TYPE_CHECKING:
    # The backend (jinja2, the C generators) is imported by pass 3 itself: -p1/-p2
    # and `translate` never load it.
    from xtrace.backend_c.codegen import GeneratedModule
    from xtrace.backend_c.kbuild import BuiltModule
    from xtrace.frontends.d.preprocess import MappedText
from .targets import (RunTarget, exec_line, command_program, pick_target_pid,
                      process_number_hints, resolve_process_programs)

# dtrace(1)'s words when dtrace_go() fails with EDT_DESTRUCTIVE.
DESTRUCTIVE_REFUSED = "dtrace: could not enable tracing: Destructive actions not allowed"


def destructive_gate(prog: n.Program, allow: bool) -> tuple[str, int]:
    """What enabling `prog` writes to stderr about destructive actions (raise, stop,
    system), and 1 when it must stop there: DTrace refuses them unless -w or
    `#pragma D option destructive` allows them, and says when it allows them."""
    allowed = allow or bool(prog.options.get("destructive"))
    if prog.options.get("uses_destructive") and not allowed:
        return DESTRUCTIVE_REFUSED + "\n", 1
    if allowed and not prog.options.get("quiet"):
        return "dtrace: allowing destructive actions\n", 0
    return "", 0


PASS_NAMES = {1: "parsed script", 2: "analyzed script", 3: "translated to C",
              4: "compiled C into", 5: "ran"}


def with_evaltime(built: BuiltModule, evaltime: str) -> BuiltModule:
    """`built` with where D's -c command is held while the session starts (D's
    evaltime) in its manifest: set on every build, cached or not, since the module
    cache shares one manifest between evaltimes."""
    built.manifest["evaltime"] = evaltime
    return built


@dataclass
class Pipeline:
    """State carried from pass to pass for one script."""

    source: str
    filename: str
    lang: str
    verbose: int = 0
    limits: dict[str, int] = field(default_factory=dict)
    err: TextIO = sys.stderr
    cmd: Optional[str] = None  # the -c command: its program is the target of $target probes
    script_args: tuple[str, ...] = ()  # stap's $1 / @1 ..., D's macro arguments, Vue's $1 ...
    target_pid: int = 0  # D's $target: the pid the -c command is made to run as
    program: Optional[n.Program] = None
    analysis: Optional[Analysis] = None
    module: Optional[GeneratedModule] = None
    built: Optional[BuiltModule] = None
    target: Optional[RunTarget] = None
    module_name: Optional[str] = None  # stap -m: the module's name (default xt_ and a hash)
    guru: bool = False  # stap -g: guru mode (writes to the kernel)
    unoptimized: bool = False  # stap -u: nothing is deleted as dead before it is checked
    # stap's optimizer deletes dead code before the checks (frontends/stap/deadexpr.py);
    # off for -l/-L, whose listing reads an alias's variables as stap's listing mode does
    optimize: bool = True
    symbol_files: tuple[str, ...] = ()  # stap -d FILE: user files whose symbols the module holds
    ldd: bool = False  # stap --ldd: and the shared libraries they need
    global_values: tuple[tuple[str, str], ...] = ()  # stap -G NAME=VALUE (driver/globalopts.py)
    include_dirs: tuple[str, ...] = ()  # stap -I DIR: the user's tapset directories

    @contextmanager
    def timed(self, number: int, detail: str = "") -> Iterator[None]:
        t0, c0 = time.perf_counter(), time.process_time()
        start = stap_verbose.Clock.now()
        if self.verbose and self.lang == "stap" and number == 5:
            self.err.write("Pass 5: starting run.\n")
            self.err.flush()
        yield
        if self.verbose and self.lang == "stap":
            self.err.write(stap_verbose.pass_line(number, self.program, start, self.built,
                                                  self._c_path()) + "\n")
        elif self.verbose:
            real = (time.perf_counter() - t0) * 1000
            cpu = (time.process_time() - c0) * 1000
            extra = f" {detail()}" if callable(detail) else (f" {detail}" if detail else "")
            self.err.write(f"Pass {number}: {PASS_NAMES[number]}{extra} in {cpu:.0f}cpu/{real:.0f}real ms.\n")

    @property
    def run_cmd(self) -> Optional[str]:
        """The shell line pass 5 runs for -c: the command itself, or, when the D
        script was compiled with its pid ($target), the line that makes the command
        the process forked as that pid (cmd_pid)."""
        if self.cmd and self.target_pid:
            return exec_line(self.cmd)
        return self.cmd

    @property
    def cmd_pid(self) -> Optional[int]:
        """The pid the -c command must run as (D's $target, compiled in), or None."""
        return self.target_pid if self.cmd and self.target_pid else None

    def _c_path(self) -> str:
        """Where pass 4 keeps the generated C (the module cache names it by content)."""
        if self.module is None or self.target is None:
            return ""
        from xtrace.backend_c.kbuild import cache_root, module_hash
        name = "xt_" + module_hash(self.module, self.target.release, self.target.build_dir)[:16]
        return str(cache_root() / "modules" / self.target.release / name / f"{name}.c")

    def parse(self) -> n.Program:
        with self.timed(1):
            source = self.source
            mapped = None
            if self.lang == "d":
                mapped = self._expand_d_macros(source)
                source = mapped.text if mapped is not None else source
            elif self.lang == "vue":
                # Vue's $1 is the argument's text (as `xtrace probevue` puts it in); one
                # not given is an error here: only a translation keeps a $1 (ir.ScriptArg).
                # An exported variable ($FILE_NAME) is its value, as probevue compiles it.
                import os
                from .probevue_cli import substitute_args
                source = substitute_args(source, list(self.script_args), self.filename,
                                         dict(os.environ))
            try:
                self.program = frontends.parse(source, self.filename, self.lang,
                                               self.script_args if self.lang == "stap" else None,
                                               guru=self.guru, unoptimized=self.unoptimized,
                                               optimize=self.lang == "stap" and self.optimize,
                                               include_dirs=self.include_dirs)
            except XtraceError as ex:
                if mapped is not None:
                    # the error names the script as written, not as substituted
                    if ex.loc is not None:
                        ex.loc = self._original_loc(mapped, ex.loc)
                    if ex.source == source:
                        ex.source = self.source
                raise
            if mapped is not None:
                from .dtrace_program import remap_locations
                remap_locations(self.program, lambda loc: self._original_loc(mapped, loc))
                self.program.source = self.source
            if self.cmd:
                self.program.options.setdefault("target_binary", command_program(self.cmd))
            if self.symbol_files:
                self.program.options["symbol_files"] = list(self.symbol_files)
            if self.ldd:
                self.program.options["ldd"] = True
        return self.program

    def check_syntax(self, guru: bool = False) -> None:
        """Pass 1 alone, as `stap -p1` runs it: preprocess and parse with the parser's own
        checks, resolving nothing (probe points, functions and types wait for pass 2)."""
        from xtrace.frontends.stap import syntax
        with self.timed(1):
            syntax.check(self.source, self.filename, self.script_args, guru)

    def _expand_d_macros(self, source: str) -> Optional[MappedText]:
        """D's macro variables (`$target`, `$pid`, ...) replaced by their values, as
        dtrace does before compiling, after the C preprocessor where the script's
        `#!` line asks for it (-C); `$target` is the -c command's pid-to-be. The
        substituted text mapped onto `source` (preprocess.MappedText), or None when
        nothing was substituted."""
        from xtrace.frontends.d import preprocess as pp
        args = [self.filename] + list(self.script_args)
        # `#!/usr/sbin/dtrace -Cs`: the script's own -C (its #defines need cpp), as
        # `xtrace dtrace -s` and a translation honour it (the other flags of the
        # line are options the D frontend reads)
        cpp = pp.run_cpp(source, self.filename) if "C" in pp.interpreter_flags(source) else None
        if "$" not in (cpp.text if cpp else source) and len(args) == 1:
            return cpp
        if self.cmd and not self.target_pid:
            self.target_pid = pick_target_pid()
        # `#pragma D option defaultargs` makes the missing $1.. 0 / "".
        pragmas = pp.pragma_options(source)
        ctx = pp.MacroContext(args, pp.macro_variables(self.target_pid),
                              defaultargs="defaultargs" in pragmas, kept=frozenset({"pid"}))
        out = pp.expand_mapped(cpp or pp.identity_map(source, self.filename), self.filename, ctx)
        last = len(args) - 1
        if last >= 1 and "argref" not in pragmas and last not in ctx.referenced:
            # dtrace's check: an argument the script never names is a mistake
            raise XtraceError(f"extraneous argument '{args[last]}' (${last} is not referenced)",
                              Loc(self.filename, source.count("\n") + 1, 1), source)
        return out if out.base is not None or cpp is not None else None

    def _original_loc(self, mapped: MappedText, loc: Loc) -> Loc:
        """Where a location in the substituted text is in the script as written."""
        if loc.file != self.filename or loc.line <= 0:
            return loc
        _, line, col = mapped.locate(loc.line, loc.col)
        return Loc(loc.file, line, col)

    def analyze(self, target: RunTarget) -> Analysis:
        assert self.program is not None
        self.target = target
        resolve_process_programs(self.program, target, self.target_pid)
        # a D port's flags a print sets where it prints a row: statements of the probe
        from xtrace.ir.rundumps import marks_as_statements
        self.program = marks_as_statements(self.program)
        need_functions = (any(p.kind in ("kfunc", "tracepoint") for pr in self.program.probes for p in pr.points)
                          or reads_kernel_variables(self.program))
        with self.timed(2, lambda: f"({self.analysis.n_matched} probe sites, kernel {target.release})"):
            self.analysis = analyze(self.program, target.kernel_target(need_functions))
            if self.global_values:
                from .globalopts import set_globals
                set_globals(self.program, self.global_values)
        self.analysis.hints.extend(process_number_hints(self.program, target))
        return self.analysis

    def generate(self) -> GeneratedModule:
        from xtrace.backend_c.codegen import generate
        assert self.analysis is not None
        with self.timed(3):
            self.module = generate(self.analysis, self.limits)
        return self.module

    def build(self, target: RunTarget) -> BuiltModule:
        from xtrace.backend_c.kbuild import build
        assert self.module is not None
        with self.timed(4, lambda: f"\"{self.built.ko}\"{' (cached)' if self.built.cached else ''}"):
            self.built = build(self.module, target.release, target.build_dir, name=self.module_name)
        return with_evaltime(self.built, self.evaltime)

    @property
    def evaltime(self) -> str:
        """D's evaltime option for the -c command (driver/execstop.py), default postinit."""
        opts = self.program.options if self.program is not None else {}
        return opts.get("evaltime") or execstop.DEFAULT_EVALTIME
