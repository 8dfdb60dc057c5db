"""stap's autocast: a typed pointer keeps its kernel type through script values.

A `$var`, `@cast(...)` or member read that is a pointer carries its C type
(Type.ctype). stap lets that type follow the value when it is stored in a local
or global, passed to a script function or returned from one, so `->` works on
the variable (`f = $file; f->f_path`). Where two different types meet in one
variable (or parameter, or result), stap drops the type; a later `->` on it is
then an error, as is `->` on a value that never had a type.
"""

from __future__ import annotations

from typing import Optional

# The ctype of a variable given two different kernel types: no struct to name.
CONFLICT = "<conflicting autocast types>"

# stap's wording (elaborate.cxx, typeresolution_info::visit_autocast_op).
AUTOCAST_UNTYPED = "unknown type in dereference"


def _norm(ctype: str) -> str:
    return " ".join(ctype.replace("const ", "").split())


def autocast_ctype(have: Optional[str], new: Optional[str]) -> Optional[str]:
    """The kernel type a variable holding `have` keeps once it is also given a value
    of type `new`: an untyped value (a number) changes nothing, the first type is
    taken, two different types are CONFLICT."""
    if new is None or have == CONFLICT:
        return have
    if have is None:
        return new
    return have if _norm(have) == _norm(new) else CONFLICT
