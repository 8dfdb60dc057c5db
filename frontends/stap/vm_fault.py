"""stap's vm_fault_contains(fault_type, VM_FAULT_MAJOR) written out for a port.

memory.stp's test of a page fault's result (vm.pagefault.return's fault_type) takes
one of the tapset's VM_FAULT_* numbers and tests the kernel's flag it stands for
(library_extra.VM_FAULT). D and Vue have no functions, so a port kept the call and
was refused; a person porting the script writes the flag test itself:
`(arg1 & VM_FAULT_MAJOR) != 0` with the kernel's value of the flag (a D inline), and
for VM_FAULT_MINOR, which the kernel has no flag for, none of OOM, SIGBUS and MAJOR
set, as the tapset tests it.
"""

from __future__ import annotations

from xtrace.ir import nodes as ir
from xtrace.ir.types import INT64

from .library import TAPSET_FILE

# the kernel's flags (include/linux/mm_types.h) the tapset's tests read
_FLAGS = {"VM_FAULT_OOM": 0x1, "VM_FAULT_SIGBUS": 0x2, "VM_FAULT_MAJOR": 0x4,
          "VM_FAULT_NOPAGE": 0x100, "VM_FAULT_LOCKED": 0x200, "VM_FAULT_ERROR": 0x873}

# the tapset's number of each test -> (the flags it tests, whether the test is that
# none of them is set: a minor fault is none of OOM, SIGBUS and MAJOR)
_TESTS: dict[int, tuple[tuple[str, ...], bool]] = {
    0: (("VM_FAULT_OOM",), False),
    1: (("VM_FAULT_SIGBUS",), False),
    2: (("VM_FAULT_OOM", "VM_FAULT_SIGBUS", "VM_FAULT_MAJOR"), True),
    3: (("VM_FAULT_MAJOR",), False),
    4: (("VM_FAULT_NOPAGE",), False),
    5: (("VM_FAULT_LOCKED",), False),
    6: (("VM_FAULT_ERROR",), False),
}


def vm_fault_tests_written_out(prog: ir.Program) -> None:
    """Each call of the tapset's vm_fault_contains() whose test is one of the tapset's
    VM_FAULT_* numbers (or a literal one) replaced by its flag test, in place; the
    function and the tapset's VM_FAULT_* globals left out once nothing uses them."""
    tapset = next((f for f in prog.functions if f.name == "vm_fault_contains"
                   and f.loc.file == TAPSET_FILE), None)
    if tapset is None:
        return
    numbers = {g.name: g.init.value for g in prog.globals
               if g.name.startswith("VM_FAULT_") and g.loc.file == TAPSET_FILE
               and isinstance(g.init, ir.IntLit) and not _written(prog, g.name)}

    def rewrite(e):
        if not (isinstance(e, ir.FuncCall) and e.name == "vm_fault_contains" and len(e.args) == 2):
            return e
        test = e.args[1]
        n = test.value if isinstance(test, ir.IntLit) else \
            numbers.get(test.name) if isinstance(test, ir.Var) and test.scope == "global" else None
        if n not in _TESTS:
            return e
        names, none_set = _TESTS[n]
        at = e.loc
        flags = [ir.IntLit(_FLAGS[f], name=f, spelling=hex(_FLAGS[f]), loc=at, type=INT64)
                 for f in names]
        mask = flags[0]
        for f in flags[1:]:
            mask = ir.Binary("|", mask, f, loc=at, type=INT64)
        masked = ir.Binary("&", e.args[0], mask, loc=at, type=INT64)
        return ir.Binary("==" if none_set else "!=", masked, ir.IntLit(0, loc=at, type=INT64),
                         loc=at, type=INT64)

    ir.map_code(prog, rewrite)
    if any(isinstance(x, ir.FuncCall) and x.name == "vm_fault_contains"
           for x in ir.walk(list(ir.program_roots(prog)))):
        return
    prog.functions = [f for f in prog.functions if f is not tapset]
    used = {x.name for x in ir.walk(list(ir.program_roots(prog)))
            if isinstance(x, ir.Var) and x.scope == "global"}
    prog.globals = [g for g in prog.globals if g.name not in numbers or g.name in used]


def _written(prog: ir.Program, name: str) -> bool:
    """Whether the script assigns global `name` (then its value is not the tapset's)."""
    return any(isinstance(x, ir.Assign) and isinstance(x.target, ir.Var) and x.target.name == name
               for x in ir.walk(list(ir.program_roots(prog))))
