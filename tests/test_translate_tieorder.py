"""The order of rows of equal values in stap ports of D's printa (issue: translate).

dtrace orders an aggregation's keys named from code addresses (func(), ufunc(),
umod(), uaddr()) by the address, not by their text: keys of equal values print in
address order. The stap port stores the address beside each update and walks it
(frontends/stap/print_symorder.py); the D printer reads that back as printa()
(frontends/d/symorder_back.py). That the ports print dtrace's rows runs in the
sandbox: conformance d/func_key_order and d/ufunc_other_process with --matrix."""

from __future__ import annotations

import random
import re

import pytest

from xtrace.ir import nodes as ir

from translating import case_port, port

FUNC = """#pragma D option quiet
fbt::vfs_read:entry
{
	@f[func(caller)] = count();
}
END
{
	printa(@f);
}
"""


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines()]


def test_a_func_key_s_address_is_stored_beside_the_update():
    out = _lines(port(FUNC, "d", "stap"))
    i = out.index("f[dtrace_func(caller_addr())] <<< 1")
    assert out[i + 1] == "f_at[dtrace_func(caller_addr())] = caller_addr()"
    assert any(ln.startswith("global f_at  # the address each key of @f names") for ln in out)


def _run(out: list[str], want: list[str]) -> list[str]:
    """The lines of `out` from the first of `want` on, as many as `want` has."""
    i = out.index(want[0])
    return out[i:i + len(want)]


def test_printa_by_value_walks_the_addresses_into_the_rows_then_sorts_them():
    out = _lines(port(FUNC, "d", "stap"))
    want = ["foreach ([key] in f_at+)", "printa_rows[key] = @count(f[key])", "foreach ([key] in printa_rows+)",
            'printf("  %-50s %16d\\n", key, printa_rows[key])', "delete printa_rows"]
    assert _run(out, want) == want
    assert "foreach ([key] in f @count+)" not in out


def test_aggsortkey_walks_the_addresses_alone():
    out = _lines(port(FUNC.replace("quiet", "quiet\n#pragma D option aggsortkey"), "d", "stap"))
    i = out.index("foreach ([key] in f_at+)")
    assert out[i + 1] == 'printf("  %-50s %16d\\n", key, @count(f[key]))'
    assert "printa_rows" not in "\n".join(out)


def test_aggsortrev_walks_both_descending():
    out = _lines(port(FUNC.replace("quiet", "quiet\n#pragma D option aggsortrev"), "d", "stap"))
    assert "foreach ([key] in f_at-)" in out and "foreach ([key] in printa_rows-)" in out


def _stap_order(out: str, elems: dict[str, tuple[int, int]]) -> list[str]:
    """The keys in the order the port's two loops visit them, by stap's rules: the
    address array sorted on its value, stored in that order into the rows, whose
    value sort is stable (runtime/map.c _stp_map_sort: a merge sort over the elements
    in the order stored). elems: key -> (address, count)."""
    signs = re.findall(r"foreach \(\[key\] in (?:f_at|printa_rows)([+-])\)", out)
    assert len(signs) == 2
    by_addr = sorted(elems, key=lambda k: elems[k][0], reverse=signs[0] == "-")
    return sorted(by_addr, key=lambda k: elems[k][1], reverse=signs[1] == "-")


@pytest.mark.parametrize("rev", [False, True])
@pytest.mark.parametrize("seed", range(20))
def test_equal_values_come_in_dtrace_s_order(seed, rev):
    """dt_aggregate_valcmp, then the key's address (dt_aggregate_keycmp); aggsortrev
    reverses both."""
    rng = random.Random(seed)
    elems = {f"k{i}": (rng.randrange(1 << 20), rng.randrange(1, 4)) for i in range(12)}
    text = FUNC.replace("quiet", "quiet\n#pragma D option aggsortrev") if rev else FUNC
    want = sorted(elems, key=lambda k: (elems[k][1], elems[k][0]), reverse=rev)
    assert _stap_order(port(text, "d", "stap"), elems) == want


@pytest.mark.parametrize("key", ["ufunc(arg1)", "usym(arg1)", "umod(arg1)", "uaddr(arg1)"])
def test_user_symbol_keys_store_the_user_address(key):
    out = port(FUNC.replace("fbt::vfs_read:entry", "syscall::write:entry")
               .replace("func(caller)", key), "d", "stap")
    assert re.search(r"\n\s*f_at\[dtrace_u\w+\(buf_uaddr\)\] = buf_uaddr\n", out)


@pytest.mark.parametrize("change", [
    ("func(caller)", "mod(caller)"),  # (this project's D orders mod() keys by name)
    ("func(caller)", "execname"),
    ("printa(@f);", "printa(@f); clear(@f);"),
    ("count();", "count(); @g[func(caller)] = sum(1);"),
])
def test_other_aggregations_print_as_before(change):
    text = FUNC.replace(*change)
    if "@g" in text:
        text = text.replace("printa(@f);", "printa(@f, @g);")
    out = port(text, "d", "stap")
    assert "_at[" not in out and " in f_at" not in out


