"""Lowering of stap expressions (the expression half of lower.Lowerer)."""

from __future__ import annotations

import re
from contextlib import contextmanager
from typing import Iterator, Optional

from xtrace.frontends import vtimestamp_port
from xtrace.grammars.generated.stap.StapParser import StapParser as P
from xtrace.ir import aggspec
from xtrace.ir import nodes as ir
from xtrace.ir.builtins import arity
from xtrace.ir.kmember import struct_ctype
from xtrace.ir.loc import Loc
from xtrace.ir.stores import cast_of_masks
from xtrace.ir.types import Type

from .netfilter import CONTEXT_VARS as NF_CONTEXT_VARS, PARAM_READ_ONLY as NF_PARAM_READ_ONLY, \
    VERDICT_NEEDS_GURU as NF_VERDICT_NEEDS_GURU
from .literals import decode_string, decode_strings, parse_int
from .tables import (ARG32_SIGNED, ARG32_UNSIGNED, ARG_FUNCS, BUILTIN_FUNCS, HIST_OPS, PRINT_FUNCS,
                     GETTIMEOFDAY, STAT_OPS, STRING_FUNCS,
                     SYSCALL_CONTEXT_VARS, VALUE_FUNCS)
from .points import is_syscall_any
from .print_kinds import FUNCTION_IDX, PrintFix
from . import tapset
from .kvars import KernelVarLowering
from .unassigned import suggest
from xtrace.ir import syscalls as sc
from .sysvars import syscall_var
from .tree import bare_name, is_str_lit

# Statements that print stacks (lower.Lowerer._stack_print).
STACK_PRINTS = ("print_backtrace", "print_ubacktrace", "print_stack", "print_ustack",
                "print_syms", "print_usyms")


