"""The sandbox kernel: which one, where it is cached, and what it exports.

The sandbox VM boots a *distribution* kernel (Debian's) so that xtrace modules
built against the matching ``linux-headers-<release>`` load in it. This module

* resolves the release to use from the ``linux-headers-amd64`` metapackage
  (Debian bumps ABI numbers and drops old ones from the mirror, so a release
  is never hard-coded), or another one from a flavour alias such as ``6.12``,
  ``rt`` or ``6.12-rt`` (the newest release apt's flavour metapackages name),
* fetches ``linux-image-<release>`` with ``apt-get download`` and unpacks it
  with ``dpkg-deb -x`` into a per-user cache (never installs it: the host's
  own kernel is none of our business),
* makes sure the matching headers exist for kbuild,
* captures, once per kernel, the guest's ``/proc/kallsyms``, kprobe blacklist
  and tracepoint list (Debian's ``System.map`` is a stub, so the symbols can
  only be learned from a booted guest; the guest boots with ``nokaslr`` so
  the addresses stay valid across boots).

Run ``python -m xtrace.sandbox.kernel --fetch`` to pre-fetch (used by setup.sh).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .vm import SandboxVM

# The metapackage whose dependency names "the current" Debian kernel ABI.
HEADERS_METAPACKAGE = "linux-headers-amd64"

# The kernels the kernel-side tests run on (one VM boot each), as aliases for
# resolve_release(); XTRACE_TEST_KERNELS (comma-separated) overrides them.
TEST_KERNELS = ("default", "6.12", "6.12-rt")

# Flavour metapackages: linux-headers-[<series>-][<flavour>-]amd64, e.g.
# linux-headers-amd64, linux-headers-rt-amd64, linux-headers-6.12-rt-amd64.
_META_RE = re.compile(r"^linux-headers-(?:(\d+\.\d+)-)?(?:([a-z]+)-)?amd64$")
# A full release ("6.1.0-56-amd64", "6.12.117+deb12-rt-amd64"), not an alias.
_FULL_RELEASE_RE = re.compile(r"^\d+\.\d+\.\d+[^\s/]*$")

_ENV = dict(os.environ, DEBIAN_FRONTEND="noninteractive", LC_ALL="C")


class KernelError(RuntimeError):
    """The sandbox kernel could not be resolved, fetched or inspected."""


@dataclass(frozen=True)
class KernelInfo:
    """Where everything about one sandbox kernel lives on the host.

    ``cache_dir`` holds the unpacked image (``root/``) and the captured
    symbol files; ``build_dir`` is the kbuild tree (``make -C build_dir``).
    """

    release: str
    vmlinuz: Path
    modules_dir: Path  # .../lib/modules/<release>
    build_dir: Path | None
    config: Path | None  # the kernel's .config (boot/config-<release>), if known
    cache_dir: Path

    @property
    def kallsyms_file(self) -> Path:
        return self.cache_dir / "kallsyms.txt"

    @property
    def modules_file(self) -> Path:
        """The /proc/modules of the boot kallsyms.txt was taken in: where its
        module symbols were (modules load elsewhere on every boot)."""
        return self.cache_dir / "modules.txt"

    @property
    def blacklist_file(self) -> Path:
        return self.cache_dir / "kprobe_blacklist.txt"

    @property
    def events_file(self) -> Path:
        return self.cache_dir / "events.txt"

    @property
    def btf_file(self) -> Path:
        """The guest's /sys/kernel/btf/vmlinux (empty when the kernel has no BTF)."""
        return self.cache_dir / "btf.bin"

    @property
    def module_btf_dir(self) -> Path:
        """The guest's /sys/kernel/btf/<module> files (split BTF on top of btf.bin),
        one per module loaded at capture time, named as the module."""
        return self.cache_dir / "btf"


def cache_root() -> Path:
    """``$XDG_CACHE_HOME/xtrace``, else ``~/.cache/xtrace`` (not moved by $XTRACE_CACHE:
    the kernels are big and shared by every module cache)."""
    from xtrace.ir.diskcache import user_cache_dir
    return user_cache_dir()


def _run(cmd: list[str], cwd: str | Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=_ENV, text=True, capture_output=True, stdin=subprocess.DEVNULL)


