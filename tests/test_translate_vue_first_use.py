"""Vue ports whose clauses empty or print an array above every clause storing into it
(frontends/vue/first_use.py): Vue types an array by its first use in the text, which
clear() and print() cannot be, so such ports did not parse back ("clear(): 'a' is not
an associative array used before"). The storing clause moves up where no clause it
passes fires on the same hit."""

from __future__ import annotations

from xtrace import frontends
from xtrace.driver.translate import translate_text

from translating import unwrapped


def _vue(src: str) -> str:
    out = translate_text(src, "t.stp", "stap", "vue")
    frontends.parse(out, "back.e", "vue")  # it parses and analyses as Vue
    return unwrapped(out)


def _order(vue: str, *heads: str) -> list[int]:
    return [vue.index(h) for h in heads]


def test_a_timer_emptying_the_array_comes_after_the_clause_filling_it():
    vue = _vue("global a\n"
               "probe timer.s(1) { delete a }\n"
               "probe syscall.openat { a[pid()] = 1 }\n"
               "probe syscall.close { if (pid() in a) printf(\"%d\\n\", a[pid()]) }\n")
    opens, timer, close = _order(vue, "@@syscall:*:openat:entry", "@@interval:*:clock:1000",
                                 "@@syscall:*:close:entry")
    assert opens < timer < close  # the others keep their order


def test_a_presence_companion_is_typed_before_its_clear():
    # a value that may be 0 gets a companion of the keys held (a_in): clear()ed too
    vue = _vue("global a, n\n"
               "probe timer.s(1) { delete a; print(n) }\n"
               "probe syscall.openat { a[pid()] = $dfd; n++ }\n"
               "probe syscall.close { if (pid() in a) printf(\"%d\\n\", a[pid()]) }\n"
               "probe end { print(n) }\n")
    assert "clear(a_in);" in vue
    assert vue.index("a_in[__pid] = 1;") < vue.index("clear(a_in);")


def test_clauses_of_one_hit_keep_their_order():
    # both clauses run on each openat: the one written first runs first, so it stays
    # first, and the port keeps the script's order (and so its gap)
    src = ("global a\n"
           "probe syscall.openat { delete a }\n"
           "probe syscall.openat { a[pid()] = 1 }\n")
    out = translate_text(src, "t.stp", "stap", "vue")
    assert out.index("clear(a);") < out.index("a[__pid] = 1;")


def test_an_array_stored_first_keeps_the_script_order():
    src = ("global a\n"
           "probe syscall.openat { a[pid()] = 1 }\n"
           "probe timer.s(1) { delete a }\n"
           "probe syscall.close { if (pid() in a) printf(\"%d\\n\", a[pid()]) }\n")
    vue = _vue(src)
    assert _order(vue, "@@syscall:*:openat:entry", "@@interval:*:clock:1000",
                  "@@syscall:*:close:entry") == sorted(_order(
                      vue, "@@syscall:*:openat:entry", "@@interval:*:clock:1000",
                      "@@syscall:*:close:entry"))


def test_a_loop_types_nothing_a_forced_port_keeps():
    # stap's `probe end` written first, its loops over the array the begin probe fills:
    # the forced port's loops are print(n) nearests (or gaps), and clear(n) needs the
    # begin clause's stores above
    from xtrace.frontends.gaps import Gaps
    src = ("global n\n"
           "probe end {\n  foreach (k+ in n)\n    printf(\"%s %d\\n\", k, n[k])\n  delete n\n}\n"
           "probe begin {\n  n[\"b\"]++\n  n[\"a\"] += 5\n  exit()\n}\n")
    out = translate_text(src, "t.stp", "stap", "vue", gaps=Gaps(force=True))
    frontends.parse(out, "back.e", "vue")
    assert out.index("@@BEGIN") < out.index("@@END")
    assert "    print(n);\n" in out