class ExprLowering(KernelVarLowering):
    """Expression lowering, mixed into Lowerer (which holds decls, locals, points...)."""

    @contextmanager
    def defined_branch(self, cond: ir.Expr, taken: bool) -> Iterator[None]:
        """Lower a branch of an `if`/`?:` on `@defined(...)` (or `!@defined(...)`):
        an @entry save made inside it is made at entry only under the same
        condition, so a `$filename` the condition rules out is never resolved there
        (stap's semok/entry03: `@defined($pathname) ? $pathname : $filename`)."""
        if not _is_defined_test(cond):
            yield
            return
        guard = cond if taken else ir.Unary("!", cond, loc=cond.loc)
        self.defined_guards.append(guard)
        try:
            yield
        finally:
            self.defined_guards.pop()

    def _expr(self, e: P.ExprContext) -> ir.Expr:
        loc = self.loc(e)
        if isinstance(e, P.PrimaryExprContext):
            return self._primary(e.primary())
        if isinstance(e, P.BinaryExprContext):
            if e.op.text in ("<<", ">>"):
                count = self._expr(e.expr(1))
                if isinstance(count, ir.IntLit) and not 0 <= count.value < 64:
                    # stap shifts by a count outside 0..63 not at all: `120 << -2` is
                    # 120 (its testsuite's arith.stp), where C and the IR's shift take
                    # the count's low six bits
                    return self._expr(e.expr(0))
            binary = ir.Binary(e.op.text, self._expr(e.expr(0)), self._expr(e.expr(1)), loc=self.loc(e.op))
            # the stap spelling of D's vtimestamp (sum_exec_runtime plus the stint)
            vtimestamp = vtimestamp_port.from_stap(binary)
            if vtimestamp is not None:
                return vtimestamp
            # stap's spelling of C's (int)v and (unsigned char)v, as the printers
            # write a Cast, is one again (the same value either way)
            return cast_of_masks(binary, unsigned_too=True)
        if isinstance(e, P.UnaryExprContext):
            operand = e.expr()
            if e.op.text == "-" and isinstance(operand, P.PrimaryExprContext) \
                    and isinstance(operand.primary(), P.IntLitContext):
                # -5 is a literal, so that printing IntLit(-5) reads back the same
                return ir.IntLit(parse_int(operand.getText(), loc, self.source, negate=True), loc=loc)
            value = self._expr(operand)
            if e.op.text == "!" and isinstance(value, ir.Binary) and value.op == "!=" \
                    and value.rhs == ir.IntLit(-1) and isinstance(value.lhs, ir.Call) \
                    and value.lhs.name == "index":
                # `!isinstr(a, b)` is the index's test for -1, as D's `strstr(a, b) == NULL`
                # (the stap printer writes that one so)
                return ir.Binary("==", value.lhs, value.rhs, loc=loc)
            return ir.Unary(e.op.text, value, loc=loc)
        if isinstance(e, P.AddrOfExprContext):
            return self._address_of(e)
        if isinstance(e, P.AutocastExprContext):
            # stap's autocast: the value's kernel type (analysis follows it through
            # locals, globals, function arguments and results) names the member
            return self._members(self._expr(e.expr()), [e.memberSuffix()])
        if isinstance(e, (P.PreIncDecExprContext, P.PostIncDecExprContext)):
            return ir.IncDec(self._lvalue(e.expr()), e.op.text,
                             isinstance(e, P.PreIncDecExprContext), loc=loc)
        if isinstance(e, P.AssignExprContext):
            if e.op.text == "<<<":
                raise self.error("'<<<' can only be used as a statement", e.op)
            node = ir.Assign(self._lvalue(e.expr(0)), e.op.text, self._expr(e.expr(1)),
                             loc=self.loc(e.op))
            self.assigns.append((self.probe_idx, node))
            return node
        if isinstance(e, P.TernaryExprContext):
            cond = self._expr(e.expr(0))
            with self.defined_branch(cond, True):
                then = self._expr(e.expr(1))
            with self.defined_branch(cond, False):
                else_ = self._expr(e.ternaryElse().expr())
            if self.points and all(pp.kind == "syscall" and pp.is_return for pp in self.points) \
                    and _is_errno(cond, then, else_):
                # `retval < 0 ? -retval : 0` after a syscall: the error it returned, D's errno
                return ir.Builtin("errno", loc=loc)
            if self.points and all(pp.kind == "syscall" and pp.is_return for pp in self.points) \
                    and _is_failed_minus_one(cond, then, else_):
                # `retval < 0 ? -1 : retval` after a syscall: -1 when it failed (the stap
                # printer's words for Vue's __rv), read as errno is above; imported here,
                # as the Vue frontend's package loads its parser
                from xtrace.frontends.vue.syscalls import syscall_rv
                return syscall_rv(loc)
            if {pp.kind for pp in self.points} == {"begin", "end"} and _is_begin_end_name(cond, then, else_):
                # `pp() == "begin" ? "BEGIN" : "END"` in a begin, end probe: D's probename
                return ir.Builtin("probename", loc=loc)
            return ir.Ternary(cond, then, else_, loc=loc)
        if isinstance(e, (P.InExprContext, P.InTupleExprContext)):
            keys = [e.expr()] if isinstance(e, P.InExprContext) else e.expr()
            if e.histBase() is not None:
                return self._in_hist(keys, e.histBase())
            return self._in(keys, e.IDENT(), loc)
        if isinstance(e, P.RegexExprContext):
            pattern = decode_string(e.STRING().getText(), self.loc(e.STRING()), self.source)
            return ir.RegexMatch(self._expr(e.expr()), pattern, e.op.text == "!~", loc=self.loc(e.op))
        raise self.error("unsupported expression", e)  # pragma: no cover (grammar is closed)

    def _in(self, keys: list[P.ExprContext], ident, loc: Loc) -> ir.InMap:
        name = ident.getText()
        self._need_global(name, ident, "array")
        if name not in self.agg_names:
            self._use_shape(name, "array", ident)
        return ir.InMap([self._expr(k) for k in keys], name, loc=loc)

    def _in_hist(self, keys: list[P.ExprContext], base: P.HistBaseContext) -> ir.HistBucket:
        """`i in @hist_log(s[k])`: stap defines it as `@hist_log(s[k])[i]` read as a
        truth value (its translator emits that read, whose count is the result, since
        its booleans are int64s), so it is that read, checks and all, spelled `in`."""
        op = base.AT_IDENT().getText()[1:]
        if op not in HIST_OPS:
            raise self.error(f"'in' tests the keys of an array or the buckets of @hist_log/"
                             f"@hist_linear, not {base.AT_IDENT().getText()}", base)
        if len(keys) != 1:
            raise self.error("Invalid indexing of histogram: a histogram's bucket has one index, "
                             "the bucket number", base, kind="semantic error")
        target, params = self._hist_target(base)
        return ir.HistBucket(target.map, target.keys, op, list(params), index=self._expr(keys[0]),
                             member=True, loc=self.loc(base))

    def _primary(self, p: P.PrimaryContext) -> ir.Expr:
        loc = self.loc(p)
        if isinstance(p, P.IntLitContext):
            return ir.IntLit(parse_int(p.getText(), loc, self.source), loc=loc,
                             spelling=ir.radix_spelling(p.getText()))
        if isinstance(p, P.StrLitContext):
            return ir.StrLit(decode_strings(p.STRING(), loc, self.source), loc=loc)
        if isinstance(p, P.ParenExprContext):
            return self._expr(p.expr())
        if isinstance(p, P.NameExprContext):
            return self._name(p.IDENT().getText(), p)
        if isinstance(p, P.IndexExprContext):
            pointer = self._local_element(p)
            return pointer if pointer is not None else self._index(p, write=False)
        if isinstance(p, P.CallExprContext):
            return self._call(p)
        if isinstance(p, P.AtExprContext):
            return self._at(p)
        if isinstance(p, P.TargetExprContext):
            return self._target(p)
        if isinstance(p, P.WildcardExprContext):
            raise self.error("'*' stands for any key only in `delete array[..., *]`", p)
        if isinstance(p, (P.PosNumExprContext, P.PosStrExprContext)):
            raise self.error(f"script arguments ({p.getText()}) are not supported yet", p)
        if isinstance(p, P.EmbeddedExprContext):
            return self.embedded_expr(p.EMBEDDED())
        raise self.error("unsupported expression", p)

    def _global(self, name: str) -> bool:
        """Whether `name` is a global here: declared one, and not a parameter of the
        function being lowered (a parameter hides the global)."""
        return name in self.decls and name not in self.params

    def _name(self, name: str, node) -> ir.Expr:
        loc = self.loc(node)
        if self._global(name):
            if name in self.agg_names:
                raise self.error(f"'{name}' is a statistics aggregate: read it with "
                                 f"@count({name}), @sum({name}), ...", node)
            self._use_shape(name, "scalar", node)
            return ir.Var(name, "global", loc=loc)
        if name in self.locals:
            return ir.Var(name, "local", loc=loc)
        if name in SYSCALL_CONTEXT_VARS and self.points:
            builtin = SYSCALL_CONTEXT_VARS[name]
            # retval: the syscall tapset's, and xtrace takes it at any return probe
            if builtin == "retval" and all(pp.is_return for pp in self.points):
                return ir.Builtin(builtin, loc=loc)
            if builtin == "retstr" and not all(pp.kind == "syscall" and pp.is_return
                                               for pp in self.points):
                if all(pp.kind == "syscall" for pp in self.points):
                    raise self.error("'retstr' is only available in syscall .return probes", node)
            elif builtin == "syscall_name" and all(is_syscall_any(pp) for pp in self.points):
                # syscall_any's name is syscall_name(syscall_nr): the kernel's name
                # (pread64, mmap), where a syscall.* alias is named for itself (pread)
                return ir.Call("syscall_name_of", [ir.Builtin("syscall_nr", loc=loc)], loc=loc)
            elif builtin != "retval" and all(pp.kind == "syscall" for pp in self.points):
                return ir.Builtin(builtin, loc=loc)
        if self.points and all(pp.kind == "syscall" and pp.is_return for pp in self.points) \
                and all(name in sc.RETURN_VARS.get(s, ()) for pp in self.points
                        for s in sc.glob(pp.name)):
            # the few argument variables a stap .return alias sets (pipe's pipe0...)
            return ir.SyscallVar(name, loc=loc)
        if self.points and all(pp.kind == "syscall" and pp.is_return for pp in self.points) \
                and not self.in_condition:
            # stap's syscall .return aliases set name, retval and retstr, all known here:
            # any other name is a never-assigned local there too (0 or "", with the
            # warning), as `returnstr(returnp)` in small_demos/close.stp
            self.unassigned.setdefault(name, loc)
            return ir.Var(name, "local", loc=loc)
        if self.points and all(pp.kind == "syscall" for pp in self.points):
            return syscall_var(name, self.points, self.error, node, loc)
        return self._never_assigned(name, node, loc)

    def _never_assigned(self, name: str, node, loc: Loc) -> ir.Expr:
        """A local the body reads and never assigns: stap's 0 or "" (with a warning),
        except in a probe on one of xtrace's tapset aliases, whose variables may be
        fewer than stap's: there the name is more likely one stap's alias sets, and a
        silent 0 would print a wrong value."""
        if self.in_condition:
            raise self.error("probe condition must not reference undeclared global", node,
                             kind="semantic error")
        if name == "NULL":
            return ir.IntLit(0, loc=loc)  # stap's tapset declares NULL, a long global 0
        from .library import COMPLETE_ALIASES
        partial = [a for a in self.tapset_aliases if not a.startswith(COMPLETE_ALIASES)]
        if partial:
            alias = partial[0]
            raise self.error(f"unknown variable '{name}': xtrace's version of tapset alias "
                             f"'{alias}' does not provide it (nor does the probe assign it)", node)
        if any(pp.kind == "syscall" for pp in self.points):
            raise self.error(f"unknown variable '{name}'", node)
        self.unassigned.setdefault(name, loc)
        return ir.Var(name, "local", loc=loc)

    def _index(self, p: P.IndexExprContext, write: bool) -> ir.Index:
        name = p.IDENT().getText()
        self._need_global(name, p, "array")
        if name in self.agg_names:
            raise self.error(f"'{name}' is a statistics aggregate: read it with "
                             f"@count({name}[...]), @sum(...), ...", p)
        self._use_shape(name, "array", p)
        return ir.Index(name, [self._expr(k) for k in p.expr()], loc=self.loc(p))

    def _local_element(self, p: P.IndexExprContext) -> Optional[ir.Expr]:
        """`p[i]` of a local that is no global array: element i of the kernel array
        the typed pointer p points to (autocast), else None."""
        name = p.IDENT().getText()
        if self._global(name) or name not in self.locals or len(p.expr()) != 1:
            return None
        base = ir.Var(name, "local", loc=self.loc(p))
        return ir.KernelElem(base, self._expr(p.expr(0)), loc=self.loc(p))

    def _lvalue(self, e: P.ExprContext) -> ir.Expr:  # noqa: C901 (one case per lvalue form)
        while isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), P.ParenExprContext):
            e = e.primary().expr()  # `(a[k])--` writes a[k], as in stap
        name = bare_name(e)
        if name is not None:
            if self._global(name):
                if name in self.agg_names:
                    raise self.error(f"'{name}' is a statistics aggregate: add to it with <<<", e)
                self._use_shape(name, "scalar", e)
                return ir.Var(name, "global", loc=self.loc(e))
            return ir.Var(name, "local", loc=self.loc(e))
        if isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), P.IndexExprContext):
            return self._index(e.primary(), write=True)
        if isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), P.TargetExprContext):
            value = self._procfs_value(e.primary())
            if value is not None:
                return value
            return self._target_lvalue(e.primary())
        if isinstance(e, P.AutocastExprContext) or (
                isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), P.AtExprContext)
                and e.primary().AT_IDENT().getText() == "@cast" and e.primary().targetSuffix()):
            # `p->m = v`, `@cast(p, "T")->m = v`: a kernel member, written under -g
            if not self.guru:
                raise self.error("write to target variable not permitted; need stap -g", e,
                                 kind="semantic error")
            return self._expr(e)
        refusal = self._var_store(e)
        if refusal is not None:
            raise refusal
        raise self.error("cannot assign to this expression", e)

    def _in_tapset(self, p: P.CallExprContext) -> bool:
        """Whether the call is in xtrace's tapset code (library.py), past the script:
        the names only that code may call (a script's own `__xt_` call is unknown)."""
        from .library import TAPSET_FILE
        return self.loc(p).file == TAPSET_FILE

    def _warn_string_call(self, name: str, args: list, p: P.CallExprContext) -> tuple[str, list[ir.Expr]]:
        """user_string_warn(addr[, warn_msg]), user_string2_warn(addr, warn_msg),
        user_string_n_warn(addr, n[, warn_msg]), user_string2_n_warn(addr, n, warn_msg):
        the library's reader it is (library.WARN_STRINGS) and the warn_msg to pass
        when the call gives none ("", as stap's tapset since 2.3)."""
        lo, hi = _WARN_ARITY[name]
        if not lo <= len(args) <= hi:
            want = f"{lo} or {hi}" if lo != hi else str(hi)
            raise self.error(f"{name}() takes {want} arguments", p)
        reader = "__xt_user_string_n_warn" if "_n_" in name else "__xt_user_string_warn"
        return reader, ([] if len(args) == hi else [ir.StrLit("", loc=self.loc(p))])

    def _call(self, p: P.CallExprContext) -> ir.Expr:
        name = p.IDENT().getText()
        args = p.expr()
        loc = self.loc(p)
        extra: list[ir.Expr] = []
        if name == "returnstr" and name not in self.fn_ctxs and "return_str" in self.fn_ctxs:
            # errno.stp's returnstr(f) is return_str(f, returnval()); the return value
            # is the probe's, which a function cannot read itself
            if len(args) != 1 or not all(pp.is_return for pp in self.points):
                raise self.error("returnstr() takes one argument and needs a .return probe", p)
            name, extra = "return_str", [ir.Builtin("retval", loc=loc)]
        if re.fullmatch(r"(user|kernel)_string_utf(16|32)", name) and len(args) == 2 \
                and len(self.fn_params.get(name, ())) == 1 \
                and name.replace("_string_", "_string2_") in self.fn_ctxs:
            # stap 4's user_string_utf16(addr, err_msg) is user_string2_utf16 (library_context.UTF)
            name = name.replace("_string_", "_string2_")
        if name == "ansi_set_color" and len(args) > 1 and len(self.fn_params.get(name, ())) == 1:
            # stap's newer ansi.stp overloads ansi_set_color(fg, bg[, attr]): the
            # older one's ansi_set_color2/3, which the library appends for such calls
            from .library import ANSI_SET_COLOR_FORMS
            if ANSI_SET_COLOR_FORMS.get(len(args)) in self.fn_ctxs:
                name = ANSI_SET_COLOR_FORMS[len(args)]
        if name in _WARN_ARITY and name not in self.fn_ctxs:
            name, extra = self._warn_string_call(name, args, p)
        if name == "probemod" and name not in self.fn_ctxs and "__xt_no_module" in self.fn_ctxs \
                and self.points and not args and all(tapset.probe_module(pp) == "" for pp in self.points):
            # no kernel module at these points: stap's run-time error (library.NO_MODULE)
            name = "__xt_no_module"
        if name in self.fn_ctxs:
            # the script's own functions hide tapset functions of the same name, as in stap
            params = self.fn_params[name]
            if len(args) + len(extra) != len(params):
                raise self.error(f"function '{name}' takes {len(params)} argument"
                                 f"{'s' if len(params) != 1 else ''}, {len(args)} given", p)
            lowered = [self._expr(a) for a in args] + extra
            fidx = FUNCTION_IDX + list(self.fn_ctxs).index(name)
            for pname, arg in zip(params, lowered):
                self.links.append(((fidx, pname), arg, self.probe_idx))
            return ir.FuncCall(name, lowered, loc=loc)
        if name in BUILTIN_FUNCS:
            if args:
                raise self.error(f"{name}() takes no arguments", p)
            if name == "addr" and not all(pp.kind in ("timer", "perf", "kfunc", "ufunc", "umark")
                                          for pp in self.points):
                # stap's syscall probes are kernel functions; xtrace's are tracepoints
                raise self.error("addr() is supported in timer, perf, kernel.function and "
                                 "process.function/.mark probes only", p)
            return ir.Builtin(BUILTIN_FUNCS[name], loc=loc)
        if name in GETTIMEOFDAY:
            if args:
                raise self.error(f"{name}() takes no arguments", p)
            return ir.Binary("/", ir.Builtin("walltimestamp", loc=loc),
                             ir.IntLit(GETTIMEOFDAY[name], loc=loc), loc=loc)
        if name == "returnval":
            if args or not all(pp.is_return for pp in self.points):
                raise self.error("returnval() takes no arguments and needs a .return probe", p)
            return ir.Builtin("retval", loc=loc)
        if name in ARG_FUNCS:
            n = self._expr(args[0]) if len(args) == 1 else None
            if not isinstance(n, ir.IntLit) or not 1 <= n.value <= 6:
                raise self.error(f"{name}() needs a constant argument number 1..6", p)
            arg: ir.Expr = ir.Builtin(f"arg{n.value - 1}", loc=loc)
            if name in ARG32_UNSIGNED or name in ARG32_SIGNED:
                arg = ir.Cast(Type("int", 32, name in ARG32_SIGNED), arg, loc=loc)
            return arg
        if name == "__xt_inet_ntop" and len(args) == 2 and self._in_tapset(p):
            # the tapset's (library.py) address formatting: the IR's inet_ntop(af, addr),
            # which D says as itself (inet_get_ip_source() written out in a D port)
            return ir.Call("inet_ntop", [self._expr(a) for a in args], loc=loc)
        if name in STRING_FUNCS or name == "isinstr":
            return self._string_call(name, args, p)
        if name in ("user_string", "kernel_string") and len(args) == 2:
            # user_string(addr, err_msg): err_msg instead of an error when unreadable
            return ir.Call(name + "2", [self._expr(a) for a in args], loc=loc)
        if name in VALUE_FUNCS:
            want = arity(name)[0]  # the _n forms with a length are STRING_FUNCS
            if len(args) != want:
                raise self.error(f"{name}() takes {want} argument{'s' if want != 1 else ''}", p)
            return ir.Call(name, [self._expr(a) for a in args], loc=loc)
        if name == "sprintf":
            if not args or not is_str_lit(args[0]):
                raise self.error("sprintf needs a literal format string", p)
            fmt = self._expr(args[0]).value
            return ir.Sprintf(fmt, [self._expr(a) for a in args[1:]], loc=loc)
        if name == "string":
            # string(): stap's name of sprint before 1.0, still in old scripts
            if len(args) != 1:
                raise self.error(f"{name}() takes one argument", p)
        if name in ("sprint", "string", "sprintln", "sprintd", "sprintdln"):
            # the string print, println, printd and printdln would print: each value
            # as a string or a number, after the delimiter of the d forms
            delim, args = self._print_delimiter(name, args, p)
            node = ir.Sprintf("", [self._expr(a) for a in args], loc=loc)
            self.print_fixes.append(PrintFix(node, self.probe_idx, delim, name.endswith("ln")))
            return node
        if name in PRINT_FUNCS or name in STACK_PRINTS or name in ("exit", "error", "warn", "system"):
            raise self.error(f"{name}() can only be used as a statement", p)
        if name == "syscall_name" and len(args) == 1:
            return ir.Call("syscall_name_of", [self._expr(args[0])], loc=loc)
        # usymfileline/usymfile/usymline: no line tables either (xtrace reads no
        # DWARF), so the address in hex, as stap gives when it finds no line
        if name in ("symfileline", "symfile", "symline", "usymfileline", "usymfile", "usymline"):
            if len(args) != 1:
                raise self.error(f"{name}() takes 1 argument", p)
            return ir.Call("symfileline", [self._expr(args[0])], loc=loc)
        if name == "printk":
            # logging.stp's printk(level, msg): a line in the kernel log, guru mode only
            if not self.guru:
                raise self.error("function 'printk' may only be called in guru mode; need stap -g",
                                 p, kind="semantic error")
            if len(args) != 2:
                raise self.error("printk() takes 2 arguments, a level and a message", p)
            return ir.Call("printk", [self._expr(a) for a in args], loc=loc)
        if name in tapset.KERNEL_WRITES:
            if not self.guru:
                raise self.error(f"function '{name}' writes kernel memory, which needs guru mode; "
                                 "need stap -g", p, kind="semantic error")
            return tapset.lower_write(name, [self._expr(a) for a in args], loc,
                                      lambda msg: self.error(msg, p))
        if name in tapset.NAMES:
            return tapset.lower_call(name, [self._expr(a) for a in args], self.points, loc,
                                     lambda msg: self.error(msg, p))
        # stap names the functions a typo may have meant
        similar = suggest(name, [*self.fn_declared, *tapset.NAMES, *BUILTIN_FUNCS, *ARG_FUNCS, *VALUE_FUNCS,
                                 *PRINT_FUNCS, *STRING_FUNCS])
        raise self.error(f"unresolved function '{name}'" + (f" (similar: {similar})" if similar else ""),
                         p, kind="semantic error")

    def _string_call(self, name: str, args: list, p) -> ir.Expr:
        """A string tapset function; `isinstr(s1, s2)` is `strpos(s1, s2) != -1`."""
        loc = self.loc(p)
        if name == "ctime" and not args:  # ctime() is ctime(gettimeofday_s())
            now = ir.Binary("/", ir.Builtin("walltimestamp", loc=loc),
                            ir.IntLit(GETTIMEOFDAY["gettimeofday_s"], loc=loc), loc=loc)
            return ir.Call("ctime", [now], loc=loc)
        fn = STRING_FUNCS.get(name, "index")
        want = 2 if name in ("isinstr", "strpos") else arity(fn)[1]
        if len(args) != want:
            raise self.error(f"{name}() takes {want} argument{'s' if want != 1 else ''}", p)
        call = ir.Call(fn, [self._expr(a) for a in args], loc=loc)
        if name == "isinstr":
            return ir.Binary("!=", call, ir.IntLit(-1, loc=loc), loc=loc)
        return call

    def _at(self, p: P.AtExprContext) -> ir.Expr:
        op = p.AT_IDENT().getText()[1:]
        if op in HIST_OPS:
            if p.targetSuffix():
                return self._hist_bucket(p)
            raise self.error(f"@{op} is a histogram: it can be printed, print(@{op}(...)), "
                             f"read one bucket at a time, @{op}(...)[bucket], or walked "
                             f"bucket by bucket, foreach (n = i in @{op}(...))", p)
        if op == "cast":
            return self._cast(p)
        if op == "container_of":
            return self._container_of(p)
        if op == "cast_sizeof":
            return self._cast_sizeof(p)
        if op == "cast_module_sizeof":
            return self._cast_sizeof(p, module_first=True)
        if op == "defined":
            return self._defined(p)
        if op == "choose_defined":
            return self._choose_defined(p)
        if op == "entry":
            return self._entry(p)
        if op == "var":
            return self._var(p)
        if op not in STAT_OPS:
            if op == "perf":
                raise self.error("@perf reads a perf counter that a perf....counter(\"NAME\") "
                                 "probe keeps for a process probe; xtrace does not support "
                                 "those per-process counters", p)
            if op in ("entry", "defined", "cast", "var", "perf", "const", "kregister",
                      "uregister", "kderef", "uderef"):
                raise self.error(f"@{op} is not supported yet", p)
            raise self.error(f"unknown operator @{op}", p)
        args = p.expr()
        nparams = len(args) - 1
        if not args or p.targetSuffix() or nparams > (1 if op == "variance" else 0):
            if op == "variance":
                raise self.error("@variance takes a statistics aggregate and an optional "
                                 "bit shift", p)
            raise self.error(f"@{op} takes one statistics aggregate", p)
        target = self._stat_target(args[0])
        if target.map not in self.agg_names:
            raise self.error(f"@{op} needs a statistics aggregate (one filled with <<<)", args[0])
        params = self._int_params(op, args[1:])
        if params and not 0 <= params[0].value <= 62:
            raise self.error("the @variance bit shift must be between 0 and 62", args[1])
        return ir.AggRead(target.map, target.keys, op, params, loc=self.loc(p))

    def _int_params(self, op: str, args: list[P.ExprContext]) -> list[ir.IntLit]:
        """Literal integer parameters of an @ operator (stap requires literals)."""
        out = []
        for a in args:
            v = self._expr(a)
            if not isinstance(v, ir.IntLit):
                raise self.error(f"the parameters of @{op} must be literal numbers", a)
            out.append(v)
        return out

    def _hist_print(self, p: P.AtExprContext, loc: Loc, loop_keys: bool = False) -> ir.PrintAgg:
        """`print(@hist_log(s[k]))` / `print(@hist_linear(s, start, stop, interval))`:
        print the element's histogram. The aggregate's updates get the histogram
        once every probe is lowered (stap keeps one histogram per global).
        `loop_keys`: the element is named by foreach keys (not lowered here)."""
        op = p.AT_IDENT().getText()[1:]
        if p.targetSuffix():
            raise self.error(f"@{op} takes {_hist_args(op)}", p)
        target, _params = self._hist_target(p, loop_keys)
        return ir.PrintAgg(target.map, layout="stap_hist", value_func=op, keys=target.keys, loc=loc)

    def _hist_target(self, p, loop_keys: bool = False) -> tuple[ir.Index, list[ir.IntLit]]:
        """The element and the parameters of `@hist_*(s[k], ...)` (`p`: an @ operator
        with its arguments): the aggregate collects that histogram, the one it is
        read as everywhere (stap keeps one histogram per global). `loop_keys`: the
        element is named by foreach keys (not lowered here)."""
        op = p.AT_IDENT().getText()[1:]
        args = p.expr()
        if len(args) != 1 + HIST_OPS[op]:
            raise self.error(f"@{op} takes {_hist_args(op)}", p)
        if loop_keys:
            name = args[0].primary().IDENT().getText()
            target = ir.Index(name, [], loc=self.loc(args[0]))
        else:
            target = self._stat_target(args[0])
        if target.map not in self.agg_names:
            raise self.error(f"@{op} needs a statistics aggregate (one filled with <<<)", args[0])
        params = self._int_params(op, args[1:])
        why = aggspec.validate(op, [x.value for x in params])
        if why:
            raise self.error(why, p)
        have = self.hist_reads.setdefault(target.map, (op, params, self.loc(p)))
        if (have[0], have[1]) != (op, params):
            first = have[2]
            raise self.error(f"'{target.map}' is read as @{op} here but as @{have[0]} with other "
                             f"parameters at {first.line}:{first.col}; a statistics aggregate "
                             "keeps one histogram", p)
        return target, params

    def _hist_bucket(self, p: P.AtExprContext) -> ir.HistBucket:
        """`@hist_log(s[k])[i]`: the count in bucket i of the element's histogram."""
        op = p.AT_IDENT().getText()[1:]
        suffixes = p.targetSuffix()
        if len(suffixes) != 1 or suffixes[0].expr() is None:
            raise self.error(f"@{op}(...) is read one bucket at a time, @{op}(...)[bucket]; "
                             "or printed whole, print(@" + op + "(...))", p)
        target, params = self._hist_target(p)
        index = self._expr(suffixes[0].expr())
        return ir.HistBucket(target.map, target.keys, op, list(params), index=index, loc=self.loc(p))

    def _netfilter_probe(self) -> bool:
        return self.function is None and bool(self.points) and \
            all(pp.kind == "netfilter" for pp in self.points)

    def _netfilter_var(self, p: P.TargetExprContext) -> ir.Expr:
        """A netfilter probe's `$hooknum`, `$skb`, `$indev`, ... (`$skb->len` too)."""
        name = p.TARGET_VAR().getText()
        if name not in NF_CONTEXT_VARS:
            raise self.error(f"unsupported context variable {name} in a netfilter probe (it has "
                             + ", ".join(sorted(NF_CONTEXT_VARS)) + ")", p, kind="semantic error")
        return self._members(ir.Builtin(NF_CONTEXT_VARS[name], loc=self.loc(p)), list(p.targetSuffix()))

    def _target_lvalue(self, p: P.TargetExprContext) -> ir.Expr:
        """What `$var = ...` writes: a netfilter probe's $verdict, or under stap -g a
        function's parameter (its register at entry), `$return` (the value the
        function returns) or a kernel member (`$p->m`, written without faulting)."""
        name = p.TARGET_VAR().getText()
        suffixes = list(p.targetSuffix())
        if self._netfilter_probe():
            if name != "$verdict" or suffixes:
                raise self.error(NF_PARAM_READ_ONLY, p, kind="semantic error")
            if not self.guru:
                raise self.error(NF_VERDICT_NEEDS_GURU, p, kind="semantic error")
            return ir.Builtin("nf_verdict", loc=self.loc(p))
        if not self.guru:
            raise self.error("write to target variable not permitted; need stap -g", p,
                             kind="semantic error")
        if name.startswith("$$") or any(s.getText() == "$" for s in suffixes):
            raise self.error(f"cannot write to {p.getText()}", p, kind="semantic error")
        kinds = {pp.kind for pp in self.points} if self.function is None else set()
        if name == "$return" and not suffixes:
            if len(kinds) != 1 or not kinds <= {"kfunc", "syscall"} or \
                    not all(pp.is_return for pp in self.points):
                raise self.error("$return can be written only in kernel.function and syscall "
                                 ".return probes", p, kind="semantic error")
            return ir.Builtin("retval", loc=self.loc(p))
        base: ir.Expr = ir.ProbeArg(name[1:], loc=self.loc(p))
        if not suffixes:
            if len(kinds) != 1 or not kinds <= {"kfunc", "syscall"} or \
                    any(pp.is_return for pp in self.points):
                raise self.error(f"{name} can be written only in kernel.function and syscall "
                                 "entry probes (a parameter's register, before the function "
                                 "reads it)", p, kind="semantic error")
            return base
        if self._kfunc_return():
            base = self._save_at_entry(base, self.loc(p))
        return self._members(base, suffixes)

    def _target(self, p: P.TargetExprContext) -> ir.Expr:
        if self._netfilter_probe():
            return self._netfilter_var(p)
        name = p.TARGET_VAR().getText()
        if name == "$return" and not p.targetSuffix():
            if not all(pp.is_return for pp in self.points):
                raise self.error("$return is only available in .return probes", p)
            return ir.Builtin("retval", loc=self.loc(p))
        suffixes = list(p.targetSuffix())
        if self._procfs_value(p) is not None:
            return self._procfs_value(p)
        if self.function is not None and (name.startswith("$$") or
                                          any(s.getText() == "$" for s in suffixes)):
            # a function has no probe context of its own (stap resolves $vars per probe point)
            raise self.error(f"{name} can only be used in a probe, not in function "
                             f"'{self.function}'", p, kind="semantic error")
        if self.function is not None:
            # analysis rejects it, unless an @defined() elides it (stap's semok/thirtysix)
            return self._members(ir.ProbeArg(name[1:], loc=self.loc(p)), suffixes)
        if name.startswith("$$") and self.points and all(pp.kind == "umark" for pp in self.points):
            # an SDT marker's $$name, $$provider and $$parms ($$vars: the same)
            kind = {"vars": "parms"}.get(name[2:], name[2:])
            if kind not in ("name", "provider", "parms") or suffixes:
                raise self.error(f"unknown context variable {p.getText()} in a process.mark probe "
                                 "(it has $$name, $$provider, $$parms, $$vars and $arg1...)", p,
                                 kind="semantic error")
            return ir.ContextVars(kind, loc=self.loc(p))
        if name.startswith("$$"):
            kind = name[2:]
            if kind not in ("parms", "vars", "locals", "return"):
                raise self.error(f"unknown context variable {name} (stap has $$parms, $$vars, "
                                 "$$locals and $$return)", p)
            if any(s.getText() != "$" for s in suffixes) or len(suffixes) > 2:
                raise self.error(f"{name} can only be followed by '$' or '$$'", p)
            node: ir.Expr = ir.ContextVars(kind, len(suffixes), loc=self.loc(p))
            if kind != "return" and self._kfunc_return():
                # stap reads a .return probe's parameters when the function is entered
                node = self._save_at_entry(node, self.loc(p))
            return node
        if suffixes and all(s.getText() == "$" for s in suffixes) and len(suffixes) <= 2:
            # `$name$`: the parameter pretty-printed as $$parms$ prints it
            node = ir.ContextVars("var", len(suffixes), name[1:], loc=self.loc(p))
            return self._save_at_entry(node, self.loc(p)) if self._kfunc_return() else node
        return self._param_read(name[1:], suffixes, self.loc(p), p.getText())

    def _param_read(self, name: str, suffixes, loc: Loc, text: str) -> ir.Expr:
        """The probed function's parameter `name` (`$name`, `@var("name")`) with its
        `->` suffixes; a .return probe's is its value at entry."""
        value = self._members(ir.ProbeArg(name, loc=loc), suffixes, text)
        if self._kfunc_return() or self._syscall_return():
            # stap's syscall .return aliases are kernel.function(...).return probes:
            # their `$fd` is the parameter at entry too (general/socket-events.stp)
            value = self._save_at_entry(value, loc)
        return value

    def _print_delimiter(self, name: str, args: list, ctx) -> tuple[Optional[str], list]:
        """(the delimiter, the values) of printd/printdln/sprintd/sprintdln, whose first
        argument is a literal delimiter; (None, args) for the other print functions."""
        if not name.startswith(("printd", "sprintd")):
            return None, args
        if len(args) < 2 or not is_str_lit(args[0]):
            raise self.error(f"{name} needs a literal delimiter and at least one value", ctx)
        return self._expr(args[0]).value, args[1:]

    def _syscall_return(self) -> bool:
        """Whether this is a syscall .return probe (not in a script function)."""
        return (self.function is None and bool(self.points)
                and all(pp.kind == "syscall" and pp.is_return for pp in self.points))

    def _address_of(self, e: P.AddrOfExprContext) -> ir.Expr:
        """stap's `&`: the address of a kernel member (`&$p->m`, `&@cast(p, "T")->m`),
        or of the struct @cast/@container_of name (their own value), or of a kernel
        variable (`&@var("name")`)."""
        address = self._var_address(e.expr())
        if address is not None:
            return address
        value = self._expr(e.expr())
        saved = self._entry_saved(value)
        if saved is not None and self._address_of_member(saved):
            # `&$q->key` in a .return probe (or `@entry(&$q->key)`): the address the
            # member had at entry, saved by the entry probe as the member itself would be
            return value
        if self._address_of_member(value):
            return value
        if isinstance(value, (ir.KernelCast, ir.ContainerOf)):
            return value
        raise self.error("'&' takes the address of a kernel structure member (&$p->m, "
                         "&@cast(p, \"T\")->m) or of @cast/@container_of", e)

    def _entry_saved(self, value: ir.Expr) -> Optional[ir.Expr]:
        """The expression a .return probe's thread-local `value` saves at entry
        (_save_at_entry's last save), or None when `value` is no such variable."""
        if isinstance(value, ir.Var) and value.scope == "thread" and self.entry_saves \
                and self.entry_saves[-1][0] == value.name:
            return self.entry_saves[-1][1]
        return None

    @staticmethod
    def _address_of_member(value: ir.Expr) -> bool:
        """Make a kernel member or element read its address instead (stap's `&`);
        False when `value` is neither."""
        if isinstance(value, ir.KernelMember) and value.decay and not value.addr_of:
            value.addr_of = True
            return True
        if isinstance(value, ir.KernelElem) and not value.addr_of:
            value.addr_of = True
            return True
        return False

    def _procfs_value(self, p: P.TargetExprContext):
        """`$value` in a procfs probe (the file's text), else None."""
        if (p.TARGET_VAR().getText() == "$value" and not p.targetSuffix() and self.function is None
                and self.points and all(pp.kind == "procfs" for pp in self.points)):
            return ir.Builtin("procfs_value", loc=self.loc(p))
        return None

    def _kfunc_return(self) -> bool:
        """Whether this is a kernel.function(...).return probe (its $vars are the
        entry values, as in stap)."""
        return (self.function is None and bool(self.points)
                and all(pp.kind == "kfunc" and pp.is_return for pp in self.points))

    def _save_at_entry(self, value: ir.Expr, loc: Loc) -> ir.Expr:
        """`value` as it was when the function was entered: an entry probe on the same
        points saves it in a thread-local (lower.Lowerer._entry_probe). The same
        value saved before in this probe, under no condition (@defined), is read from
        that save: a porter saves `$sk` once however often the return probe reads it
        (net_trace.stp's six @entry($sk), tcp.recvmsg.return's five)."""
        if not self.defined_guards:
            for name, saved in self.entry_saves:
                if saved == value and name not in self.entry_guards:
                    return ir.Var(name, "thread", loc=loc)
        name = self._entry_name(value)
        self.entry_saves.append((name, value))
        if self.defined_guards:
            self.entry_guards[name] = list(self.defined_guards)
        # the print formats see what the thread-local holds (a string or a number)
        self.assigns.append((self.probe_idx, ir.Assign(ir.Var(name, "thread", loc=loc), "=", value,
                                                       loc=loc)))
        return ir.Var(name, "thread", loc=loc)

    def _entry_name(self, value: ir.Expr) -> str:
        """The thread-local an @entry() value is saved in, named as a porter would name
        it: `entry_filename` for open's first argument (pointer_arg(1)) or `$filename`,
        `entry_time` for a clock, else by what the value is (_entry_base)."""
        base = None
        if isinstance(value, ir.ProbeArg) and value.name and value.position is None:
            base = value.name
        elif isinstance(value, ir.Builtin) and re.fullmatch(r"arg[0-5]", value.name) and \
                self.points and all(pp.kind == "syscall" for pp in self.points):
            from xtrace.ir.syscalls import glob, lookup
            index = int(value.name[3:])
            names = {v.name for pp in self.points for sc in glob(pp.name)
                     for v in (lookup(sc).vars if lookup(sc) else ()) if v.index == index}
            base = names.pop() if len(names) == 1 else None
        if base is None:
            base = _entry_base(value)
        taken = getattr(self, "entry_names", set())
        self.entry_names = taken
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", base):
            base = "value"
        name, i = f"entry_{base}", 2
        while name in taken:
            name, i = f"entry_{base}{i}", i + 1
        taken.add(name)
        return name

    def _entry(self, p: P.AtExprContext) -> ir.Expr:
        """`@entry(expr)` in a .return probe: expr as it was when the function was
        entered, by this thread. The lowering adds an entry probe on the same
        points that saves it in a thread-local (lower.Lowerer._entry_probe)."""
        args = p.expr()
        if len(args) != 1:
            raise self.error("@entry takes one expression", p)
        if self.function is not None or not self.points or \
                not all(pp.is_return and pp.kind in ("kfunc", "ufunc", "syscall") for pp in self.points):
            raise self.error("@entry is only available in .return probes", p)
        # `@entry($p)->m`: the pointer saved at entry keeps its type (autocast); the
        # member is read at return
        before = len(self.entry_saves)
        value = self._expr(args[0])
        # `@entry($filename)` where $filename already is its entry value (a syscall
        # .return's parameter): that one save, not a second copy of it
        if not (isinstance(value, ir.Var) and value.scope == "thread"
                and value.name in {name for name, _ in self.entry_saves}):
            value = self._save_at_entry(self._at_entry(value, before), self.loc(p))
        return self._members(value, p.targetSuffix(), p.getText())

    def _at_entry(self, value: ir.Expr, before: int) -> ir.Expr:
        """An @entry() operand as the entry probe computes it: the return probe's
        parameters in it (`@entry(user_string($filename))`, each saved at entry as
        the .return reads them) are the parameters themselves there, not the
        thread-locals their saves fill (the entry probe would read them unset); the
        saves made for the operand alone (from `before` on) are dropped."""
        saves = dict(self.entry_saves)
        made = {name for name, _ in self.entry_saves[before:]}

        def raw(x):
            if isinstance(x, ir.Var) and x.scope == "thread" and x.name in saves:
                return saves[x.name]
            return None
        value = ir.substituted(value, raw)
        if made:
            self.entry_saves[before:] = []
            for name in made:
                self.entry_guards.pop(name, None)
            self.assigns = [a for a in self.assigns
                            if not (isinstance(a[1].target, ir.Var) and a[1].target.scope == "thread"
                                    and a[1].target.name in made)]
        return value

    def _defined(self, p: P.AtExprContext) -> ir.Expr:
        """`@defined(expr)`: whether expr (usually a `$var`) resolves; what the
        lowering already rejects is 0, the rest analysis decides (ir.Defined)."""
        from xtrace.ir.loc import XtraceError
        args = p.expr()
        if len(args) != 1 or p.targetSuffix():
            raise self.error("@defined takes one expression", p)
        try:
            operand = self._expr(args[0])
        except XtraceError:
            return ir.IntLit(0, loc=self.loc(p))
        saved = self._entry_saved(operand)
        if saved is not None:
            # `@defined($pathname)` in a .return probe: whether the parameter resolves
            # (at entry), not whether the thread-local it would be saved in does;
            # asking needs no save
            self.entry_saves.pop()
            return ir.Defined(saved, at_entry=True, loc=self.loc(p))
        return ir.Defined(operand, loc=self.loc(p))

    def _choose_defined(self, p: P.AtExprContext) -> ir.Expr:
        """`@choose_defined(a, b)`: a when it resolves, else b (stap's
        `@defined(a) ? a : b`, the dead branch left out as for @defined); members
        after it (`@choose_defined(a, b)->m`) read from the chosen one."""
        from xtrace.ir.loc import XtraceError
        args = p.expr()
        if len(args) != 2:
            raise self.error("@choose_defined takes two expressions", p)
        suffix = list(p.targetSuffix())
        # `@choose_defined($cmd, $SCpnt)->device`: the members apply to either choice
        other = self._members(self._expr(args[1]), suffix) if suffix else self._expr(args[1])
        try:
            first = self._members(self._expr(args[0]), suffix) if suffix else self._expr(args[0])
        except XtraceError:
            return other
        return ir.Ternary(ir.Defined(first, loc=self.loc(p)), first, other, loc=self.loc(p))

    def _cast(self, p: P.AtExprContext) -> ir.Expr:
        """`@cast(p, "task_struct"[, "kernel<linux/sched.h>"])->member...`: p taken as a
        pointer to the kernel's struct (its BTF and headers name it; the module
        argument is not needed)."""
        args = p.expr()
        if len(args) not in (2, 3):
            raise self.error("@cast takes an address, a type name and optionally a module", p)
        spelling = self._expr(args[1])
        ctype = struct_ctype(spelling.value) if isinstance(spelling, ir.StrLit) else None
        if ctype is None:
            raise self.error("the type of @cast must be a literal struct or union name, "
                             "like \"task_struct\"", args[1])
        if len(args) == 3 and not isinstance(self._expr(args[2]), ir.StrLit):
            raise self.error("the module of @cast must be a literal string", args[2])
        base = ir.KernelCast(self._expr(args[0]), ctype, loc=self.loc(p))
        return self._members(base, p.targetSuffix(), p.getText())

    def _cast_sizeof(self, p: P.AtExprContext, module_first: bool = False) -> ir.Expr:
        """`@cast_sizeof("task_struct"[, module])`, or `@cast_module_sizeof(module,
        "task_struct")`: the struct's bytes (BTF's), written as the address of
        element 1 of an array of it at 0, `&@cast(0, T)[1]`."""
        args = list(p.expr())
        if module_first:
            if len(args) != 2 or p.targetSuffix():
                raise self.error("@cast_module_sizeof takes a module and a type name", p)
            args.reverse()
        if len(args) not in (1, 2) or p.targetSuffix():
            raise self.error("@cast_sizeof takes a type name and optionally a module", p)
        spelling = self._expr(args[0])
        ctype = struct_ctype(spelling.value) if isinstance(spelling, ir.StrLit) else None
        if ctype is None:
            raise self.error("the type of @cast_sizeof must be a literal struct or union name, "
                             "like \"task_struct\"", args[0])
        if len(args) == 2 and not isinstance(self._expr(args[1]), ir.StrLit):
            raise self.error("the module of @cast_sizeof must be a literal string", args[1])
        loc = self.loc(p)
        base = ir.KernelCast(ir.IntLit(0, loc=loc), ctype, loc=loc)
        return ir.KernelElem(base, ir.IntLit(1, loc=loc), addr_of=True, loc=loc)

    def _container_of(self, p: P.AtExprContext) -> ir.Expr:
        """`@container_of(ptr, "type", member)`: the struct whose member is at ptr (the
        kernel's container_of; the offset comes from BTF)."""
        import re
        args = p.expr()
        if len(args) != 3:
            raise self.error("@container_of takes an address, a type name and a member", p)
        spelling = self._expr(args[1])
        ctype = struct_ctype(spelling.value) if isinstance(spelling, ir.StrLit) else None
        if ctype is None:
            raise self.error("the type of @container_of must be a literal struct or union name, "
                             "like \"struct list_head\"", args[1])
        member = args[2].getText()
        if not re.fullmatch(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)*", member):
            raise self.error("the member of @container_of must be a member name, like `tasks` "
                             "or `se.group_node`", args[2])
        base = ir.ContainerOf(self._expr(args[0]), ctype, member.split("."), loc=self.loc(p))
        return self._members(base, p.targetSuffix(), p.getText())

    def _members(self, base: ir.Expr, suffixes, text: str = "") -> ir.Expr:
        """Apply `->name` suffixes: each one reads a kernel member (stap's `->` also
        steps into a struct member held by value; analysis folds those). A trailing
        `$` or `$$` pretty-prints the member (`$prev->comm$`): a ContextVars of kind
        "member" whose `expanded` holds the member until analysis formats it by its type."""
        suffixes = list(suffixes)
        pretty = 0
        while suffixes and pretty < 2 and suffixes[-1].getText() == "$" and suffixes[-1].memberName() is None:
            suffixes.pop()
            pretty += 1
        if pretty and not suffixes and isinstance(base, (ir.KernelCast, ir.ContainerOf)):
            # `@cast(t, "task_struct")$`: the struct the cast names, pretty-printed as
            # `$p$` prints a struct pointer parameter (stap's semok/pretty)
            text = text[:len(text) - pretty] if text else ""
            return ir.ContextVars("member", pretty, text, expanded=base, loc=base.loc)
        if pretty and suffixes:
            member = self._members(base, suffixes)
            # the expression as written, for printing it back
            text = text[:len(text) - pretty] if text else "".join(x.getText() for x in suffixes)
            return ir.ContextVars("member", pretty, text, expanded=member, loc=member.loc)
        for suf in suffixes:
            if suf.expr() is not None:  # `[i]`: an element of the array it points to
                base = ir.KernelElem(base, self._expr(suf.expr()), loc=self.loc(suf))
                continue
            if suf.memberName() is None:
                raise self.error(f"'{suf.getText()}' on a target variable is not supported yet", suf)
            base = ir.KernelMember(base, [suf.memberName().getText()], decay=True, loc=self.loc(suf))
        return base

    # ------------------------------------------------------ global checks

    def _need_global(self, name: str, node, what: str) -> None:
        if name not in self.decls:
            article = "an" if what[0] in "aeiou" else "a"
            raise self.error(f"'{name}' must be declared global to be used as {article} {what}",
                             node)

    def _use_shape(self, name: str, shape: str, node) -> None:
        if shape == "scalar" and (self.decls[name].size is not None or self.decls[name].wrap):
            raise self.error(f"'{name}' is declared as an array", node)
        have = self.shape.setdefault(name, shape)
        if have != shape:
            raise self.error(f"'{name}' is used both as a scalar and as an array", node)


