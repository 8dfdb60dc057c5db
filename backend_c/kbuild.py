"""Pass 4: build the generated module with kbuild, cached by content hash.

The module's name is derived from the hash of everything that goes into it
(C source, runtime headers, kernel release and headers path; not the
manifest, which only tells the driver how to read it), so an
unchanged script for the same kernel is served from the cache without
running the compiler, and two different scripts can never collide.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

from xtrace import __version__
from xtrace.ir.diskcache import cache_root
from xtrace.ir.loc import XtraceError

from .codegen import RUNTIME_DIR, GeneratedModule
from .embedc import MODULE_FILE


@dataclass
class BuiltModule:
    name: str
    ko: Path
    manifest: dict
    cached: bool


def module_hash(gen: GeneratedModule, release: str, build_dir: Path) -> str:
    """What the .ko is made of: the C, the runtime headers, the kernel. Not the
    manifest: it tells the driver how to read the module's records and is
    always the one just generated, so a change to the driver's side of a
    script (a path, an output option) reuses the built module."""
    h = hashlib.sha256()
    for part in (__version__, release, str(build_dir), gen.c_source):
        h.update(part.encode())
        h.update(b"\0")
    for name in gen.headers:
        h.update((RUNTIME_DIR / name).read_bytes())
    return h.hexdigest()


def _place(gen: GeneratedModule, release: str, build_dir: Path,
           name: Optional[str]) -> tuple[str, Path]:
    """The module's name and its directory in the cache."""
    digest = module_hash(gen, release, build_dir)
    if name is None:
        name = f"xt_{digest[:16]}"
        return name, cache_root() / "modules" / release / name
    # the same script under another name is another module
    digest = hashlib.sha256(f"{digest}\0{name}".encode()).hexdigest()
    return name, cache_root() / "modules" / release / f"{name}-{digest[:16]}"


def _cached(name: str, dest: Path) -> bool:
    return (dest / f"{name}.ko").exists() and (dest / "manifest.json").exists()


def _need_headers(release: str, build_dir: Path) -> None:
    if not (build_dir / "Makefile").exists():
        raise XtraceError(f"no kernel headers for {release} at {build_dir} "
                          "(run setup.sh, or give --headers)")


def _write_sources(work: Path, modules: Sequence[tuple[GeneratedModule, str]]) -> None:
    """The C of each module, the runtime headers they include, and one Kbuild Makefile."""
    headers: set[str] = set()
    for gen, name in modules:
        # a guru script's C ends with #line directives back to this file (backend_c/embedc.py)
        (work / f"{name}.c").write_text(gen.c_source.replace(MODULE_FILE, f"{name}.c"))
        headers.update(gen.headers)
    for h in sorted(headers):
        shutil.copy(RUNTIME_DIR / h, work / h)
    objs = " ".join(f"{name}.o" for _, name in modules)
    (work / "Makefile").write_text(f"obj-m := {objs}\nccflags-y := -I$(src) -Wno-unused-function "
                                   "-Wno-declaration-after-statement\n")


def _make(build_dir: Path, work: Path, jobs: int) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "-C", str(build_dir), f"M={work}", f"-j{jobs}", "modules"],
                          capture_output=True, text=True)


def _install(work: Path, name: str, manifest: dict, dest: Path) -> None:
    """Put a built module (.ko, its C, the manifest) at `dest` in one rename. Another
    process may build the same module at the same time (parallel test workers): the
    first one there is kept, both are made of the same bytes."""
    stage = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=dest.parent))
    shutil.copy(work / f"{name}.ko", stage)
    shutil.copy(work / f"{name}.c", stage)
    (stage / "manifest.json").write_text(json.dumps(manifest, indent=1))
    if not _cached(name, dest):
        shutil.rmtree(dest, ignore_errors=True)  # a half-written directory of a killed build
        try:
            os.replace(stage, dest)
            return
        except OSError:  # placed by another process since the test above
            pass
    shutil.rmtree(stage, ignore_errors=True)


def build(gen: GeneratedModule, release: str, build_dir: Path, jobs: int = 2,
          name: Optional[str] = None) -> BuiltModule:
    """Compile `gen` against the kernel headers in build_dir; reuse a cached .ko.
    `name`: the module's name (stap -m; its /proc directories are named after it),
    else xt_ and the content hash."""
    name, dest = _place(gen, release, build_dir, name)
    ko = dest / f"{name}.ko"
    manifest = dict(gen.manifest, module=name)
    if _cached(name, dest):
        return BuiltModule(name, ko, manifest, True)
    _need_headers(release, build_dir)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=dest.parent) as tmp:
        work = Path(tmp)
        _write_sources(work, [(gen, name)])
        proc = _make(build_dir, work, jobs)
        if proc.returncode != 0 or not (work / f"{name}.ko").exists():
            log = (proc.stdout + proc.stderr)[-6000:]
            failed = dest.parent / f"{name}.failed"
            shutil.rmtree(failed, ignore_errors=True)
            shutil.copytree(work, failed)
            if MODULE_FILE in gen.c_source:
                # the compiler's messages about the script's own C name the script's lines
                raise XtraceError(f"kbuild failed for {name}: the script's embedded C (stap -g) "
                                  f"is compiled as written; the module's C is kept in {failed}\n{log}")
            raise XtraceError(f"kbuild failed for {name} (an xtrace bug; the generated C "
                              f"is kept in {failed})\n{log}")
        _install(work, name, manifest, dest)
    return BuiltModule(name, ko, manifest, False)


BATCH = 16


def build_many(modules: Iterable[tuple[GeneratedModule, Optional[str]]], release: str,
               build_dir: Path, jobs: int = 2, batch: int = BATCH) -> int:
    """Fill the cache with every module of `modules` (pass 3's output and its name,
    as build() takes them) not yet in it, `batch` modules per make run. One make per
    module spends about half of its 1.8 s in make itself (reading the kernel's
    Makefiles, modpost): a batch pays that once and compiles `jobs` files at a time.
    A batch one module of which does not compile builds nothing (modpost runs after
    every object): build() of each of its modules then builds it alone and reports
    the error as usual. Returns how many modules were built."""
    todo: dict[Path, tuple[GeneratedModule, str]] = {}
    for gen, name in modules:
        name, dest = _place(gen, release, build_dir, name)
        if not _cached(name, dest):
            todo.setdefault(dest, (gen, name))
    if not todo or not (build_dir / "Makefile").exists():
        return 0
    chunks: list[list[tuple[Path, GeneratedModule, str]]] = []
    for dest, (gen, name) in todo.items():
        # one object name per make run: a stap -m name twice waits for the next run
        chunk = next((c for c in chunks if len(c) < batch and all(n != name for _, _, n in c)), None)
        if chunk is None:
            chunks.append(chunk := [])
        chunk.append((dest, gen, name))
    built = 0
    for chunk in chunks:
        parent = chunk[0][0].parent
        parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=parent) as tmp:
            work = Path(tmp)
            _write_sources(work, [(gen, name) for _, gen, name in chunk])
            _make(build_dir, work, jobs)
            for dest, gen, name in chunk:
                if (work / f"{name}.ko").exists():
                    _install(work, name, dict(gen.manifest, module=name), dest)
                    built += 1
    return built
