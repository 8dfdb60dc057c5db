"""The sandbox guest's initramfs: busybox, the 9p-over-virtio modules and /init.

The archive is written directly in the kernel's ``newc`` cpio format (no
external ``cpio``): that lets us add ``/dev/console`` without being root,
and fixed timestamps make the output a pure function of its inputs, so it is
cached by content hash under ``<cache>/initramfs/<hash>.cpio.gz``.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import lzma
import os
import shutil
import subprocess
import time
from importlib import resources
from pathlib import Path

from .kernel import KernelError, KernelInfo, cache_root

# What the guest needs to mount the two 9p shares (host root and session dir).
# overlay: the host root is mounted read-only; an overlay with a tmpfs upper
# layer lets host programs write (caches, temp files) without touching the host.
WANTED_MODULES = ("virtio_pci", "9pnet_virtio", "9p", "overlay")
# Modules whose absence is fatal (overlay is optional: the guest falls back
# to a tmpfs on /tmp).
REQUIRED_MODULES = ("virtio_pci", "9pnet_virtio", "9p")

BUSYBOX_CANDIDATES = ("/bin/busybox", "/usr/bin/busybox")

# Bumped whenever the archive layout changes, so old cache entries are not reused.
_FORMAT_VERSION = b"xtrace-initramfs-1"


def _modname(path: str) -> str:
    """``kernel/fs/9p/9p.ko.xz`` -> ``9p``; dashes and underscores are the same name."""
    base = os.path.basename(path)
    for ext in (".xz", ".zst", ".gz"):
        if base.endswith(ext):
            base = base[: -len(ext)]
    if base.endswith(".ko"):
        base = base[:-3]
    return base.replace("-", "_")


def _read_modules_dep(modules_dir: Path) -> dict[str, tuple[str, list[str]]]:
    """Parse modules.dep: name -> (relative path, [relative paths of deps])."""
    dep_file = modules_dir / "modules.dep"
    if not dep_file.exists():
        raise KernelError(f"{dep_file} is missing (run depmod -b on the kernel tree)")
    table: dict[str, tuple[str, list[str]]] = {}
    for line in dep_file.read_text().splitlines():
        if ":" not in line:
            continue
        path, deps = line.split(":", 1)
        table[_modname(path)] = (path.strip(), deps.split())
    return table


def _builtin_modules(kinfo: KernelInfo) -> set[str]:
    """Names of modules compiled into the kernel (modules.builtin)."""
    f = kinfo.modules_dir / "modules.builtin"
    if not f.exists():
        return set()
    return {_modname(line.strip()) for line in f.read_text().splitlines() if line.strip()}


def _config_says_builtin(kinfo: KernelInfo, option: str) -> bool:
    if kinfo.config is None or not kinfo.config.exists():
        return False
    return f"{option}=y" in kinfo.config.read_text().splitlines()


def module_load_order(kinfo: KernelInfo, wanted: tuple[str, ...] = WANTED_MODULES) -> list[str]:
    """Relative paths (from lib/modules/<rel>) of the wanted modules and their
    dependencies, dependencies first. Built-in modules are skipped."""
    table = _read_modules_dep(kinfo.modules_dir)
    builtin = _builtin_modules(kinfo)
    # virtio_pci is =m on Debian but =y on many other kernels: the config is
    # the authority when modules.builtin is absent (custom trees).
    config_builtin = {"virtio_pci": "CONFIG_VIRTIO_PCI", "9pnet_virtio": "CONFIG_NET_9P_VIRTIO",
                      "9p": "CONFIG_9P_FS", "overlay": "CONFIG_OVERLAY_FS"}
    order: list[str] = []
    seen: set[str] = set()

    def visit(name: str, chain: tuple[str, ...]) -> None:
        if name in seen:
            return
        seen.add(name)
        if name in builtin or _config_says_builtin(kinfo, config_builtin.get(name, "-")):
            return
        if name not in table:
            if name in REQUIRED_MODULES or chain:
                raise KernelError(f"module {name} (needed by {' <- '.join(chain) or 'the guest'}) "
                                  f"is neither in {kinfo.modules_dir}/modules.dep nor built in")
            return  # optional and absent
        path, deps = table[name]
        # modules.dep lists the whole closure, but recurse anyway so the
        # order is a true topological one.
        for dep in deps:
            visit(_modname(dep), chain + (name,))
        order.append(path)

    for name in wanted:
        visit(name.replace("-", "_"), ())
    return order


def _module_bytes(path: Path) -> bytes:
    """A module's plain ELF bytes (busybox insmod does not decompress)."""
    data = path.read_bytes()
    name = path.name
    if name.endswith(".xz"):
        return lzma.decompress(data)
    if name.endswith(".gz"):
        return gzip.decompress(data)
    if name.endswith(".zst"):
        zstd = shutil.which("zstd")
        if not zstd:
            raise KernelError(f"{path} is zstd-compressed and zstd is not installed")
        return subprocess.run([zstd, "-dc", str(path)], check=True, capture_output=True).stdout
    return data


