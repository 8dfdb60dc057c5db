"""The `xtrace` command (typer): run, translate, sandbox."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from typing import List, Optional

import typer

from xtrace import frontends
from xtrace.frontends.d import tables as d_tables
from xtrace.ir.loc import XtraceError

from .passes import Pipeline, destructive_gate
from .scriptfile import read_source, read_stdin
from .seconds import positive_seconds
from .targets import choose_target

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Run DTrace D, SystemTap and ProbeVue scripts on Linux; port them between languages.")


def _read_script(script: Optional[str], inline: Optional[str], lang: Optional[str]) -> tuple[str, str, str]:
    if inline is not None:
        if script is not None:
            raise XtraceError("give a script file or -e, not both", exit_code=2)
        return inline, "<input>", frontends.lang_for("<input>", lang or frontends.sniff_lang(inline))
    if script is None:
        raise XtraceError("no script given (a file, or -e 'script')", exit_code=2)
    if script == "-":
        source = read_stdin()
        return source, "<stdin>", frontends.lang_for("<stdin>", lang or frontends.sniff_lang(source))
    return read_source(script), script, frontends.lang_for(script, lang)


_SIZE_SUFFIX = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}


def _size(text: str) -> int:
    """DTrace's size syntax: 4m, 512k, 1g or plain bytes."""
    mult = _SIZE_SUFFIX.get(text[-1:].lower(), 1)
    return int(text[:-1] if mult > 1 else text, 0) * mult


