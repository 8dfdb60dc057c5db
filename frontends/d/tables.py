"""D names and their IR meanings, shared by the lowering and the printer."""

from __future__ import annotations

from xtrace.ir.types import INT32, INT64, STRING, UINT32, UINT64, Type, VOID

# D built-in variable -> ir.builtins name. argN at return probes is special-cased
# by the lowering (D puts the return value in arg0/arg1 there).
BUILTIN_VARS: dict[str, str] = {
    name: name for name in (
        "pid", "tid", "ppid", "uid", "gid", "execname", "cpu", "timestamp",
        "walltimestamp", "vtimestamp", "arg0", "arg1", "arg2", "arg3", "arg4", "arg5",
        "arg6", "arg7", "arg8", "arg9",
        "probefunc", "probename", "curthread", "probeprov", "probemod", "errno",
        "ucaller", "ustackdepth", "stackdepth")
} | {"id": "probe_id", "epid": "epid"}

# Real D built-ins the IR has no meaning for yet: a clear message, not "unknown".
UNSUPPORTED_VARS = frozenset({
    "caller",
    "ipl", "args", "root", "execargs", "curtask", "regs", "gregs",
})

# D subroutine -> ir.builtins.FUNCTIONS name (value-returning calls).
FUNCTIONS: dict[str, str] = {
    "strlen": "strlen",
    "copyinstr": "user_string",
    "substr": "substr",
    "index": "index",
    "rindex": "rindex",
    "strchr": "strchr",
    "strrchr": "strrchr",
    "strstr": "strstr",
    "basename": "basename",
    "dirname": "dirname",
    "cleanpath": "cleanpath",
    "lltostr": "lltostr",
    "toupper": "toupper",
    "tolower": "tolower",
    "strtok": "tokenize",
    "speculation": "speculation",
    "copyin": "copyin",
    "alloca": "alloca",
    "rand": "rand",
    "progenyof": "progenyof",
    "inet_ntop": "inet_ntop",
    "strtoll": "strtoll",
}

# Statements with an IR form, handled one by one in the lowering.
ACTIONS = frozenset({"printf", "printa", "exit", "trunc", "trace", "clear", "normalize",
                     "denormalize", "setopt", "stack", "ustack", "raise", "stop", "system", "chill", "tracemem",
                     "speculate", "commit", "discard", "copyinto"})
# Actions whose clause DTrace frames with a record (a prefix line when not quiet):
# they record data in the principal buffer. Aggregation updates and expression
# statements record nothing (dtrace_ecb_resize sizes such a clause 0; dtrace-utils
# leaves DT_CLSFLAG_DATAREC unset).
RECORDING_ACTIONS = frozenset({"printf", "printa", "exit", "trunc", "trace", "clear", "system",
                               "normalize", "denormalize", "setopt", "tracemem", "stack",
                               "ustack", "func", "sym", "mod", "ufunc", "usym", "umod", "uaddr"})

# Valid D actions and subroutines the IR cannot express yet.
UNSUPPORTED_CALLS = frozenset({
    "print",
    "jstack", "copyout",
    "copyoutstr", "breakpoint",
    "panic", "freopen", "ftruncate", "bcopy",
    "mutex_owned", "mutex_owner", "mutex_type_adaptive",
    "mutex_type_spin", "rw_read_held", "rw_write_held", "rw_iswriter",
    "json", "getmajor", "getminor", "ddi_pathname",
    "msgsize", "msgdsize", "link_ntop", "offsetof", "xlate",
})

# D aggregating functions (all have an IR AggUpdate form of the same name).
AGG_FUNCS = ("count", "sum", "min", "max", "avg", "stddev", "quantize", "lquantize", "llquantize")
UNSUPPORTED_AGG_FUNCS: frozenset[str] = frozenset()
# The histograms: their parameters are integer constants (IntLit) after the value.
HIST_AGG_FUNCS = ("quantize", "lquantize", "llquantize")
# name -> (fewest arguments, most arguments, position of DTrace's optional
# increment argument, which is not supported yet, or None)
AGG_ARITY: dict[str, tuple[int, int, int | None]] = {
    "count": (0, 0, None), "sum": (1, 1, None), "min": (1, 1, None), "max": (1, 1, None),
    "avg": (1, 1, None), "stddev": (1, 1, None), "quantize": (1, 1, 1),
    "lquantize": (3, 4, 4), "llquantize": (5, 5, 5),
}

# `tick-N<suffix>`: nanoseconds per unit; None means a rate in Hz (the default).
TICK_UNITS: dict[str, int | None] = {
    "": None, "hz": None,
    "ns": 1, "nsec": 1, "us": 1_000, "usec": 1_000, "ms": 1_000_000, "msec": 1_000_000,
    "s": 1_000_000_000, "sec": 1_000_000_000, "m": 60_000_000_000, "min": 60_000_000_000,
    "h": 3_600_000_000_000, "hour": 3_600_000_000_000,
    "d": 86_400_000_000_000, "day": 86_400_000_000_000,
}