def find_busybox() -> Path:
    """A *static* busybox (the initramfs has no libc)."""
    for cand in BUSYBOX_CANDIDATES:
        p = Path(cand)
        if p.is_file():
            head = p.read_bytes()[:4096]
            # A dynamic ELF has a PT_INTERP naming the loader.
            if b"/lib64/ld-linux" in head or b"/lib/ld-linux" in head:
                continue
            return p
    raise KernelError("no static busybox found: apt-get install -y busybox-static")


def init_script() -> bytes:
    """The guest's /init (sandbox/guest_init.sh)."""
    return resources.files(__package__).joinpath("guest_init.sh").read_bytes()


class _Cpio:
    """Minimal writer for the kernel's "newc" cpio format."""

    def __init__(self) -> None:
        self.buf = io.BytesIO()
        self.ino = 1

    def _entry(self, name: str, mode: int, data: bytes = b"", rdev: tuple[int, int] = (0, 0)) -> None:
        nameb = name.encode() + b"\0"
        fields = [self.ino, mode, 0, 0, 1, 0, len(data), 0, 0, rdev[0], rdev[1], len(nameb), 0]
        self.ino += 1
        hdr = b"070701" + b"".join(b"%08X" % f for f in fields)
        self.buf.write(hdr + nameb)
        self.buf.write(b"\0" * (-(len(hdr) + len(nameb)) % 4))
        self.buf.write(data)
        self.buf.write(b"\0" * (-len(data) % 4))

    def dir(self, name: str) -> None:
        self._entry(name, 0o040755)

    def file(self, name: str, data: bytes, mode: int = 0o644) -> None:
        self._entry(name, 0o100000 | mode, data)

    def symlink(self, name: str, target: str) -> None:
        self._entry(name, 0o120777, target.encode())

    def chardev(self, name: str, major: int, minor: int, mode: int = 0o600) -> None:
        self._entry(name, 0o020000 | mode, rdev=(major, minor))

    def finish(self) -> bytes:
        self._entry("TRAILER!!!", 0)
        return self.buf.getvalue()


def build_initramfs(kinfo: KernelInfo) -> Path:
    """Return the path of the (cached) initramfs for ``kinfo``, building it if needed."""
    busybox = find_busybox()
    init = init_script()
    mods = [(rel, _module_bytes(kinfo.modules_dir / rel)) for rel in module_load_order(kinfo)]

    h = hashlib.sha256(_FORMAT_VERSION)
    for part in (kinfo.release.encode(), init, busybox.read_bytes()):
        h.update(hashlib.sha256(part).digest())
    for rel, data in mods:
        h.update(rel.encode() + b"\0" + hashlib.sha256(data).digest())
    out_dir = cache_root() / "initramfs"
    out = out_dir / f"{kinfo.release}-{h.hexdigest()[:16]}.cpio.gz"
    if out.exists():
        return out

    c = _Cpio()
    for d in ("bin", "sbin", "usr", "usr/bin", "usr/sbin", "dev", "proc", "sys", "tmp", "run",
              "host", "sess", "newroot", "etc", "lib", "lib/modules"):
        c.dir(d)
    # The kernel opens /dev/console for init's stdio before devtmpfs exists.
    c.chardev("dev/console", 5, 1)
    c.chardev("dev/null", 1, 3, 0o666)
    c.file("bin/busybox", busybox.read_bytes(), 0o755)
    c.symlink("bin/sh", "busybox")
    c.file("init", init, 0o755)
    mdir = f"lib/modules/{kinfo.release}"
    made = {"lib", "lib/modules"}
    load_list = []
    for rel, data in mods:
        rel = rel.removesuffix(".xz").removesuffix(".zst").removesuffix(".gz")
        parts = f"{mdir}/{rel}".split("/")
        for i in range(2, len(parts)):
            d = "/".join(parts[:i])
            if d not in made:
                made.add(d)
                c.dir(d)
        c.file(f"{mdir}/{rel}", data)
        load_list.append(f"/{mdir}/{rel}")
    # One path per line, dependencies first: /init insmods them in order.
    c.file("etc/xtrace-modules", ("\n".join(load_list) + "\n").encode())
    c.file("etc/xtrace-release", (kinfo.release + "\n").encode())

    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(f".tmp{os.getpid()}")
    with open(tmp, "wb") as f:
        # mtime=0: identical inputs give identical bytes.
        with gzip.GzipFile(fileobj=f, mode="wb", compresslevel=6, mtime=0) as gz:
            gz.write(c.finish())
    tmp.replace(out)
    # Old builds for this kernel (an earlier guest_init.sh, busybox...) are
    # dead weight; spare recent ones, which a VM may be about to boot.
    for old in out_dir.glob(f"{kinfo.release}-*.cpio.gz"):
        try:
            if old != out and time.time() - old.stat().st_mtime > 3600:
                old.unlink()
        except OSError:
            pass
    return out