def _dtrace_options(opts: List[str]) -> dict[str, int]:
    """D's -x options that set runtime limits (the rest are D-language options)."""
    out: dict[str, int] = {}
    for o in opts:
        name, eq, value = o.partition("=")
        try:
            if name == "strsize":
                # D's strsize counts characters; MAXSTRINGLEN is the buffer with its NUL
                out["MAXSTRINGLEN"] = _size(value) + 1
            elif name == "bufsize":
                # The per-CPU ring must be a power of two.
                out["BUFSIZE"] = 1 << max(_size(value) - 1, 4095).bit_length()
            elif name in ("aggsize", "dynvarsize"):
                # Sizes in bytes; an element (key, value, bookkeeping) takes about 256.
                out["MAXMAPENTRIES"] = max(64, _size(value) // 256)
                if name == "dynvarsize":  # the thread-local table's bytes (runtime/xt_tls.h)
                    out["DYNVARSIZE"] = _size(value)
            elif name in ("nspec", "specsize", "scratchsize"):
                out[name.upper()] = _size(value)
            else:
                raise XtraceError(f"-x {name}: not a runtime option xtrace knows "
                                  "(strsize, bufsize, aggsize, dynvarsize, nspec, specsize, "
                                  "scratchsize)", exit_code=2)
        except ValueError:
            raise XtraceError(f"-x {name}: '{value}' is not a size", exit_code=2) from None
    return out


def _limits(defs: List[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for d in defs:
        name, eq, value = d.partition("=")
        if not eq or not name.isidentifier():
            raise XtraceError(f"-D wants NAME=VALUE, got '{d}'", exit_code=2)
        try:
            out[name] = int(value, 0)
        except ValueError:
            raise XtraceError(f"-D {name}: '{value}' is not a number", exit_code=2) from None
    return out


@app.command()
def run(
    script: Optional[str] = typer.Argument(None, help="script file (.d, .stp, .e), or - for stdin"),
    script_args: Optional[List[str]] = typer.Argument(
        None, help="the script's arguments: stap's $1, @1 ..., D's macro arguments $1, $$1 ... "
                   "(after -- when one starts with -)"),
    inline: Optional[str] = typer.Option(None, "-e", help="run this script text (SystemTap unless --lang)"),
    cmd: Optional[str] = typer.Option(None, "-c", help="run CMD while tracing; stop when it exits"),
    last_pass: int = typer.Option(5, "-p", min=1, max=5, help="stop after pass N (1 parse .. 5 run)"),
    verbose: int = typer.Option(0, "-v", count=True, help="report each pass with its time"),
    define: List[str] = typer.Option([], "-D", help="set a limit, e.g. -D MAXACTION=5000"),
    xopts: List[str] = typer.Option([], "-x", help="D option: evaltime=exec|preinit|postinit|main (-c), flowindent, runtime strsize= bufsize= aggsize= dynvarsize= nspec= specsize= scratchsize="),
    quiet: bool = typer.Option(False, "-q", help="quiet: no 'matched N probes' notice (D's -q)"),
    destructive: bool = typer.Option(False, "-w", "--destructive",
                                     help="allow D's destructive actions (raise, stop, system)"),
    guru: bool = typer.Option(False, "-g", "--guru",
                              help="stap's guru mode: embedded C (compiled as written, unchecked), "
                                   "writes to kernel memory, target variables and a netfilter "
                                   "probe's $verdict"),
    lang: Optional[str] = typer.Option(None, "--lang", help="d, stap or vue (default: from the extension)"),
    where: str = typer.Option("auto", "--target", help="auto, host or sandbox"),
    kernel: Optional[str] = typer.Option(
        None, "--kernel", metavar="VMLINUZ|RELEASE",
        help="sandbox: boot this kernel image (a file), or Debian's kernel of this release "
             "(6.12.117+deb12-rt-amd64) or alias (6.12, rt, 6.12-rt: the newest in apt)"),
    modules: Optional[str] = typer.Option(None, "--modules", help="sandbox: the image's lib/modules/<release>"),
    headers: Optional[str] = typer.Option(None, "--headers", help="kernel headers (kbuild dir) to build against"),
    timeout: Optional[float] = typer.Option(None, "--timeout", help="stop the session after SECONDS"),
) -> None:
    """Compile a script into a kernel module and run it (pass 5), or stop at pass N."""
    if timeout is not None and positive_seconds(timeout) is None:
        raise XtraceError(f"--timeout wants seconds, got '{timeout}'", exit_code=2)
    args = tuple(script_args or ())
    if inline is not None and script is not None:  # with -e, every positional is an argument
        args, script = (script,) + args, None
    source, filename, language = _read_script(script, inline, lang)
    if args and language == "vue":
        raise XtraceError("script arguments are for stap and D scripts (ProbeVue's $1 ...: "
                          "use `xtrace probevue`)", exit_code=2)
    try:
        _run(source, filename, language, cmd, last_pass, verbose, define, xopts, quiet, where,
             kernel, modules, headers, timeout, destructive, args, guru)
    except XtraceError as ex:
        if language == "d" and ex.exit_code == 1 and ex.loc is not None:
            ex.dtrace_script = filename
        ex.stap_script = language == "stap"
        raise


def _run(source: str, filename: str, language: str, cmd: Optional[str], last_pass: int,
         verbose: int, define: List[str], xopts: List[str], quiet: bool, where: str,
         kernel: Optional[str], modules: Optional[str], headers: Optional[str],
         timeout: Optional[float], destructive: bool = False,
         script_args: tuple[str, ...] = (), guru: bool = False) -> None:
    evaltime = [o.partition("=")[2] for o in xopts if o.partition("=")[0] == "evaltime"]
    # flowindent, as dtrace's -x flowindent (or -F): the probe lines indented by call depth
    flow = "flowindent" in xopts
    xopts = [o for o in xopts if o.partition("=")[0] != "evaltime" and o != "flowindent"]
    if flow and language != "d":
        raise XtraceError("-x flowindent: a D option", exit_code=2)
    if evaltime and (language != "d" or evaltime[-1] not in d_tables.EVALTIMES):
        raise XtraceError(f"-x evaltime: '{evaltime[-1]}' is not one of {', '.join(d_tables.EVALTIMES)}"
                          if language == "d" else "-x evaltime: a D option", exit_code=2)
    pipe = Pipeline(source, filename, language, verbose=verbose,
                    limits={**_dtrace_options(xopts), **_limits(define)}, cmd=cmd,
                    script_args=script_args, guru=guru)
    prog = pipe.parse()
    if quiet:
        prog.options["quiet"] = True
    if evaltime:  # as dtrace's -x, over the script's own pragma
        prog.options["evaltime"] = evaltime[-1]
    if flow:
        prog.options["flowindent"] = True
    if last_pass == 1:
        return
    target = choose_target(where, kernel, headers, modules)
    an = pipe.analyze(target)
    quiet = bool(prog.options.get("quiet"))
    for text in prog.options.get("warnings", []):
        sys.stderr.write(text)
    for hint in an.hints:
        sys.stderr.write(f"xtrace: {hint}\n")
    notice = prog.options.get("matched_notice")
    if notice and not quiet and last_pass == 5:
        sys.stderr.write(notice.format(file=filename, n=an.n_matched, s="" if an.n_matched == 1 else "s") + "\n")
    if last_pass == 2:
        return
    if last_pass == 5:
        text, status = destructive_gate(prog, destructive)
        sys.stderr.write(text)
        if status:
            raise typer.Exit(status)
    gen = pipe.generate()
    if last_pass == 3:
        sys.stdout.write(gen.c_source)
        return
    built = pipe.build(target)
    if last_pass == 4:
        print(built.ko)
        return
    from .session import run_built
    result = run_built(built, target, pipe.run_cmd, timeout, timed=lambda: pipe.timed(5),
                       cmd_pid=pipe.cmd_pid)
    raise typer.Exit(result.exit_status)


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True,
                                "help_option_names": []},
             help="dtrace(1M)'s command line: -s FILE, -n 'probe { ... }', -q, -c CMD, -p PID, "
                  "-o FILE, -x opt=val, -C, -Z, -l, -w, macro arguments.")
def dtrace(ctx: typer.Context) -> None:
    """Run D programs with dtrace's options, messages and exit statuses."""
    from .dtrace_cli import main as dtrace_main
    raise typer.Exit(dtrace_main(list(ctx.args)))


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True,
                                "help_option_names": []},
             help="stap(1)'s command line: -e SCRIPT, -c CMD, -x PID, -o FILE, -v, -p N, -D NAME=VAL, "
                  "-g, -m NAME, -k, -T SECS, -l/-L PROBE, --dump-probe-types, script arguments.")
