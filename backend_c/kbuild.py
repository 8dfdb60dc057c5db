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
from typing import Optional

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


def build(gen: GeneratedModule, release: str, build_dir: Path, jobs: int = 2,
          name: Optional[str] = None) -> BuiltModule:
    """Compile `gen` against the kernel headers in build_dir; reuse a cached .ko.
    `name`: the module's name (stap -m; its /proc directories are named after it),
    else xt_ and the content hash."""
    digest = module_hash(gen, release, build_dir)
    if name is None:
        name = f"xt_{digest[:16]}"
        dest = cache_root() / "modules" / release / name
    else:  # the same script under another name is another module
        digest = hashlib.sha256(f"{digest}\0{name}".encode()).hexdigest()
        dest = cache_root() / "modules" / release / f"{name}-{digest[:16]}"
    ko = dest / f"{name}.ko"
    manifest = dict(gen.manifest, module=name)
    if ko.exists() and (dest / "manifest.json").exists():
        return BuiltModule(name, ko, manifest, True)
    if not (build_dir / "Makefile").exists():
        raise XtraceError(f"no kernel headers for {release} at {build_dir} "
                          "(run setup.sh, or give --headers)")
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=dest.parent) as tmp:
        work = Path(tmp)
        # a guru script's C ends with #line directives back to this file (backend_c/embedc.py)
        (work / f"{name}.c").write_text(gen.c_source.replace(MODULE_FILE, f"{name}.c"))
        for h in gen.headers:
            shutil.copy(RUNTIME_DIR / h, work / h)
        (work / "Makefile").write_text(f"obj-m := {name}.o\nccflags-y := -I$(src) -Wno-unused-function "
                                       "-Wno-declaration-after-statement\n")
        proc = subprocess.run(["make", "-C", str(build_dir), f"M={work}", f"-j{jobs}", "modules"],
                              capture_output=True, text=True)
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
        (work / "manifest.json").write_text(json.dumps(manifest, indent=1))
        keep = {f"{name}.ko", f"{name}.c", "manifest.json"}
        for p in work.iterdir():
            if p.name not in keep:
                if p.is_dir():
                    shutil.rmtree(p)
                else:
                    p.unlink()
        if dest.exists():
            shutil.rmtree(dest)
        os.replace(work, dest)
        work.mkdir()  # so TemporaryDirectory's cleanup finds its directory
    return BuiltModule(name, ko, manifest, False)
