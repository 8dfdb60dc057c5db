"""What a porter writes in D nearest to a stap function D has no equivalent of.

A refusal that names only the construct leaves the porter to find the D they would
write instead; these say it, with what the D prints otherwise than stap (the
module DTrace's symbol actions print before the name, a fault where stap prints
a fallback). Used by the D printer's refusal of a function call and by the
refusal of a stap tapset function (frontends/gaps.py).
"""

from __future__ import annotations

_NEAREST: dict[str, str] = {
    # (its words: frontends/d/ctime_date.py, whose --force port prints it)
    "ctime": "printf(\"%Y\", walltimestamp) for ctime(gettimeofday_s()), which prints "
             "`2026 Dec  7 01:00:00` (the year first, no weekday, local time) where ctime() "
             "prints `Mon Dec  7 01:00:00 2026` (UTC)",
    # stap prints the name alone; DTrace's symbol actions print `module`name`
    "usymname": "usym(addr), which prints the module too (`libc.so.6`malloc`; printf's %A "
                "adds +offset)",
    "symname": "sym(addr), which prints the module too (`vmlinux`ksys_write`; printf's %a "
               "adds +offset)",
    "usymdata": "uaddr(addr), `module`symbol+0xoffset` without stap's /size",
    "symdata": "printf's %a, `module`symbol+0xoffset` without stap's /size",
    "umodname": "umod(addr), the module's name as DTrace prints it",
    "pid2task": "curthread, the task of the thread the probe fired in (D looks up no "
                "other process)",
    "pid2execname": "execname, the name of the process the probe fired in (D looks up no "
                    "other process)",
    "stringat": "substr(s, i, 1), the character as a one-character string (D reads no "
                "character's code out of a string)",
    "matched": "none: D has no regular expressions (strstr() and index() find a fixed string)",
    "string_quoted": "printf(\"\\\"%s\\\"\", s), the string quoted without stap's escapes",
    "str_replace": "none: D replaces nothing in a string (strtok() and substr() cut one)",
    "addr_to_node": "none: D has no NUMA lookup (cpu is the CPU the probe fired on)",
    "user_mode": "in a profile-N probe, arg0 == 0 (no kernel program counter: user mode)",
    "start_stopwatch": "a global set to timestamp where the stopwatch starts, "
                       "subtracted from timestamp where it is read",
    "target_set_pid": "progenyof($target), whether the current process descends from the "
                      "target",
    "ip_ntop": "inet_ntop(AF_INET, (void *)&addr)",
    "user_string_warn": "copyinstr(addr), which reports the fault where stap warns and "
                        "gives its default",
    "d_name": "stringof(dentry->d_name.name)",
    "return_str": "retstr's text of the value, `arg0 < 0 && errno_names[-arg0] != \"\" ? "
                  "... : lltostr(arg0)`, written out for a constant format (1 decimal, 2 hex, "
                  "3 octal)",
    # dentry.stp's walks up the dentries: D has no loop; d_path() writes the absolute path
    "inode_name": "d_path() of a struct path holding the inode's dentry (the absolute path, "
                  "where stap walks up to the mount's root)",
    "reverse_path_walk": "d_path() of a struct path holding the dentry (the absolute path, "
                         "where stap walks up to the mount's root)",
}

# the same for a Vue port: ProbeVue probes no kernel function, so what a stap script
# reads from a kernel structure has no Vue source; the nearest is what Vue reads itself
_NEAREST_VUE: dict[str, str] = {
    "ip_ntop": "printf's %I of an ip_addr_t, a socket descriptor's addresses filled by "
               "sockfd_netinfo(fd, ni) at a @@syscall probe (ProbeVue reads no kernel sock)",
    "format_ipaddr": "printf's %I of an ip_addr_t, a socket descriptor's addresses filled by "
                     "sockfd_netinfo(fd, ni) at a @@syscall probe (ProbeVue reads no kernel sock)",
    "d_name": "fd_path(fd), the path of a descriptor's file, at a @@syscall probe (ProbeVue "
              "reads no kernel dentry)",
    "return_str": "an if of two printfs, the errno's name or the value, where a printf prints "
                  "return_str(1, $return) of a decimal syscall whole (Vue turns no number into "
                  "text, so no other format or value)",
    "inode_name": "fd_path(fd), the path of a descriptor's file, at a @@syscall probe",
    "reverse_path_walk": "fd_path(fd), the path of a descriptor's file, at a @@syscall probe",
}


def nearest_in_d(name: str) -> str:
    """`; nearest: ...` for stap function `name`, or "" when none is written down."""
    text = _NEAREST.get(name)
    return f"; nearest: {text}" if text else ""


def nearest_in_vue(name: str) -> str:
    """`; nearest: ...` of a Vue port for stap function `name`, or ""."""
    text = _NEAREST_VUE.get(name)
    return f"; nearest: {text}" if text else ""