def _hist_args(op: str) -> str:
    """What an @hist_* operator takes, in words."""
    return "a statistics aggregate" + (", start, stop and interval" if HIST_OPS[op] else "")


# uconversions.stp's string readers that warn of a copy fault: (least, most) arguments
_WARN_ARITY = {"user_string_warn": (1, 2), "user_string2_warn": (2, 2),
               "user_string_n_warn": (2, 3), "user_string2_n_warn": (3, 3)}

_CLOCKS = {"timestamp", "walltimestamp", "vtimestamp", "jiffies"}


def _entry_base(value: ir.Expr) -> str:
    """A name for an @entry() value a porter would give it: `time` for a clock
    (gettimeofday_ns() and the like, also scaled), the builtin it reads
    (`entry_pid`), `argN` for a positional argument, a kernel struct's member by
    its name without the struct's prefix (`$file->f_inode->i_sb->s_bdev` is
    `entry_bdev`, as the tapsets' own variables say it), else `value`."""
    if isinstance(value, ir.Binary) and isinstance(value.rhs, ir.IntLit):
        value = value.lhs  # gettimeofday_us() is walltimestamp / 1000
    if isinstance(value, ir.Builtin):
        return "time" if value.name in _CLOCKS else value.name
    if isinstance(value, ir.ProbeArg) and value.position is not None:
        return f"arg{value.position}"
    if isinstance(value, ir.KernelMember) and not value.addr_of and value.path:
        return re.sub(r"^[a-z]{1,3}_(?=[a-z])", "", value.path[-1])
    return "value"



