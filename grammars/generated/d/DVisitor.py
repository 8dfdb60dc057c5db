# Generated from D.g4 by ANTLR 4.13.2
from antlr4 import *
if "." in __name__:
    from .DParser import DParser
else:
    from DParser import DParser

# This class defines a complete generic visitor for a parse tree produced by DParser.

class DVisitor(ParseTreeVisitor):

    # Visit a parse tree produced by DParser#program.
    def visitProgram(self, ctx:DParser.ProgramContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#DirectiveItem.
    def visitDirectiveItem(self, ctx:DParser.DirectiveItemContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#DeclarationItem.
    def visitDeclarationItem(self, ctx:DParser.DeclarationItemContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#InlineItem.
    def visitInlineItem(self, ctx:DParser.InlineItemContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#TypeDeclItem.
    def visitTypeDeclItem(self, ctx:DParser.TypeDeclItemContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#TranslatorItem.
    def visitTranslatorItem(self, ctx:DParser.TranslatorItemContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#ClauseItem.
    def visitClauseItem(self, ctx:DParser.ClauseItemContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#EmptyItem.
    def visitEmptyItem(self, ctx:DParser.EmptyItemContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#clause.
    def visitClause(self, ctx:DParser.ClauseContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#probeDescList.
    def visitProbeDescList(self, ctx:DParser.ProbeDescListContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#probeDesc.
    def visitProbeDesc(self, ctx:DParser.ProbeDescContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#probeToken.
    def visitProbeToken(self, ctx:DParser.ProbeTokenContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#predicate.
    def visitPredicate(self, ctx:DParser.PredicateContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#block.
    def visitBlock(self, ctx:DParser.BlockContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#ExprStatement.
    def visitExprStatement(self, ctx:DParser.ExprStatementContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#CommaStatement.
    def visitCommaStatement(self, ctx:DParser.CommaStatementContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#EmptyStatement.
    def visitEmptyStatement(self, ctx:DParser.EmptyStatementContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#IfStatement.
    def visitIfStatement(self, ctx:DParser.IfStatementContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#BlockStatement.
    def visitBlockStatement(self, ctx:DParser.BlockStatementContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#tailStatement.
    def visitTailStatement(self, ctx:DParser.TailStatementContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#declaration.
    def visitDeclaration(self, ctx:DParser.DeclarationContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#declType.
    def visitDeclType(self, ctx:DParser.DeclTypeContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#inlineDecl.
    def visitInlineDecl(self, ctx:DParser.InlineDeclContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#inlineParams.
    def visitInlineParams(self, ctx:DParser.InlineParamsContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#inlineParam.
    def visitInlineParam(self, ctx:DParser.InlineParamContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#typeDecl.
    def visitTypeDecl(self, ctx:DParser.TypeDeclContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#typeBody.
    def visitTypeBody(self, ctx:DParser.TypeBodyContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#typedefName.
    def visitTypedefName(self, ctx:DParser.TypedefNameContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#souBody.
    def visitSouBody(self, ctx:DParser.SouBodyContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#memberDecl.
    def visitMemberDecl(self, ctx:DParser.MemberDeclContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#memberDeclarator.
    def visitMemberDeclarator(self, ctx:DParser.MemberDeclaratorContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#enumBody.
    def visitEnumBody(self, ctx:DParser.EnumBodyContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#enumerator.
    def visitEnumerator(self, ctx:DParser.EnumeratorContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#translatorDecl.
    def visitTranslatorDecl(self, ctx:DParser.TranslatorDeclContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#translatorMember.
    def visitTranslatorMember(self, ctx:DParser.TranslatorMemberContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#declarator.
    def visitDeclarator(self, ctx:DParser.DeclaratorContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#declKeys.
    def visitDeclKeys(self, ctx:DParser.DeclKeysContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#typeName.
    def visitTypeName(self, ctx:DParser.TypeNameContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#castType.
    def visitCastType(self, ctx:DParser.CastTypeContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#typeSpec.
    def visitTypeSpec(self, ctx:DParser.TypeSpecContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#typeQual.
    def visitTypeQual(self, ctx:DParser.TypeQualContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#SizeofExpr.
    def visitSizeofExpr(self, ctx:DParser.SizeofExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#BinaryExpr.
    def visitBinaryExpr(self, ctx:DParser.BinaryExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#UnaryExpr.
    def visitUnaryExpr(self, ctx:DParser.UnaryExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#IndexExpr.
    def visitIndexExpr(self, ctx:DParser.IndexExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#AssignExpr.
    def visitAssignExpr(self, ctx:DParser.AssignExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#MemberExpr.
    def visitMemberExpr(self, ctx:DParser.MemberExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#PreIncDecExpr.
    def visitPreIncDecExpr(self, ctx:DParser.PreIncDecExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#StringofExpr.
    def visitStringofExpr(self, ctx:DParser.StringofExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#PostIncDecExpr.
    def visitPostIncDecExpr(self, ctx:DParser.PostIncDecExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#CastExpr.
    def visitCastExpr(self, ctx:DParser.CastExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#PrimaryExpr.
    def visitPrimaryExpr(self, ctx:DParser.PrimaryExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#OffsetofExpr.
    def visitOffsetofExpr(self, ctx:DParser.OffsetofExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#TernaryExpr.
    def visitTernaryExpr(self, ctx:DParser.TernaryExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#CallPrimary.
    def visitCallPrimary(self, ctx:DParser.CallPrimaryContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#IdentPrimary.
    def visitIdentPrimary(self, ctx:DParser.IdentPrimaryContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#AggPrimary.
    def visitAggPrimary(self, ctx:DParser.AggPrimaryContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#KsymPrimary.
    def visitKsymPrimary(self, ctx:DParser.KsymPrimaryContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#SelfPrimary.
    def visitSelfPrimary(self, ctx:DParser.SelfPrimaryContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#ThisPrimary.
    def visitThisPrimary(self, ctx:DParser.ThisPrimaryContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#IntPrimary.
    def visitIntPrimary(self, ctx:DParser.IntPrimaryContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#CharPrimary.
    def visitCharPrimary(self, ctx:DParser.CharPrimaryContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#StringPrimary.
    def visitStringPrimary(self, ctx:DParser.StringPrimaryContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#MacroPrimary.
    def visitMacroPrimary(self, ctx:DParser.MacroPrimaryContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#XlatePrimary.
    def visitXlatePrimary(self, ctx:DParser.XlatePrimaryContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#ParenPrimary.
    def visitParenPrimary(self, ctx:DParser.ParenPrimaryContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#CommaPrimary.
    def visitCommaPrimary(self, ctx:DParser.CommaPrimaryContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#exprList.
    def visitExprList(self, ctx:DParser.ExprListContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#commaExpr.
    def visitCommaExpr(self, ctx:DParser.CommaExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#name.
    def visitName(self, ctx:DParser.NameContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by DParser#keyword.
    def visitKeyword(self, ctx:DParser.KeywordContext):
        return self.visitChildren(ctx)



del DParser