def _release_from_depends(text: str) -> str | None:
    # "Depends: linux-headers-6.1.0-56-amd64 (= 6.1.192-2)" or apt-cache's
    # "  Depends: linux-headers-6.1.0-56-amd64"
    m = re.search(r"linux-headers-(\d[^\s,()]*)", text)
    return m.group(1) if m else None


def resolve_release(spec: str | None = None) -> str:
    """Return the kernel release that ``spec`` names.

    ``spec`` None (or ``"default"``): the release the ``linux-headers-amd64``
    metapackage depends on. The installed metapackage wins (its headers are
    the ones kbuild will use); otherwise apt's package lists are asked
    (``apt-get update`` first if they are empty). Example: ``"6.1.0-56-amd64"``.

    A full release (``"6.12.117+deb12-rt-amd64"``) is returned as is. Anything
    else is a flavour alias, ``[SERIES][-FLAVOUR]`` (``6.12``, ``rt``,
    ``6.12-rt``, ``cloud``, ``6.1``): the newest release among those apt's
    flavour metapackages (``linux-headers-6.12-rt-amd64``,
    ``linux-headers-rt-amd64``, ...) depend on, of that series and flavour
    (no flavour: the generic ``-amd64`` one).
    """
    if spec is not None and spec.strip() not in ("", "default"):
        spec = spec.strip()
        if _FULL_RELEASE_RE.match(spec):
            return spec
        return _resolve_alias(spec)
    p = _run(["dpkg-query", "-W", "-f=${Status}\n${Depends}\n", HEADERS_METAPACKAGE])
    if p.returncode == 0 and "install ok installed" in p.stdout:
        rel = _release_from_depends(p.stdout)
        if rel:
            return rel
    for attempt in range(2):
        p = _run(["apt-cache", "depends", HEADERS_METAPACKAGE])
        rel = _release_from_depends(p.stdout) if p.returncode == 0 else None
        if rel:
            return rel
        if attempt == 0:
            # Fresh machines have empty lists; one update is allowed.
            _run(["apt-get", "update"])
    raise KernelError(
        f"cannot resolve the sandbox kernel release: {HEADERS_METAPACKAGE} is not installed "
        "and apt knows no such package (try: apt-get update && apt-get install -y linux-headers-amd64)"
    )


def _series_flavour(release: str) -> tuple[str, str]:
    """``"6.12.117+deb12-rt-amd64"`` -> ``("6.12", "rt")``; generic flavour is ``""``."""
    m = re.match(r"(\d+\.\d+)", release)
    rest = release[:-len("-amd64")] if release.endswith("-amd64") else release
    flavour = ""
    tail = rest.rsplit("-", 1)
    if len(tail) == 2 and tail[1].isalpha():
        flavour = tail[1]
    return (m.group(1) if m else ""), flavour


def _parse_alias(spec: str) -> tuple[str | None, str]:
    """``"6.12-rt"`` -> ``("6.12", "rt")``, ``"rt"`` -> ``(None, "rt")``, ``"6.12"`` -> ``("6.12", "")``."""
    spec = spec[: -len("amd64")].rstrip("-") if spec.endswith("amd64") else spec
    m = re.match(r"^(?:(\d+\.\d+))?(?:-?([a-z]+))?$", spec)
    if not m:
        raise KernelError(f"'{spec}' is neither a kernel release (like 6.1.0-56-amd64) nor an alias "
                          "(like 6.12, rt, 6.12-rt)")
    series, flavour = m.group(1), m.group(2) or ""
    if flavour in ("amd64", "generic"):
        flavour = ""
    return series, flavour


def _version_key(version: str) -> tuple[int, ...]:
    """``"6.12.117-1~deb12u1"`` -> ``(6, 12, 117)``: the upstream part, numerically."""
    upstream = version.split(":", 1)[-1].split("-", 1)[0]
    return tuple(int(x) for x in re.findall(r"\d+", upstream))


