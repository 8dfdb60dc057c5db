"""`stap -l PROBE` / `stap -L PROBE`: the probe points a pattern resolves to.

One point a line, spelled as stap lists them (`syscall.read`,
`kernel.function("vfs_read")`, `kernel.trace("sched:sched_switch")`); with -L,
the variables a handler can read follow as `name:type`: the syscall tapset's
variables, a kernel function's parameters (from BTF), a tracepoint's arguments,
an SDT marker's `$argN:long`.
stap with debuginfo adds `@file:line` to kernel functions; BTF has no lines.
"""

from __future__ import annotations

from typing import Iterator

from xtrace.frontends.stap.points import is_syscall_any
from xtrace.ir import syscalls as sc
from xtrace.ir.analysis import Analysis
from xtrace.ir.loc import XtraceError


def _stap_type(kind: str) -> str:
    return "string" if kind == "str" else "long"


def _syscall_vars(name: str, is_return: bool) -> str:
    info = sc.lookup(name)
    if is_return:
        names = [("name", "string"), ("retval", "long"), ("retstr", "string")]
    else:
        names = [("name", "string")]
        if info is not None:
            names += [(v.name, _stap_type(sc.var_type(v.kind))) for v in info.variables().values()]
        names.append(("argstr", "string"))
    return " ".join(f"{n}:{t}" for n, t in names)


def _ctype(text: str) -> str:
    return " ".join(text.replace("*", " *").split()).replace(" *", "*")


def lines(an: Analysis, target, verbose: bool) -> Iterator[str]:
    """The listing of every point of the analysed `probe PATTERN {}`, sorted, unique."""
    seen: set[str] = set()
    out: list[str] = []
    kt = target.kernel_target(True) if verbose else None
    btf = kt.btf() if kt is not None else None
    for rps in an.points:
        for rp in rps:
            p = rp.point
            ret = ".return" if p.is_return else ""
            items: list[tuple[str, str]] = []
            if p.kind == "syscall" and is_syscall_any(p):
                # one point (the sys_enter/sys_exit tracepoints), with syscall_any.stp's
                # variables in the order its body sets them
                head = p.spelling.split(".")[0].rstrip("?!").strip()
                items.append((f"{head}{ret}", "syscall_nr:long name:string"
                              + (" retval:long" if p.is_return else "")))
            elif p.kind == "syscall":
                for name, _nr in rp.syscalls:
                    stap = sc.STAP_NAMES.get(name, name)
                    items.append((f"syscall.{stap}{ret}", _syscall_vars(stap, p.is_return)))
            elif p.kind == "kfunc":
                for f in rp.functions:
                    params = ""
                    if btf is not None:
                        from xtrace.ir.kfuncargs import function_params
                        fbtf, fname = kt.function_btf(f)  # a module's own BTF for `m:f`
                        ps = (function_params(fbtf, fname) if fbtf is not None else None) or []
                        params = " ".join(f"${q.name}:{_ctype(q.ctype)}" for q in ps)
                        if p.is_return:
                            params = ("$return:long " + params).strip()
                    mod, _, fn = f.rpartition(":")
                    where = f'module("{mod}")' if mod else "kernel"
                    items.append((f'{where}.function("{fn}"){ret}', params))
            elif p.kind == "tracepoint":
                for tp in rp.tracepoints:
                    args = " ".join(f"${nm}:{_ctype(ct)}" for ct, nm in tp.params)
                    items.append((f'kernel.trace("{tp.key}")', args))
            elif p.kind == "umark":
                # one line per marker name (a name marked at several places is one point)
                for mk in rp.umarks:
                    args = " ".join(f"$arg{i + 1}:long" for i in range(len(mk.args)))
                    prov = f'.provider("{mk.provider}")' if p.module else ""
                    items.append((f'process("{rp.binary}"){prov}.mark("{mk.name}")', args))
            else:
                items.append((p.spelling or p.kind, ""))
            for head, tail in items:
                line = f"{head} {tail}".rstrip() if verbose else head
                if line not in seen:
                    seen.add(line)
                    out.append(line)
    yield from sorted(out)


def alias_names(pattern: str) -> list[str]:
    """The names of xtrace's tapset aliases (frontends/stap/library.py) that
    `pattern` matches, as stap matches a point: `*` within a component, `**`
    across components. Empty when the pattern names none."""
    import re
    from xtrace.frontends.stap.library import with_library
    script = f"probe {pattern} {{}}\n"
    library = with_library(script)[len(script):]
    names = sorted(set(re.findall(r"^probe\s+([\w.]+)\s*\+?=", library, re.M)))
    parts = []
    for comp in pattern.split("."):
        parts.append(".*" if comp == "**" else "[^.]*".join(re.escape(c) for c in comp.split("*")))
    rx = re.compile(r"\.".join(parts))
    return [n for n in names if rx.fullmatch(n)]


def _alias_vars(name: str) -> list[str]:
    """The variables alias `name`'s bodies set, in the order they are first assigned."""
    import re
    from xtrace.frontends.stap.library import with_library
    script = f"probe {name} {{}}\n"
    library = with_library(script)[len(script):]
    out: list[str] = []
    for m in re.finditer(rf"^probe\s+{re.escape(name)}\s*\+?=[^{{]*{{(.*?)^}}", library, re.M | re.S):
        for v in re.findall(r"^\s+(\w+)\s*=(?!=)", m.group(1), re.M):
            if v not in out:
                out.append(v)
    return out


def alias_lines(pattern: str, target, verbose: bool) -> Iterator[str]:
    """-l / -L of tapset aliases, as stap lists them: the alias name; with -L its
    variables (`name:type`, in the order the alias sets them) and the `$`
    variables of the point it expands to."""
    from .passes import Pipeline
    for name in alias_names(pattern):
        names = _alias_vars(name) if verbose else []
        # each variable read into a local of its own, so that stap's optimizer would
        # keep it (xtrace elides an alias's unread variables)
        reads = "".join(f" __xt_l{i} = {v}" for i, v in enumerate(names))
        pipe = Pipeline(f"probe {name} {{ if (0) {{{reads} }} }}\n", "<input>", "stap", optimize=False)
        try:
            pipe.parse()
            an = pipe.analyze(target)
        except XtraceError:
            continue  # its points (all optional) match nothing here: stap lists no such alias
        if not any(rp.functions or rp.tracepoints or rp.syscalls or rp.point.kind not in
                   ("kfunc", "tracepoint", "syscall") for rps in an.points for rp in rps):
            continue  # an optional point that matches nothing here: stap lists no such alias
        if not verbose:
            yield name
            continue
        types = {k: v for p in an.program.probes for k, v in an.local_types.get(id(p), {}).items()}
        own = [f"{v}:{'string' if types[v].is_str else 'long'}" for v in names if v in types]
        dollars: list[str] = []  # the `$` variables of the first point it expands to
        for line in lines(an, target, True):
            dollars = [w for w in _fields(line.partition(" ")[2]) if w.startswith("$")]
            if dollars:
                break
        seen = set(own)
        yield " ".join([name, *own, *[d for d in dollars if d not in seen]])


def _fields(tail: str) -> list[str]:
    """`$a:struct file* $b:int` -> its `name:type` items (a type may hold spaces)."""
    import re
    return [m.strip() for m in re.split(r" (?=\$\w+:)", tail) if m.strip()]
