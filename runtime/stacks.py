"""Kernel stack traces: symbolized and printed as DTrace's stack() and stap's
print_backtrace() print them.

The module records the return addresses of the probed code, from where the
probe stopped it (runtime/xt_stack.h: the probe's registers, or a walk from the
handler that drops the probe's own frames); the driver resolves them against
the target's kallsyms, so a trace starts at the probed code, as the real tools
show it, and a backtrace() string holds the same frames the trace prints.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterator, Optional

# Functions of the kernel's probe, trace and interrupt-entry machinery: frames of
# these at the top of a walk from the probe's handler are how the probe was
# reached, not what was probed. The module drops them (runtime/xt_stack.h, which
# the code generator gives this list) where it has no registers of the probed
# code to start from (a tracepoint, begin/end, a system call's user registers).
MACHINERY_PREFIXES = (
    "__traceiter_", "trace_", "perf_trace", "__bpf_trace", "stack_trace_save", "arch_stack_walk",
    "kprobe", "__kprobe", "opt_pre_handler", "optimized_callback", "pre_handler_kretprobe",
    "kretprobe", "__kretprobe", "arch_rethook", "rethook_", "arch_uprobe", "uprobe_",
    "handler_chain", "handle_swbp", "exc_int3", "asm_exc_int3", "do_int3", "hrtimer_",
    "__hrtimer_", "__sysvec_", "sysvec_", "asm_sysvec_", "irq_exit", "__irq_exit",
    "syscall_trace_enter", "syscall_exit_work", "syscall_exit_to_user_mode_prepare",
    # a perf event's overflow: the software events' path, and a PMU's NMI
    "__perf_event_overflow", "perf_event_overflow", "perf_swevent_", "___perf_sw_event",
    "__perf_sw_event", "perf_event_nmi_handler", "nmi_handle", "default_do_nmi", "exc_nmi",
    "asm_exc_nmi", "x86_pmu_handle_irq", "intel_pmu_handle_irq", "amd_pmu_handle_irq",
    # a hardware watchpoint's debug exception (stap kernel.data)
    "perf_bp_event", "hw_breakpoint_exceptions_notify", "notify_die", "atomic_notifier_call_chain",
    "notifier_call_chain", "exc_debug", "asm_exc_debug", "noist_exc_debug",
)


@dataclass(frozen=True)
class Frame:
    """One resolved address: symbol, offset into it, symbol size (0 if unknown), module."""

    addr: int
    sym: Optional[str] = None
    off: int = 0
    size: int = 0
    mod: str = "vmlinux"


def module_ranges(text: str) -> dict[str, tuple[int, int]]:
    """A /proc/modules listing: each loaded module's name -> (base address, size)."""
    out: dict[str, tuple[int, int]] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 6:
            try:
                out[parts[0]] = (int(parts[5], 16), int(parts[1]))
            except ValueError:
                continue
    return out


def _kallsyms_entries(text: str) -> Iterator[tuple[int, str, str, str]]:
    """(address, name, module, type) of each /proc/kallsyms line of `text` with an
    address (`vmlinux` for the core kernel's)."""
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        try:
            addr = int(parts[0], 16)
        except ValueError:
            continue
        if addr:
            yield addr, parts[2], parts[3].strip("[]") if len(parts) > 3 else "vmlinux", parts[1]


