"""The shared objects a dynamically linked program maps, in the dynamic linker's order.

DTrace's pid provider with an empty module (`pid$target::malloc:entry`) matches the
function in every object of the process: the program, the libraries it needs and
theirs, and the dynamic linker. The process is the -c command's, started by the
session, so the objects are what its ELF file asks for: DT_NEEDED names looked up
the way ld.so looks them up (the object's DT_RUNPATH / DT_RPATH, then the standard
directories), breadth first, each once, and PT_INTERP last, as glibc's link map
lists them. A library dlopen()ed later is not among them (DTrace adds its probes
when the library is loaded; xtrace places its uprobes when the session starts).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .elfsyms import LIBRARY_DIRS, ElfSymbolError, file_key, is_elf


def _dynamic(path: str) -> tuple[list[str], list[str], str]:
    """(DT_NEEDED names, search directories from DT_RUNPATH/DT_RPATH, PT_INTERP)."""
    from elftools.common.exceptions import ELFError
    from elftools.elf.dynamic import DynamicSection
    from elftools.elf.elffile import ELFFile
    try:
        with open(path, "rb") as f:
            elf = ELFFile(f)
            interp = ""
            for seg in elf.iter_segments():
                if seg["p_type"] == "PT_INTERP":
                    interp = seg.get_interp_name()
            needed: list[str] = []
            dirs: list[str] = []
            origin = str(Path(path).parent)
            for sec in elf.iter_sections():
                if not isinstance(sec, DynamicSection):
                    continue
                for tag in sec.iter_tags():
                    if tag.entry.d_tag == "DT_NEEDED":
                        needed.append(tag.needed)
                    elif tag.entry.d_tag in ("DT_RUNPATH", "DT_RPATH"):
                        text = tag.runpath if tag.entry.d_tag == "DT_RUNPATH" else tag.rpath
                        dirs += [d.replace("$ORIGIN", origin).replace("${ORIGIN}", origin)
                                 for d in text.split(":") if d]
            return needed, dirs, interp
    except (OSError, ELFError) as ex:
        raise ElfSymbolError(f"{path}: {ex}") from None


def _find(name: str, dirs: list[str]) -> str | None:
    """The file a DT_NEEDED `name` is: a path as it stands, else the first ELF file of
    that name in `dirs` then the standard directories."""
    if "/" in name:
        return str(Path(name).resolve()) if is_elf(name) else None
    for d in [*dirs, *LIBRARY_DIRS]:
        cand = Path(d) / name
        if is_elf(cand):
            return str(cand.resolve())
    return None


@lru_cache(maxsize=32)
def _objects(key: tuple[str, int]) -> tuple[str, ...]:
    program = key[0]
    needed, dirs, interp = _dynamic(program)
    order = [program]
    queue = [(n, dirs) for n in needed]
    while queue:
        name, search = queue.pop(0)
        found = _find(name, search)
        if found is None or found in order:
            continue  # (ld.so would refuse to start a program missing one: exec says so)
        order.append(found)
        more, more_dirs, _ = _dynamic(found)
        queue += [(n, more_dirs) for n in more]
    if interp:
        found = _find(interp, [])
        if found is not None and found not in order:
            order.append(found)
    return tuple(order)


def loaded_objects(program: str | Path) -> list[str]:
    """The program and the shared objects it maps when it starts, in link-map order
    (resolved paths); ElfSymbolError when a file cannot be read as ELF."""
    return list(_objects(file_key(program)))