# (a printa of the default layout alone in END is D's exit dump: the D printer leaves
# the clause out, as it does on the way back from stap's own print loop)
FUNC_FMT = FUNC.replace("printa(@f);", 'printf("calls\\n");\n\tprinta("%-20s %@8d\\n", @f);')


@pytest.mark.parametrize("text", [
    FUNC_FMT,
    FUNC_FMT.replace("quiet", "quiet\n#pragma D option aggsortkey"),
    FUNC_FMT.replace("quiet", "quiet\n#pragma D option aggsortrev"),
    FUNC_FMT.replace("count()", "sum(arg2)"),
])
def test_the_port_reads_back_as_printa(text):
    back = port(port(text, "d", "stap"), "stap", "d")
    assert 'printa("%-20s %@8d\\n", @f);' in back
    assert "f_at" not in back and "printa_rows" not in back and "the address" not in back
    assert "@f[func(caller)]" in back


def test_the_address_array_takes_a_free_name():
    text = FUNC.replace("END\n{", "BEGIN\n{\n\tf_at = 1;\n}\nEND\n{\n\ttrace(f_at);")
    out = port(text, "d", "stap")
    assert "f_at_2[dtrace_func(caller_addr())] = caller_addr()" in out


@pytest.mark.parametrize("case", ["d/func_key_order.d", "d/ufunc_other_process.d"])
def test_the_conformance_cases_ports_walk_the_addresses(case):
    out = case_port(case, "stap")
    assert re.search(r"foreach \(\[key\] in f_at\+\)", out)


STAP_SHAPE = port(FUNC_FMT, "d", "stap")


def _read(text: str) -> ir.Program:
    from xtrace import frontends
    from xtrace.frontends.d.symorder_back import address_walks_as_printa
    return address_walks_as_printa(frontends.parse(text, "t.stp", "stap"))


def test_the_reader_takes_the_port_s_shape():
    prog = _read(STAP_SHAPE)
    assert [g.name for g in prog.globals] == ["f"]
    assert not any("the address" in c for p in prog.probes for c in p.comments)
    prints = [x for p in prog.probes for x in ir.walk(p.body) if isinstance(x, ir.PrintAgg)]
    assert len(prints) == 1 and prints[0].sort_by == "value" and prints[0].value_func == "count"
    assert not any(isinstance(x, (ir.ForEach, ir.Index)) for p in prog.probes for x in ir.walk(p.body))


@pytest.mark.parametrize("change", [
    ('    delete printa_rows\n', '    delete printa_rows\n    println(f_at["x"])\n'),  # read elsewhere
    ("f_at[dtrace_func(caller_addr())] = caller_addr()", "f_at[execname()] = caller_addr()"),  # another key
    ("foreach ([key] in printa_rows+)", "foreach ([key] in printa_rows-)"),  # another order
])
def test_the_reader_leaves_other_shapes(change):
    prog = _read(STAP_SHAPE.replace(*change))
    assert "f_at" in [g.name for g in prog.globals]


# ------------------------------------------------ printa() of several aggregations

JOINED = """#pragma D option quiet
syscall::read:entry
{
	@n[KEYS] = count();
	@t[KEYS] = sum(arg2);
}
END
{
	printa(FMT, @n, @t);
}
"""


def _joined(keys: str, fmt: str, options: str = "") -> str:
    text = JOINED.replace("KEYS", keys).replace("FMT", fmt)
    return port(text.replace("quiet", "quiet" + options), "d", "stap")


def test_joined_rows_are_copied_in_key_order_before_the_value_sort():
    out = _lines(_joined("execname", '"%s %@d %@d\\n"'))
    want = ["foreach ([comm+] in printa_rows)", "printa_by_key[comm] = printa_rows[comm]", "delete printa_rows",
            "foreach ([comm] in printa_by_key+)",
            'printf("%s %d %d\\n", comm, @count(n[comm]), comm in t ? @sum(t[comm]) : 0)', "delete printa_by_key"]
    assert _run(out, want) == want


def test_joined_rows_by_key_are_not_copied():
    out = _joined("execname", '"%s %@d %@d\\n"', "\n#pragma D option aggsortkey")
    assert "printa_by_key" not in out and "foreach ([comm+] in printa_rows)" in out