def stap(ctx: typer.Context) -> None:
    """Run SystemTap scripts with stap's options, messages and exit statuses."""
    from .stap_cli import main as stap_main
    raise typer.Exit(stap_main(list(ctx.args)))


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True,
                                "help_option_names": []},
             help="probevue(1)'s command line: [-o FILE] [-s KB] [-X PROGRAM [-A ARGS]] "
                  "[SCRIPT [ARGS...]] (the script from stdin without SCRIPT).")
def probevue(ctx: typer.Context) -> None:
    """Run Vue scripts with probevue's options."""
    from .probevue_cli import main as probevue_main
    raise typer.Exit(probevue_main(list(ctx.args)))


@app.command()
def translate(
    files: Optional[List[str]] = typer.Argument(None, help="scripts to port (- or none: stdin, "
                                                "whose language --from says, or its first words)"),
    to: str = typer.Option(..., "--to", help="target language: d, stp or vue"),
    from_: Optional[str] = typer.Option(None, "--from", help="source language (default: from the extension)"),
    out_dir: Optional[str] = typer.Option(None, "-o", help="write each result into DIR"),
    force: bool = typer.Option(False, "--force", help="translate what can be; mark each gap with a comment"),
    arg: Optional[List[str]] = typer.Option(None, "--arg", help="a stap script argument ($1, @1 ...), "
                                            "in order; repeat for each"),
    global_opt: Optional[List[str]] = typer.Option(None, "-G", help="NAME=VALUE: a stap script's "
                                                   "global starts with VALUE (stap -G), as the port's "
                                                   "initial value; repeat for each"),
    cpp: bool = typer.Option(False, "-C", help="run the C preprocessor over each D script first, "
                             "as dtrace -C: the port is of what cpp makes of it, and its opening "
                             "comment names the options"),
    define: Optional[List[str]] = typer.Option(None, "-D", help="NAME[=VALUE]: define a cpp macro "
                                               "for a D script (with -C), as dtrace -D; the port "
                                               "holds its value; repeat for each"),
    undef: Optional[List[str]] = typer.Option(None, "-U", help="NAME: undefine a cpp macro for a "
                                              "D script (with -C), as dtrace -U"),
    incdir: Optional[List[str]] = typer.Option(None, "-I", help="DIR: where a D script's #include "
                                               "looks (with -C), as dtrace -I; for a stap script, "
                                               "a tapset directory, as stap -I"),
) -> None:
    """Print each script rewritten in another language."""
    from xtrace.frontends.gaps import Gaps
    from .translate import translate_file
    if not files:
        if sys.stdin is None or sys.stdin.isatty():
            raise XtraceError("no script given: name one or more files, or pipe one in", exit_code=2)
        files = ["-"]
    if out_dir and Path(out_dir).exists() and not Path(out_dir).is_dir():
        raise XtraceError(f"-o {out_dir}: not a directory", exit_code=2)
    if out_dir:
        from .translate import output_name
        _check_output_names(files, to)
    from .globalopts import GlobalOptError, parse_global_opt
    try:
        global_values = tuple(parse_global_opt(g) for g in global_opt or ())
    except GlobalOptError as ex:
        raise XtraceError(str(ex), exit_code=2) from None
    from .translate_cpp import CppOptions
    cpp_opts = CppOptions(cpp, tuple(define or ()), tuple(undef or ()), tuple(incdir or ()))
    failed: Optional[XtraceError] = None
    for f in files:
        gaps = Gaps(force=force)
        try:
            text = translate_file(f, to, from_, gaps, tuple(arg or ()), global_values, cpp_opts)
        except XtraceError as ex:
            if len(files) == 1 or ex.exit_code == 2:
                raise
            # porting a library: one script the target cannot say does not stop the others
            sys.stderr.write(ex.render() + "\n")
            failed = failed or ex
            continue
        for ex in gaps.found:
            what = ("not translated exactly (its nearest equivalent is printed instead)"
                    if gaps.approximate(ex) else "not translated")
            sys.stderr.write(f"xtrace: warning: {what}: {ex.render()}\n")
        if out_dir:
            dest = Path(out_dir) / output_name(f, to)
            try:
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_text(text)
            except OSError as ex:  # -o names a file, or a directory we cannot write
                raise XtraceError(f"cannot write {dest}: {ex.strerror}") from None
        else:
            sys.stdout.write(text)
    if failed is not None:
        raise typer.Exit(failed.exit_code)