def available_kernels() -> list[tuple[str, str, str, tuple[int, ...]]]:
    """The releases apt's flavour metapackages name (candidate versions):
    ``(release, series, flavour, version key)``, one per release, newest first.
    Reads only the local package lists (``apt-get update`` once if they are empty)."""
    for attempt in range(2):
        p = _run(["apt-cache", "pkgnames", "linux-headers-"])
        metas = sorted(n for n in p.stdout.split() if _META_RE.match(n)) if p.returncode == 0 else []
        if metas:
            break
        if attempt == 0:
            _run(["apt-get", "update"])
    if not metas:
        return []
    p = _run(["apt-cache", "show", "--no-all-versions", *metas])
    found: dict[str, tuple[str, str, str, tuple[int, ...]]] = {}
    for stanza in p.stdout.split("\n\n"):
        fields = dict(re.findall(r"^(Package|Version|Depends): (.*)$", stanza, re.M))
        if not _META_RE.match(fields.get("Package", "")):
            continue
        rel = _release_from_depends(fields.get("Depends", ""))
        if not rel:
            continue
        series, flavour = _series_flavour(rel)
        found.setdefault(rel, (rel, series, flavour, _version_key(fields.get("Version", ""))))
    return sorted(found.values(), key=lambda k: k[3], reverse=True)


def _resolve_alias(spec: str) -> str:
    series, flavour = _parse_alias(spec)
    kernels = available_kernels()
    for rel, s, f, _ in kernels:  # newest first
        if f == flavour and (series is None or s == series):
            return rel
    known = ", ".join(f"{rel} ({s}{'-' + f if f else ''})" for rel, s, f, _ in kernels) or "none"
    raise KernelError(f"no kernel in apt matches '{spec}' (apt offers: {known}); "
                      "give a release, or an alias like 6.12, rt or 6.12-rt")


def kernel_matrix() -> list[str]:
    """The kernels the kernel tests run on: ``$XTRACE_TEST_KERNELS`` (comma-separated
    releases or aliases) or :data:`TEST_KERNELS`."""
    env = os.environ.get("XTRACE_TEST_KERNELS", "")
    specs = [s.strip() for s in env.split(",") if s.strip()] if env.strip() else list(TEST_KERNELS)
    return specs


def release_of_bzimage(vmlinuz: str | Path) -> str | None:
    """Read the release string embedded in an x86 bzImage (like ``file`` does).

    The setup header's ``kernel_version`` field (offset 0x20E) points, relative
    to 0x200, at a string such as ``"6.1.0-56-amd64 (debian-kernel@...) #1 ..."``.
    """
    try:
        with open(vmlinuz, "rb") as f:
            head = f.read(0x10000)
    except OSError:
        return None
    if len(head) < 0x210 or head[0x202:0x206] != b"HdrS":
        return None
    off = int.from_bytes(head[0x20E:0x210], "little") + 0x200
    if off >= len(head):
        return None
    ver = head[off : off + 256].split(b"\0", 1)[0].split(b" ", 1)[0]
    return ver.decode("ascii", "replace") or None


def _find_build_dir(release: str) -> Path | None:
    for cand in (Path("/lib/modules") / release / "build", Path("/usr/src") / f"linux-headers-{release}"):
        if (cand / "Makefile").exists():
            return cand
    return None


def ensure_headers(release: str) -> Path:
    """Return the kbuild directory for ``release``, installing the headers if missing.

    ``apt-get install linux-headers-<release>``: Debian's 6.12 headers packages
    depend on their image package, so for those apt installs the image (and
    initramfs-tools) on the host as well; the sandbox still boots the copy
    unpacked into the cache."""
    build = _find_build_dir(release)
    if build is not None:
        return build
    p = _run(["apt-get", "install", "-y", "--no-install-recommends", f"linux-headers-{release}"])
    if p.returncode != 0:
        # Stale package lists are the usual cause: update once and retry.
        _run(["apt-get", "update"])
        p = _run(["apt-get", "install", "-y", "--no-install-recommends", f"linux-headers-{release}"])
    build = _find_build_dir(release)
    if build is None:
        raise KernelError(f"cannot install linux-headers-{release}:\n{p.stdout[-2000:]}{p.stderr[-2000:]}")
    return build


