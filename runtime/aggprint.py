"""Formatting merged aggregations and arrays the way each tool's users expect.

The layouts are named in the IR (`PrintAgg.layout`), so this module never
asks which language a script was written in.
"""

from __future__ import annotations

from dataclasses import dataclass

from .format import apply_format, compile_format


@dataclass
class AggRow:
    key: tuple
    count: int
    sum: int
    min: int
    max: int

    def merge(self, count: int, total: int, lo: int, hi: int) -> None:
        self.count += count
        self.sum += total
        self.min = min(self.min, lo)
        self.max = max(self.max, hi)

    def value(self, func: str) -> int:
        if func == "count":
            return self.count
        if func == "sum":
            return self.sum
        if func == "min":
            return self.min if self.count else 0
        if func == "max":
            return self.max if self.count else 0
        if func == "avg":
            # Integer division truncating toward zero, as the kernel's would.
            return int(self.sum / self.count) if self.count else 0
        raise ValueError(func)


def _dtrace_key_format(f: dict) -> str:
    if f["kind"] == "str":
        return "  %-50s"
    return {8: " %3d", 16: " %5d", 32: " %8d"}.get(f["bits"], " %16d")


def dtrace_row_format(keys: list[dict]) -> str:
    """DTrace's default row: each key by its type, then the value as " %16lld"."""
    return "".join(_dtrace_key_format(f) for f in keys) + " %16d\n"


def _sort_key(key: tuple) -> tuple:
    # Keys mix ints and strings per position, never within one position.
    return key


def _ordered(rows: list[AggRow], spec: dict, func: str) -> list[AggRow]:
    if spec.get("sort_by") == "key":
        rows = sorted(rows, key=lambda r: _sort_key(r.key), reverse=bool(spec.get("descending")))
    else:
        # By value, ties broken by key (DTrace's order; stap leaves ties unspecified).
        rows = sorted(rows, key=lambda r: (r.value(func), _sort_key(r.key)),
                      reverse=bool(spec.get("descending")))
    if spec.get("limit"):
        rows = rows[:spec["limit"]]
    return rows


def _stap_value(v) -> str:
    return f'"{v}"' if isinstance(v, str) else str(v)


def format_agg(spec: dict, agg: dict, rows: list[AggRow]) -> str:
    """One printed aggregation (merged rows) in the layout `spec` names."""
    func = spec.get("value_func") or "count"
    rows = _ordered([r for r in rows if r.count], spec, func)
    layout = spec["layout"]
    if layout == "dtrace":
        if not agg["keys"]:
            return "\n" + "".join(f" {r.value(func):16d}\n" for r in rows)
        pieces = compile_format(dtrace_row_format(agg["keys"]))
        return "\n" + "".join(apply_format(pieces, [*r.key, r.value(func)]) for r in rows)
    if layout == "format":
        pieces = compile_format(spec["fmt"])
        return "".join(apply_format(pieces, [*r.key, r.value(func)]) for r in rows)
    if layout == "stap":
        out = []
        for r in rows:
            name = spec["name"]
            if r.key:
                name += "[" + ",".join(_stap_value(k) for k in r.key) + "]"
            avg = r.value("avg")
            out.append(f"{name} @count={r.count} @min={r.min} @max={r.max} @sum={r.sum} @avg={avg}\n")
        return "".join(out)
    raise ValueError(f"unknown aggregation layout {layout!r}")


def format_var(name: str, value) -> str:
    """stap's auto-print of a scalar global: `n=7`, `s="hi"`."""
    return f"{name}={_stap_value(value)}\n"


def format_map(name: str, rows: list[tuple[tuple, object]]) -> str:
    """stap's auto-print of an array: one `name[k1,k2]=v` per element, by value descending."""
    rows = sorted(rows, key=lambda kv: (kv[1], kv[0]), reverse=True)
    return "".join(f"{name}[{','.join(_stap_value(k) for k in key)}]={_stap_value(v)}\n"
                   for key, v in rows)