def _is_defined_test(cond: ir.Expr) -> bool:
    """Whether `cond` is `@defined(...)` or its negation (analysis decides it)."""
    while isinstance(cond, ir.Unary) and cond.op == "!":
        cond = cond.operand
    return isinstance(cond, ir.Defined)


def _is_errno(cond: ir.Expr, then: ir.Expr, else_: ir.Expr) -> bool:
    """`retval < 0 ? -retval : 0`: the error number a syscall's return value carries."""
    retval = ir.Builtin("retval")
    return (isinstance(cond, ir.Binary) and cond.op == "<" and cond.lhs == retval
            and isinstance(cond.rhs, ir.IntLit) and cond.rhs.value == 0
            and isinstance(then, ir.Unary) and then.op == "-" and then.operand == retval
            and isinstance(else_, ir.IntLit) and else_.value == 0)


def _is_failed_minus_one(cond: ir.Expr, then: ir.Expr, else_: ir.Expr) -> bool:
    """`retval < 0 ? -1 : retval`: the return value, -1 when the syscall failed."""
    retval = ir.Builtin("retval")
    return (isinstance(cond, ir.Binary) and cond.op == "<" and cond.lhs == retval
            and isinstance(cond.rhs, ir.IntLit) and cond.rhs.value == 0
            and isinstance(then, ir.IntLit) and then.value == -1 and else_ == retval)


def _is_begin_end_name(cond: ir.Expr, then: ir.Expr, else_: ir.Expr) -> bool:
    """`pp() == "begin" ? "BEGIN" : "END"`: the name DTrace gives the begin or end point."""
    return (isinstance(cond, ir.Binary) and cond.op == "==" and cond.lhs == ir.Builtin("pp")
            and cond.rhs == ir.StrLit("begin") and then == ir.StrLit("BEGIN")
            and else_ == ir.StrLit("END"))