def _download_image(release: str, dest: Path) -> Path:
    """``apt-get download`` the image .deb into ``dest``; return its path."""
    # APT::Sandbox::User=root: the _apt user cannot write into root's cache.
    names = [f"linux-image-{release}", f"linux-image-{release}-unsigned"]
    errors: list[str] = []
    for updated in (False, True):
        if updated:
            _run(["apt-get", "update"])
        for name in names:
            p = _run(["apt-get", "-o", "APT::Sandbox::User=root", "download", name], cwd=dest)
            debs = sorted(dest.glob(f"{name}_*.deb"))
            if p.returncode == 0 and debs:
                return debs[-1]
            errors.append(f"$ apt-get download {name}\n{p.stderr.strip()[-1000:]}")
    raise KernelError(f"cannot download the kernel image for {release}:\n" + "\n".join(errors))


def _ensure_modules_dep(root: Path, release: str) -> None:
    """The .deb ships no modules.dep (its postinst runs depmod): make one."""
    mdir = root / "lib" / "modules" / release
    if (mdir / "modules.dep").exists():
        return
    p = _run(["depmod", "-b", str(root), release])
    if p.returncode != 0 or not (mdir / "modules.dep").exists():
        raise KernelError(f"depmod failed for {mdir}: {p.stderr.strip()}")


def _fetch_image(release: str, kdir: Path) -> Path:
    """Download and unpack ``linux-image-<release>`` into ``kdir/root`` (atomic)."""
    root = kdir / "root"
    if (root / ".complete").exists():
        return root
    kdir.mkdir(parents=True, exist_ok=True)
    # Unpack into a scratch dir and rename, so an interrupted fetch never
    # leaves a half tree that a later call would trust.
    tmp = Path(tempfile.mkdtemp(prefix=".fetch-", dir=kdir))
    try:
        deb = _download_image(release, tmp)
        troot = tmp / "root"
        p = _run(["dpkg-deb", "-x", str(deb), str(troot)])
        if p.returncode != 0:
            raise KernelError(f"dpkg-deb -x {deb} failed: {p.stderr.strip()}")
        _ensure_modules_dep(troot, release)
        (troot / ".complete").write_text(deb.name + "\n")
        if root.exists():
            shutil.rmtree(root)
        troot.rename(root)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return root


def ensure_kernel(
    release: str | None = None,
    vmlinuz: str | None = None,
    modules_dir: str | None = None,
) -> KernelInfo:
    """Return a :class:`KernelInfo` for the sandbox kernel, fetching it if needed.

    With no arguments: the Debian kernel of :func:`resolve_release`, fetched
    once into ``<cache>/kernels/<release>/root`` (later calls touch no network).
    ``release`` may be a full release or an alias (``6.12``, ``rt``,
    ``6.12-rt``); its headers are installed with apt if missing.
    With ``vmlinuz`` (and optionally ``modules_dir``): that kernel is used as
    is; its release is read from the image when not given, and its symbol
    captures go to a cache dir keyed by the image's hash.
    """
    if vmlinuz is not None:
        vm = Path(vmlinuz).resolve()
        if not vm.is_file():
            raise KernelError(f"no such kernel image: {vm}")
        release = release or release_of_bzimage(vm)
        if not release:
            raise KernelError(f"cannot tell the release of {vm}; pass release=")
        digest = hashlib.sha256(vm.read_bytes()).hexdigest()[:16]
        kdir = cache_root() / "kernels" / f"{release}-custom-{digest}"
        kdir.mkdir(parents=True, exist_ok=True)
        if modules_dir is not None:
            mdir = Path(modules_dir).resolve()
        else:
            # A tree laid out like the .deb: <root>/boot/vmlinuz, <root>/lib/modules/<rel>.
            mdir = vm.parent.parent / "lib" / "modules" / release
        if not mdir.is_dir():
            raise KernelError(f"no modules directory for {release} (looked at {mdir}); pass modules_dir=")
        if not (mdir / "modules.dep").exists():
            raise KernelError(f"{mdir} has no modules.dep; run depmod -b on its root")
        config = vm.parent / f"config-{release}"
        return KernelInfo(
            release=release,
            vmlinuz=vm,
            modules_dir=mdir,
            build_dir=_find_build_dir(release),
            config=config if config.exists() else None,
            cache_dir=kdir,
        )

    release = resolve_release(release)
    kdir = cache_root() / "kernels" / release
    root = _fetch_image(release, kdir)
    vm = root / "boot" / f"vmlinuz-{release}"
    mdir = root / "lib" / "modules" / release
    if not vm.exists() or not mdir.is_dir():
        raise KernelError(f"unexpected layout in {root}: no boot/vmlinuz-{release} or lib/modules/{release}")
    _ensure_modules_dep(root, release)
    config = root / "boot" / f"config-{release}"
    return KernelInfo(
        release=release,
        vmlinuz=vm,
        modules_dir=mdir,
        build_dir=ensure_headers(release),
        config=config if config.exists() else None,
        cache_dir=kdir,
    )