def _simulated(out: str, rows: list[tuple]) -> list[tuple]:
    """The rows (keys..., value) in the order the port prints them, by stap's rules:
    each copy a stable sort on its key column of the rows in the order stored, the
    last walk a stable sort on the value (runtime/map.c _stp_map_sort)."""
    order = list(rows)
    for head, arr, sign in re.findall(r"foreach \(\[([^\]]*)\] in (printa_\w+)([+-]?)\)", out):
        cols = [c.strip() for c in head.split(",")]
        if sign:  # the walk by value
            return sorted(order, key=lambda r: r[-1], reverse=sign == "-")
        col = next(j for j, c in enumerate(cols) if c.endswith(("+", "-")))
        order = sorted(order, key=lambda r: r[col], reverse=cols[col].endswith("-"))
    raise AssertionError("no walk by value")


@pytest.mark.parametrize("rev", [False, True])
@pytest.mark.parametrize("seed", range(10))
def test_joined_ties_come_in_dtrace_s_order(seed, rev):
    """By value, ties by the keys column by column (dt_aggregate_keycmp); aggsortrev
    reverses both. The rows are stored in any order before the copies."""
    rng = random.Random(seed)
    out = _joined("pid, execname, arg0", '"%d %s %d %@d %@d\\n"',
                  "\n#pragma D option aggsortrev" if rev else "")
    rows = list({(rng.randrange(3), rng.choice("abc"), rng.randrange(3)): rng.randrange(1, 3)
                 for _ in range(30)}.items())
    rows = [(*k, v) for k, v in rows]
    rng.shuffle(rows)
    assert _simulated(out, rows) == sorted(rows, key=lambda r: (r[-1], r[:-1]), reverse=rev)


@pytest.mark.parametrize("options", ["", "\n#pragma D option aggsortrev", "\n#pragma D option aggsortkey"])
def test_joined_rows_read_back_as_printa(options):
    text = JOINED.replace("KEYS", "pid, execname").replace("FMT", '"%d %s %@d %@d\\n"') \
        .replace("quiet", "quiet" + options)
    back = port(port(text, "d", "stap"), "stap", "d")
    assert 'printa("%d %s %@d %@d\\n", @n, @t);' in back
    assert "printa_by_key" not in back and "printa_rows" not in back


# ------------------------------------------------ Vue's print(a) by value, in stap

VUE = """@@BEGIN
{
	STORES
	print(a, 0, SORT_BY_VALUE | ORDER);
	exit();
}
"""


def _vue_port(stores: list[tuple[tuple, int]], order: str) -> str:
    text = "\n\t".join(f"a[{']['.join(_vue_lit(k) for k in key)}] = {v};" for key, v in stores)
    return port(VUE.replace("STORES", text).replace("ORDER", order), "vue", "stap")


def _vue_lit(k) -> str:
    return f'"{k}"' if isinstance(k, str) else str(k)


@pytest.mark.parametrize("order", ["SORT_TYPE_ASCEND", "SORT_TYPE_DESCEND"])
@pytest.mark.parametrize("seed", range(8))
def test_vue_print_by_value_ties_come_in_key_order_in_stap(seed, order):
    """Vue's print by value keeps a tie in key order, ascending both ways
    (runtime/vueprint.format_vue_map); the stap port's copies store the elements so,
    a key column each, before the value sort (stap's stable sorts simulated)."""
    from xtrace.runtime import vueprint
    rng = random.Random(seed)
    stores = list({(rng.choice("abc"), rng.randrange(3)): rng.randrange(1, 3) for _ in range(12)}.items())
    rng.shuffle(stores)
    out = _vue_port(stores, order)
    layout = vueprint.layout_with("vue", 0, "value", "desc" if order.endswith("DESCEND") else "asc")
    rows = [(*k, v) for k, v in stores]
    order_rows = list(rows)
    for head, sign in re.findall(r"foreach \(\[([^\]]*)\] in a(?:_by_key\w*)?([+-]?)\)", out):
        cols = [c.strip() for c in head.split(",")]
        if sign:
            got = sorted(order_rows, key=lambda r: r[-1], reverse=sign == "-")
            break
        col = next(j for j, c in enumerate(cols) if c.endswith(("+", "-")))
        assert cols[col].endswith("+")
        order_rows = sorted(order_rows, key=lambda r: r[col])
    else:
        raise AssertionError("no walk by value")
    text = vueprint.format_vue_map(layout, [(k, v) for k, v in stores])
    assert [ln.split("|")[0].strip() for ln in text.splitlines()[1:]] == [f"{r[0]}, {r[1]}" for r in got]


def test_vue_print_by_value_reads_back_from_stap():
    text = VUE.replace("STORES", 'a["x"] = 2;\n\ta["b"] = 2;').replace("ORDER", "SORT_TYPE_DESCEND")
    out = port(text, "vue", "stap")
    assert "foreach ([k+] in a)" in _lines(out) or "foreach (k+ in a)" in _lines(out)
    back = port(out, "stap", "vue")
    assert "print(a, 0, SORT_BY_VALUE | SORT_TYPE_DESCEND);" in back and "by_key" not in back
