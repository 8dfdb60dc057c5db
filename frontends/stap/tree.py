"""Small queries on the stap parse tree shared by the lowering modules."""

from __future__ import annotations

from typing import Iterator, Optional

from antlr4.ParserRuleContext import ParserRuleContext

from xtrace.grammars.generated.stap.StapParser import StapParser as P


def walk(ctx: ParserRuleContext) -> Iterator[ParserRuleContext]:
    """Every rule node under ctx, ctx included (pre-order)."""
    yield ctx
    for child in ctx.getChildren():
        if isinstance(child, ParserRuleContext):
            yield from walk(child)


def bare_name(e: Optional[P.ExprContext]) -> Optional[str]:
    """The identifier when an expression is just a plain name."""
    if isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), P.NameExprContext):
        return e.primary().IDENT().getText()
    return None


def is_str_lit(e: Optional[P.ExprContext]) -> bool:
    """Whether an expression is a single string literal."""
    return isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), P.StrLitContext)


def primary_of(e: Optional[P.ExprContext], kind: type) -> Optional[P.PrimaryContext]:
    """The primary of an expression when it is of the given primary kind."""
    if isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), kind):
        return e.primary()
    return None