# --------------------------------------------------------------------------
# Symbols captured from a booted guest

# Run in the guest as a host program; $XT_JOB_DIR is the job dir, the one
# place there that is writable and seen by the host.
_CAPTURE_CMD = (
    'cat /proc/kallsyms > "$XT_JOB_DIR/kallsyms.txt" && '
    'cat /proc/modules > "$XT_JOB_DIR/modules.txt" && '
    'cat /sys/kernel/debug/kprobes/blacklist > "$XT_JOB_DIR/kprobe_blacklist.txt" && '
    'cat /sys/kernel/tracing/available_events > "$XT_JOB_DIR/events.txt" && '
    # A kernel built without BTF leaves an empty file: member access is then refused.
    '{ cat /sys/kernel/btf/vmlinux > "$XT_JOB_DIR/btf.bin" 2>/dev/null || : > "$XT_JOB_DIR/btf.bin"; } && '
    # Each loaded module's own BTF, split on top of vmlinux's: its functions' parameters.
    'mkdir -p "$XT_JOB_DIR/btf" && '
    'for f in /sys/kernel/btf/*; do n="${f##*/}"; '
    '[ "$n" = vmlinux ] || [ ! -f "$f" ] || cat "$f" > "$XT_JOB_DIR/btf/$n" || exit 1; done'
)


def capture_symbols(kinfo: KernelInfo, force: bool = False, vm: "SandboxVM | None" = None) -> None:
    """Boot the guest once and save its kallsyms, kprobe blacklist, events and BTF.

    Done once per kernel (files in ``kinfo.cache_dir``); ``force`` redoes it.
    ``vm``: a running :class:`~xtrace.sandbox.vm.SandboxVM` of this kernel to
    use instead of a boot of its own.
    """
    files = (kinfo.kallsyms_file, kinfo.modules_file, kinfo.blacklist_file, kinfo.events_file,
             kinfo.btf_file)
    # A cache captured before module BTF was saved lacks btf/: captured again, so that
    # the modules' BTF belongs to the same boot as the kallsyms dump.
    def done() -> bool:
        return not force and all(f.exists() for f in files) and kinfo.module_btf_dir.is_dir()

    if done():
        return
    from xtrace.ir.diskcache import locked
    with locked(kinfo.cache_dir / ".capture.lock"):
        if not done():  # another process may have captured while this one waited
            _capture_symbols(kinfo, files, vm)


def _capture_symbols(kinfo: KernelInfo, files: tuple[Path, ...], vm: "SandboxVM | None") -> None:
    from .vm import SandboxVM  # late import: vm imports this module

    def capture(v: "SandboxVM") -> None:
        res = v.run_job(None, None, _CAPTURE_CMD, cwd="/", timeout=120)
        if res.cmd_status != 0:
            raise KernelError(f"capturing symbols failed (status {res.cmd_status}): "
                              f"{res.cmd_out[-2000:]!r} {res.error}")
        for f in files:
            tmp = f.with_suffix(f".tmp{os.getpid()}")
            shutil.copyfile(res.job_dir / f.name, tmp)
            tmp.replace(f)  # atomic: readers never see half a file
        tmp_dir = kinfo.cache_dir / f"btf.tmp{os.getpid()}"
        shutil.rmtree(tmp_dir, ignore_errors=True)
        shutil.copytree(res.job_dir / "btf", tmp_dir)
        shutil.rmtree(kinfo.module_btf_dir, ignore_errors=True)
        tmp_dir.replace(kinfo.module_btf_dir)  # the directory appears complete or not at all

    if vm is not None:
        if vm.kinfo is not None and vm.kinfo.release != kinfo.release:
            raise KernelError(f"the VM runs {vm.kinfo.release}, not {kinfo.release}")
        capture(vm)
    else:
        with SandboxVM(kinfo) as v:
            capture(v)