class KernelSymbols:
    """Symbols of a /proc/kallsyms dump, for resolving stack and %a addresses.

    The dump may come from another boot of the same kernel (the sandbox
    captures it once): the core kernel sits where it sat then, but modules load
    wherever there is room that time. `modules_then` (the /proc/modules of the
    dump's boot) and `modules_now` (of the running one) move each module's
    symbols to where the module is now, drop those of modules not loaded now,
    and bound every module symbol by its module's extent, so an address in
    memory no symbol names (a kprobe's instruction slot, a module loaded later)
    resolves to nothing rather than to a wrong neighbour.

    `live_text`: kallsyms lines taken in the running boot (xtrace's own
    module's, which loads after every dump was taken and whose code a tick can
    interrupt: the reader of its output), kept where they are."""

    def __init__(self, kallsyms_text: str, modules_then: Optional[str] = None,
                 modules_now: Optional[str] = None, types: Optional[str] = "tTwW",
                 live_text: Optional[str] = None) -> None:
        then = module_ranges(modules_then) if modules_then is not None else None
        now = module_ranges(modules_now) if modules_now is not None else None
        entries: list[tuple[int, str, str, str]] = []
        for addr, name, mod, kind in _kallsyms_entries(kallsyms_text):
            if mod != "vmlinux" and then is not None and now is not None:
                if mod not in then or mod not in now:
                    continue  # not loaded now, or where it was then is unknown
                addr += now[mod][0] - then[mod][0]
            entries.append((addr, name, mod, kind))
        entries.extend(_kallsyms_entries(live_text or ""))
        entries.sort()
        # Every symbol is kept, whatever `types` says: with_types() then serves
        # the stack resolver (text only) and printf's %a (all) from one parse of
        # a dump of some 100,000 lines.
        self._parsed = entries
        self._ranges = now
        self._select(types)

    def _select(self, types: Optional[str]) -> None:
        self._entries = [e for e in self._parsed if types is None or e[3] in types]
        self._addrs = [e[0] for e in self._entries]

    def with_types(self, types: Optional[str]) -> "KernelSymbols":
        """The same dump resolving only symbols of these kallsyms types (None: all),
        without parsing it again."""
        other = object.__new__(KernelSymbols)
        other._parsed, other._ranges = self._parsed, self._ranges
        other._select(types)
        return other

    def resolve(self, addr: int) -> Frame:
        """The frame for `addr`; unresolved (sym None) outside every known symbol."""
        i = bisect.bisect_right(self._addrs, addr) - 1
        if i < 0:
            return Frame(addr)
        start, name, mod, _ = self._entries[i]
        if mod != "vmlinux" and self._ranges is not None:
            base, size = self._ranges.get(mod, (0, 0))
            if not base <= addr < base + size:
                return Frame(addr)
        nxt = self._entries[i + 1] if i + 1 < len(self._entries) else None
        # A symbol's size is known up to the next symbol of the same module. Past
        # the last symbol of a module lie other things the dump does not name
        # (modules loaded later, kprobe instruction slots): the nearest symbol
        # below is then only believed for a short distance.
        size = nxt[0] - start if nxt is not None and nxt[2] == mod else 0
        off = addr - start
        if (size and off >= size) or (not size and off >= 0x1000):
            return Frame(addr)
        return Frame(addr, name, off, size, mod)


def module_text_symbols(ko: str, module: str, text_base: Optional[str]) -> Optional[str]:
    """The function symbols of module file `ko` in its `.text` loaded at `text_base`
    (the hex address /sys/module/MODULE/sections/.text gives), as /proc/kallsyms
    lines of `module`: what KernelSymbols' `live_text` takes, read from the file the
    driver built rather than from the guest's 100,000-line kallsyms at every run.
    None where the base or the file cannot be read."""
    try:
        base = int((text_base or "").strip(), 16)
    except ValueError:
        return None
    from elftools.common.exceptions import ELFError
    from elftools.elf.elffile import ELFFile
    from xtrace.ir.elfsyms import defined_symbols
    try:
        with open(ko, "rb") as f:
            elf = ELFFile(f)
            text = next((i for i, sec in enumerate(elf.iter_sections()) if sec.name == ".text"), None)
            if text is None:
                return None
            return "".join(f"{base + sym['st_value']:016x} t {sym.name}\t[{module}]\n"
                           for sym in defined_symbols(elf)
                           if sym["st_info"]["type"] == "STT_FUNC" and sym["st_shndx"] == text)
    except (OSError, ELFError):
        return None


def probe_frames(addrs: list[int], syms: Optional[KernelSymbols]) -> list[Frame]:
    """The frames of a recorded trace (or of a backtrace() string's addresses),
    resolved; the module recorded them from the probed code down, so every one is
    shown, as stap's print_stack() shows every address of its string."""
    if syms is None:
        return [Frame(a) for a in addrs if a]
    return [syms.resolve(a) for a in addrs if a]


def dtrace_stack(frames: list[Frame], indent: int = 14) -> str:
    """DTrace's stack(): a newline, then one `module`symbol+0xoff line per frame."""
    lines = []
    for f in frames:
        if f.sym is None:
            text = f"0x{f.addr:x}"
        else:
            text = f"{f.mod}`{f.sym}" + (f"+0x{f.off:x}" if f.off else "")
        lines.append(" " * indent + text)
    return "\n" + "".join(ln + "\n" for ln in lines)


def stap_backtrace(frames: list[Frame]) -> str:
    """stap's print_backtrace(): ` 0xADDR : symbol+0xoff/0xsize [module]` per frame."""
    out = []
    for f in frames:
        if f.sym is None:
            out.append(f" 0x{f.addr:016x}\n")
        else:
            mod = "kernel" if f.mod == "vmlinux" else f.mod
            out.append(f" 0x{f.addr:016x} : {f.sym}+0x{f.off:x}/0x{f.size:x} [{mod}]\n")
    return "".join(out)


def vue_stktrace(frames: list[Frame], symbols: bool) -> str:
    """Vue's stktrace(): one frame per line, `symbol+0xoff` with PRINT_SYMBOLS (the
    address where no symbol covers it), else the bare `0xADDR`."""
    out = []
    for f in frames:
        if symbols and f.sym is not None:
            out.append(f"{f.sym}+0x{f.off:x}\n")
        else:
            out.append(f"0x{f.addr:016x}\n")
    return "".join(out)
