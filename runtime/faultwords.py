"""How each tool words a run-time fault that names an address, and where in a D
clause it happened.

Shared by the decoder (runtime/stream.py), which prints the message of a fault
the module reports, and the code generator (backend_c/gen_expr.py), which
writes the same text into a stap `catch (msg)` variable, so that a caught fault
reads as the uncaught one would.
"""

from __future__ import annotations

from dataclasses import dataclass

# The errno stap's user_string_n() names: its copy from user space failed with -EFAULT
# (xt_read_string() fails with nothing else).
EFAULT = 14


@dataclass(frozen=True)
class AddrWords:
    """A fault message around its address: `before`, the address written as `hex16`
    says (16 zero-padded digits, or as few as it takes), `after`."""

    before: str
    hex16: bool
    after: str

    def text(self, addr: int) -> str:
        """The message for a fault at `addr`."""
        return f"{self.before}{addr:016x}{self.after}" if self.hex16 else f"{self.before}{addr:x}{self.after}"

    def c_format(self) -> str:
        """The same as a C printf format taking the address (an unsigned long)."""
        return f"{self.before}%{'016' if self.hex16 else ''}lx{self.after}"


def stap_addr_words(site: dict, lang: str) -> AddrWords:
    """stap's words for a memory fault at `site`. A string read by user_string() /
    user_string_n() (site "copy": "user string") is its tapset's "user string copy
    fault -14 at ADDR" (ADDR as the kernel's %p writes a pointer: 16 digits, no 0x;
    the kernel hashes an address that is not NULL, xtrace prints it as it is); one
    by kernel_string() ("kernel string") and kernel_int() and its kin ("kernel int",
    ...) is "kernel string copy fault at 0xADDR"; any other read is loc2c's "read
    fault" ("write fault" for a guru-mode store)."""
    copy = site.get("copy") if lang == "stap" else None
    if copy == "user string":
        return AddrWords(f"user string copy fault -{EFAULT} at ", True, " [man error::fault]")
    if copy:
        return AddrWords(f"{copy} copy fault at 0x", False, " [man error::fault]")
    word = "write" if site.get("write") else "read"
    return AddrWords(f"{word} fault [man error::fault] at 0x", True, " (addr)")


def d_where(site: dict) -> str:
    """Where in its clause a D fault happened, as dtrace says it: `predicate` for
    the clause's predicate, else `action #N` (N counts the clause's statements,
    the first one for code before it)."""
    if site.get("predicate"):
        return "predicate"
    return f"action #{max(site['action'], 1)}"