def kernel_symbols(kinfo: KernelInfo) -> set[str]:
    """Function names from the guest's kallsyms (types t/T/w/W), capturing if needed.

    Module symbols (``name [mod]``) are included: they are probeable once the
    module is loaded, and the initramfs loads only 9p/virtio modules anyway.
    """
    from xtrace.ir.diskcache import cached_json, file_identity
    from xtrace.ir.target import kallsyms_functions
    capture_symbols(kinfo)

    def read() -> list[str]:
        with open(kinfo.kallsyms_file, encoding="utf-8", errors="replace") as f:
            return sorted(kallsyms_functions(f.read().splitlines()))

    # Splitting the 4 MB dump took ~0.25 s of every run's pass 2: the names are kept
    # on disk, keyed by the dump's identity (a new capture replaces the file).
    return set(cached_json("kallsyms-functions-v2", file_identity([Path(kinfo.kallsyms_file)]), read))


def kprobe_blacklist(kinfo: KernelInfo) -> set[str]:
    """Function names the guest kernel refuses to kprobe."""
    capture_symbols(kinfo)
    names: set[str] = set()
    with open(kinfo.blacklist_file, encoding="utf-8", errors="replace") as f:
        for line in f:
            # "0xffffffff81000000-0xffffffff81000010\tname"
            parts = line.split()
            if len(parts) >= 2:
                names.add(parts[1])
    return names


def tracepoints(kinfo: KernelInfo) -> set[str]:
    """Tracepoints of the guest kernel as ``"subsys:event"``, capturing if needed."""
    capture_symbols(kinfo)
    with open(kinfo.events_file, encoding="utf-8", errors="replace") as f:
        return {line.strip() for line in f if ":" in line}


def kernel_btf(kinfo: KernelInfo) -> Path | None:
    """The guest kernel's raw BTF (capturing it if needed), or None if it has none."""
    capture_symbols(kinfo)
    return kinfo.btf_file if kinfo.btf_file.stat().st_size else None


def module_btf(kinfo: KernelInfo, module: str) -> Path | None:
    """The guest's /sys/kernel/btf/<module> (capturing it if needed), or None when the
    module was not loaded at capture time or has no BTF."""
    capture_symbols(kinfo)
    if not re.fullmatch(r"[\w-]+", module):
        return None
    p = kinfo.module_btf_dir / module
    return p if p.is_file() and p.stat().st_size else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m xtrace.sandbox.kernel", description=__doc__.split("\n\n")[0])
    ap.add_argument("--fetch", action="store_true", help="fetch and unpack the sandbox kernel (and headers)")
    ap.add_argument("--symbols", action="store_true", help="also boot the guest once to capture its symbols")
    ap.add_argument("--release", action="append",
                    help="kernel release or alias (6.12, rt, 6.12-rt); repeatable "
                         "(default: from linux-headers-amd64)")
    ap.add_argument("--matrix", action="store_true",
                    help="every kernel of the test matrix ($XTRACE_TEST_KERNELS, else "
                         + ",".join(TEST_KERNELS) + ")")
    args = ap.parse_args(argv)
    specs: list[str | None] = list(args.release or [])
    if args.matrix:
        specs += kernel_matrix()
    if not specs:
        specs = [None]
    try:
        if not (args.fetch or args.symbols):
            for spec in specs:
                print(resolve_release(spec))
            return 0
        for spec in specs:
            kinfo = ensure_kernel(spec)
            if args.symbols:
                capture_symbols(kinfo)
            print(f"release   {kinfo.release}\nvmlinuz   {kinfo.vmlinuz}\nmodules   {kinfo.modules_dir}\n"
                  f"build     {kinfo.build_dir}\ncache     {kinfo.cache_dir}")
    except KernelError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
