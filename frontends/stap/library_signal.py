"""signal.stp's functions that read a process's signal actions, written in stap
(no embedded C: a script need not be -g to call them), and assert(): what
psig.stp calls. Each is one self-contained function text, pulled in when the
script calls it (library.py)."""

from __future__ import annotations

# signal_str's names: stap's, without the SIG prefix (29 is IO/POLL there);
# 32 and up are RTMIN, RTMIN+1, ... RTMIN+32
_NAMES = ["HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV",
          "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN",
          "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO/POLL", "PWR", "SYS"]

# sa_flags_str's flags, in the order stap lists them (x86's values)
_SA_FLAGS = [(0x1, "NOCLDSTOP"), (0x2, "NOCLDWAIT"), (0x4, "SIGINFO"), (0x08000000, "ONSTACK"),
             (0x10000000, "RESTART"), (0x40000000, "NODEFER"), (0x80000000, "RESETHAND"),
             (0x04000000, "RESTORER")]


def _signal_str() -> str:
    """signal_str(num) in a few statements whatever num is (an if per name would
    spend psig.stp's MAXACTION): the names joined, each one's offset and length
    read from digit strings."""
    joined = "".join(_NAMES)
    offs, o = [], 0
    for name in _NAMES:
        offs.append(f"{o:03d}")
        o += len(name)
    lens = "".join(str(len(name)) for name in _NAMES)
    return ("function signal_str:string (num:long) {\n"
            "\tif (num < 1 || num > 64) return \"\"\n"
            "\tif (num >= 32) return num == 32 ? \"RTMIN\" : sprintf(\"RTMIN+%d\", num - 32)\n"
            f"\treturn substr(\"{joined}\", strtol(substr(\"{''.join(offs)}\", (num - 1) * 3, 3), 10),\n"
            f"\t              strtol(substr(\"{lens}\", num - 1, 1), 10))\n}}\n")


def _sa_flags_str() -> str:
    body = "".join(f'\tif (sa_flags & {bit:#x}) s .= "{name}|"\n' for bit, name in _SA_FLAGS)
    return ("function sa_flags_str:string (sa_flags:long) {\n\ts = \"\"\n" + body
            + "\treturn strlen(s) ? substr(s, 0, strlen(s) - 1) : s\n}\n")


SIGNAL_FUNCS: dict[str, str] = {
    "signal_str": _signal_str(),
    "sa_flags_str": _sa_flags_str(),
    # a struct k_sigaction's handler, flags and mask (one word of signals on x86_64)
    "get_sa_handler": 'function get_sa_handler:long (act:long) {\n'
                      '\treturn @cast(act, "k_sigaction", "kernel")->sa->sa_handler\n}\n',
    "get_sa_flags": 'function get_sa_flags:long (act:long) {\n'
                    '\treturn @cast(act, "k_sigaction", "kernel")->sa->sa_flags\n}\n',
    "__get_action_mask": 'function __get_action_mask:long (act:long) {\n'
                         '\treturn @cast(act, "k_sigaction", "kernel")->sa->sa_mask->sig[0]\n}\n',
    "get_sigaction_mask": 'function get_sigaction_mask:long (act:long) {\n'
                          '\treturn @cast(act, "k_sigaction", "kernel")->sa->sa_mask->sig[0]\n}\n',
    "sa_handler_str": 'function sa_handler_str:string (handler:long) {\n'
                      '\tif (handler == 0) return "default"\n\tif (handler == 1) return "ignored"\n'
                      '\tif (handler == -1) return "error"\n\treturn sprintf("%p", handler)\n}\n',
    # the numbers of the signals set in a mask, "2,15"
    # (the loop ends with the mask's last bit: most masks are empty)
    "sigset_mask_str": 'function sigset_mask_str:string (mask:long) {\n\ts = ""\n'
                       '\tfor (i = 1; mask != 0 && i < 64; i++) {\n'
                       '\t\tif (mask & 1) s .= sprintf("%d,", i)\n\t\tmask = (mask >> 1) & 0x7fffffffffffffff\n\t}\n'
                       '\treturn strlen(s) ? substr(s, 0, strlen(s) - 1) : s\n}\n',
    # whether signal sig is in the task's blocked set (sigismember)
    "is_sig_blocked": 'function is_sig_blocked:long (task:long, sig:long) {\n'
                      '\treturn (@cast(task, "task_struct", "kernel")->blocked->sig[0] >> (sig - 1)) & 1\n}\n',
    "assert": 'function assert (expression:long, msg:string) {\n\tif (!expression) error(msg)\n}\n',
}