def _check_output_names(files: List[str], to: str) -> None:
    """-o DIR writes each translation under its script's name: two scripts with one
    name (a/x.d, b/x.d) would overwrite each other, so say so before writing any."""
    from .translate import output_name
    seen: dict[str, str] = {}
    for f in files:
        name = output_name(f, to)
        if name in seen and seen[name] != f:
            raise XtraceError(f"-o: {seen[name]} and {f} would both be written as {name}", exit_code=2)
        seen[name] = f


@app.command()
def sandbox(
    action: str = typer.Argument("fetch", help="fetch: download and prepare the sandbox kernel"),
) -> None:
    """Prepare the sandbox VM's kernel (done automatically on first use)."""
    from xtrace.sandbox import kernel as sk
    if action != "fetch":
        raise XtraceError(f"unknown sandbox action '{action}'", exit_code=2)
    info = sk.ensure_kernel()
    print(f"sandbox kernel {info.release}: {info.vmlinuz}")


def main() -> None:
    """Entry point: run the typer app, turning XtraceError into a clean message and exit code."""
    try:
        status = app(standalone_mode=False)
        # Without standalone mode click hands typer.Exit's code back instead of exiting.
        if isinstance(status, int) and status:
            sys.exit(status)
    except XtraceError as ex:
        sys.stderr.write(ex.render() + "\n")
        sys.exit(ex.exit_code)
    except typer.Exit as ex:
        sys.exit(ex.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        sys.stderr.write("xtrace: interrupted\n")
        sys.exit(130)
    except Exception as ex:  # noqa: BLE001 - the user must never see a traceback
        # Usage errors are click exceptions; typer may vendor click, so recognise them
        # by their interface rather than by an import.
        if callable(getattr(ex, "show", None)) and isinstance(getattr(ex, "exit_code", None), int):
            ex.show()
            sys.exit(ex.exit_code)
        if os.environ.get("XTRACE_DEBUG"):
            traceback.print_exc()
        sys.stderr.write(f"xtrace: internal error: {type(ex).__name__}: {ex} "
                         "(set XTRACE_DEBUG=1 for details)\n")
        sys.exit(70)
