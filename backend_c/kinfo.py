"""C for the IR functions behind DTrace's psinfo_t and fileinfo_t members
(psargs, task_info, fd_file, fileinfo_str, fileinfo_int; runtime/xt_kinfo.h), and
stap's dentry.stp functions that share their path walk (task_dentry_path,
reverse_path_walk, real_mount, inode_path)."""

from __future__ import annotations

from typing import Optional, Protocol

from xtrace.ir import nodes as n

NAMES = ("psargs", "task_info", "fd_file", "fileinfo_str", "fileinfo_int",
         "task_dentry_path", "reverse_path_walk", "real_mount", "inode_path")


class _Gen(Protocol):
    uses: set[str]
    kheaders: set[str]
    an: object

    def slot(self) -> str: ...
    def site(self, loc: object, what: str) -> int: ...
    def fail(self, code: str, site: int) -> str: ...
    def int_expr(self, e: n.Expr) -> str: ...


def handles(e: n.Expr) -> bool:
    """Whether `e` is a call this module compiles."""
    return isinstance(e, n.Call) and e.name in NAMES


def _mount_offsets(gen: _Gen) -> tuple[int, int, int]:
    """Byte offsets of mnt, mnt_parent and mnt_mountpoint in the kernel's private
    struct mount, from its BTF (-1: unknown, paths then stop at a mount's root)."""
    target = getattr(gen.an, "target", None)
    btf = target.btf() if target is not None else None
    if btf is None:
        return -1, -1, -1
    mount = btf.find("mount", "struct")
    if mount is None:
        return -1, -1, -1
    offs: list[Optional[int]] = []
    for name in ("mnt", "mnt_parent", "mnt_mountpoint"):
        m = btf.member(mount.id, name)
        offs.append(None if m is None or m.bit_offset % 8 else m.bit_offset // 8)
    if any(o is None for o in offs):
        return -1, -1, -1
    return offs[0], offs[1], offs[2]  # type: ignore[return-value]


def _mount_list_offsets(gen: _Gen) -> tuple[int, int]:
    """Byte offsets of mnt_instance and mnt_ns in struct mount (-1: unknown)."""
    target = getattr(gen.an, "target", None)
    btf = target.btf() if target is not None else None
    mount = btf.find("mount", "struct") if btf is not None else None
    if mount is None:
        return -1, -1
    offs = []
    for name in ("mnt_instance", "mnt_ns"):
        m = btf.member(mount.id, name)
        offs.append(-1 if m is None or m.bit_offset % 8 else m.bit_offset // 8)
    return offs[0], offs[1]


def call(gen: _Gen, e: n.Call) -> str:
    """C for the call: a const char * for psargs/fileinfo_str, else an s64."""
    gen.uses.add("kinfo")
    gen.uses.add("str")
    a = [f"({gen.int_expr(x)})" for x in e.args]
    if e.name == "psargs":
        return f"xt_psargs({gen.slot()}, (unsigned long){a[0]})"
    if e.name == "task_info":
        return f"xt_task_info((unsigned long){a[0]}, (int){a[1]})"
    if e.name == "fd_file":
        return f"((s64)xt_fd_file((unsigned long){a[0]}, {a[1]}))"
    if e.name == "fileinfo_int":
        return f"xt_fileinfo_int((unsigned long){a[0]}, (int){a[1]}, (int){a[2]})"
    mnt, parent, mp = _mount_offsets(gen)
    if e.name == "real_mount":
        # container_of(vfsmnt, struct mount, mnt), 0 when the offset is not known
        return f"({{ s64 v_ = {a[0]}; ({mnt}L >= 0 && (v_ < 0 || v_ > {mnt}L)) ? v_ - {mnt}L : 0; }})"
    if e.name in ("task_dentry_path", "reverse_path_walk", "inode_path"):
        # a pointer that cannot be read is stap's read fault
        site = gen.site(e.loc, f"identifier '{e.name}'")
        call = (f"xt_task_dentry_path({gen.slot()}, (unsigned long){a[0]}, (unsigned long){a[1]}, "
                f"(unsigned long){a[2]}, {mnt}L, {parent}L, {mp}L)"
                if e.name == "task_dentry_path" else
                f"xt_reverse_path_walk({gen.slot()}, (unsigned long){a[0]})"
                if e.name == "reverse_path_walk" else
                f"xt_inode_path({gen.slot()}, (unsigned long){a[0]}, {mnt}L, {parent}L, {mp}L, "
                f"{_mount_list_offsets(gen)[0]}L, {_mount_list_offsets(gen)[1]}L)")
        return f"({{ const char *p_ = {call}; if (!p_) {gen.fail('XT_E_FAULT', site)} p_; }})"
    return (f"xt_fileinfo_str({gen.slot()}, {gen.slot()}, (unsigned long){a[0]}, (int){a[1]}, "
            f"(int){a[2]}, {mnt}L, {parent}L, {mp}L)")


def profile_arg(gen: _Gen, i: int) -> str:
    """arg0/arg1 of a profile/tick probe, as DTrace's profile provider gives them:
    the interrupted kernel PC (0 in user mode) and user PC (0 in kernel mode),
    from the registers the timer interrupt saved (the hrtimers run in hard irq)."""
    gen.kheaders.add("asm/irq_regs.h")
    user = "" if i == 1 else "!"
    return (f"({{ struct pt_regs *r_ = get_irq_regs(); "
            f"(s64)(r_ && {user}user_mode(r_) ? instruction_pointer(r_) : 0); }})")


def site_pp(p: n.ProbePoint, default: str) -> str:
    """The point a tracepoint site of `p` says fired (c->pp): the DTrace probe it stands
    for when it has one (proc:::exec-* is two, told apart so), else its spelling."""
    if p.kind == "tracepoint" and p.alias and len(p.alias.split(":")) == 4:
        return p.alias
    return p.spelling or default


def provider_alias(probe: n.Probe) -> Optional[list[str]]:
    """[provider, module, function, name] of the one DTrace provider probe
    (proc:::create) every point of `probe` stands for, else None."""
    aliases = {p.alias for p in probe.points}
    if len(aliases) != 1 or not all(p.kind in ("tracepoint", "kfunc") for p in probe.points):
        return None
    alias = next(iter(aliases))
    fields = alias.split(":") if alias else []
    return fields if len(fields) == 4 else None