# `#pragma D option` names. Buffer and rate tunables only size DTrace's own
# buffers, which the kernel module does not have, so they are accepted and dropped.
IGNORED_OPTIONS = frozenset({
    "bufsize", "aggsize", "switchrate",
    "aggrate", "cleanrate", "statusrate", "bufpolicy", "bufresize",
    "defaultargs", "strip", "cpu",
    # Compiler and library options of dtrace(1M); the dtrace command applies
    # the few that matter (argref, defaultargs, cpp, define, incdir, undef).
    "aggpercpu", "amin", "argref", "core", "cpp", "cpphdrs", "cpppath", "ctypes", "debug",
    "define", "disasm", "droptags", "dtypes", "errtags", "grabanon", "incdir",
    "iregs", "kdefs", "knodefs", "late", "lazyload", "ldpath", "libdir", "linkmode",
    "linktype", "lockmem", "maxframes", "modpath", "noresolve", "nolibs", "pcapsize",
    "pgmax", "preallocate", "procfs", "pspec", "quietresize", "stdc",
    "syslibdir", "tree", "tregs", "udefs", "undef", "unodefs", "useruid", "verbose",
    "version", "bpflog", "bpflogsize",
})
# evaltime=: where dtrace -c holds the command while it enables the probes
# (driver/execstop.py says where each is); dtrace-utils' default is postinit.
EVALTIMES = ("exec", "preinit", "postinit", "main")
# Options handled by the lowering (see lower._apply_option).
HANDLED_OPTIONS = frozenset({"quiet", "flowindent", "aggsortkey", "aggsortrev", "aggsortpos", "aggsortkeypos",
                             "zdefs", "strsize", "dynvarsize", "nspec", "specsize",
                             "scratchsize", "ustackframes", "stackframes", "evaltime"})
# Real options that change output in ways the IR cannot express yet.
UNSUPPORTED_OPTIONS = frozenset({
    "jstackframes", "jstackstrsize",
    "rawbytes", "aggpack", "aggzoom", "agghist",
    "stackindent", "temporal", "encoding", "structsize",
})

# D type names for declarations -> IR types (signedness and width matter for
# DTrace's key printing, so they are kept).
TYPES: dict[str, Type] = {
    "char": Type("int", 8, True), "signed char": Type("int", 8, True),
    "unsigned char": Type("int", 8, False), "uchar_t": Type("int", 8, False),
    "short": Type("int", 16, True), "unsigned short": Type("int", 16, False),
    "int": INT32, "signed int": INT32, "signed": INT32, "unsigned": UINT32,
    "unsigned int": UINT32, "long": INT64, "unsigned long": UINT64,
    "long long": INT64, "unsigned long long": UINT64, "long int": INT64,
    "int8_t": Type("int", 8, True), "uint8_t": Type("int", 8, False),
    "int16_t": Type("int", 16, True), "uint16_t": Type("int", 16, False),
    "int32_t": INT32, "uint32_t": UINT32, "int64_t": INT64, "uint64_t": UINT64,
    "pid_t": INT32, "uid_t": UINT32, "gid_t": UINT32, "id_t": INT32,
    "size_t": UINT64, "ssize_t": INT64, "uintptr_t": UINT64, "intptr_t": INT64,
    "string": STRING, "void": VOID,
    "ushort_t": Type("int", 16, False), "uint_t": UINT32, "ulong_t": UINT64,
    "longlong_t": INT64, "u_longlong_t": UINT64, "off_t": INT64, "caddr_t": UINT64,
    "processorid_t": INT32, "hrtime_t": INT64, "time_t": INT64, "dev_t": UINT64,
    "mode_t": UINT32, "zoneid_t": INT32, "short int": Type("int", 16, True),
    "unsigned short int": Type("int", 16, False), "long long int": INT64,
    "unsigned long int": UINT64, "unsigned long long int": UINT64,
    "signed short": Type("int", 16, True), "signed long": INT64, "signed long long": INT64,
    # Solaris's IPv4 address (inet_ntoa's argument points to one), network byte order
    "ipaddr_t": UINT32, "in_addr_t": UINT32,
}

# D's typedefs of kernel structs, as the Linux kernel names them (BTF).
KERNEL_TYPEDEFS: dict[str, str] = {"in6_addr_t": "struct in6_addr"}


# sizeof() of the D types (LP64, as on every Linux DTrace target); string is strsize.
SIZEOF_POINTER = 8


def cast_type_name(t: Type) -> str:
    """The D spelling of an integer type in a cast (C's names where they exist)."""
    return {(8, True): "char", (8, False): "unsigned char", (16, True): "short",
            (16, False): "unsigned short", (32, True): "int", (32, False): "unsigned int",
            (64, True): "long long", (64, False): "unsigned long long"}[(t.bits, t.signed)]


def type_name(t: Type) -> str:
    """The D spelling of an IR type (for declarations the printer must emit): C's
    names for the narrower integers (`int count;`, as D scripts declare a counter
    and as a Vue script declared it), int64_t/uint64_t for 64 bits, which D
    scripts write for times and sizes where `long long` would read as noise."""
    if t.is_str:
        return "string"
    if t.is_int:
        if t.bits < 64:
            return cast_type_name(t)
        return f"{'' if t.signed else 'u'}int{t.bits}_t"
    raise ValueError(f"no D type for {t}")
