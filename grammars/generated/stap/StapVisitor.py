# Generated from Stap.g4 by ANTLR 4.13.2
from antlr4 import *
if "." in __name__:
    from .StapParser import StapParser
else:
    from StapParser import StapParser

# This class defines a complete generic visitor for a parse tree produced by StapParser.

class StapVisitor(ParseTreeVisitor):

    # Visit a parse tree produced by StapParser#program.
    def visitProgram(self, ctx:StapParser.ProgramContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#topDecl.
    def visitTopDecl(self, ctx:StapParser.TopDeclContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#probeAlias.
    def visitProbeAlias(self, ctx:StapParser.ProbeAliasContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#probeDef.
    def visitProbeDef(self, ctx:StapParser.ProbeDefContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#probePointList.
    def visitProbePointList(self, ctx:StapParser.ProbePointListContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#probePoint.
    def visitProbePoint(self, ctx:StapParser.ProbePointContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#ppPart.
    def visitPpPart(self, ctx:StapParser.PpPartContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#ppSeq.
    def visitPpSeq(self, ctx:StapParser.PpSeqContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#ppComponent.
    def visitPpComponent(self, ctx:StapParser.PpComponentContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#ppName.
    def visitPpName(self, ctx:StapParser.PpNameContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#ppKeyword.
    def visitPpKeyword(self, ctx:StapParser.PpKeywordContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#ppArg.
    def visitPpArg(self, ctx:StapParser.PpArgContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#globalDecl.
    def visitGlobalDecl(self, ctx:StapParser.GlobalDeclContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#globalVar.
    def visitGlobalVar(self, ctx:StapParser.GlobalVarContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#literal.
    def visitLiteral(self, ctx:StapParser.LiteralContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#functionDecl.
    def visitFunctionDecl(self, ctx:StapParser.FunctionDeclContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#param.
    def visitParam(self, ctx:StapParser.ParamContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#typeName.
    def visitTypeName(self, ctx:StapParser.TypeNameContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#block.
    def visitBlock(self, ctx:StapParser.BlockContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#blockStmt.
    def visitBlockStmt(self, ctx:StapParser.BlockStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#emptyStmt.
    def visitEmptyStmt(self, ctx:StapParser.EmptyStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#ifStmt.
    def visitIfStmt(self, ctx:StapParser.IfStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#whileStmt.
    def visitWhileStmt(self, ctx:StapParser.WhileStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#forStmt.
    def visitForStmt(self, ctx:StapParser.ForStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#foreachStmt.
    def visitForeachStmt(self, ctx:StapParser.ForeachStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#breakStmt.
    def visitBreakStmt(self, ctx:StapParser.BreakStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#continueStmt.
    def visitContinueStmt(self, ctx:StapParser.ContinueStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#nextStmt.
    def visitNextStmt(self, ctx:StapParser.NextStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#returnStmt.
    def visitReturnStmt(self, ctx:StapParser.ReturnStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#deleteStmt.
    def visitDeleteStmt(self, ctx:StapParser.DeleteStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#tryStmt.
    def visitTryStmt(self, ctx:StapParser.TryStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#embeddedStmt.
    def visitEmbeddedStmt(self, ctx:StapParser.EmbeddedStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#exprStmt.
    def visitExprStmt(self, ctx:StapParser.ExprStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#foreachHead.
    def visitForeachHead(self, ctx:StapParser.ForeachHeadContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#histBase.
    def visitHistBase(self, ctx:StapParser.HistBaseContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#foreachKeys.
    def visitForeachKeys(self, ctx:StapParser.ForeachKeysContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#foreachKey.
    def visitForeachKey(self, ctx:StapParser.ForeachKeyContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#postIncDecExpr.
    def visitPostIncDecExpr(self, ctx:StapParser.PostIncDecExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#unaryExpr.
    def visitUnaryExpr(self, ctx:StapParser.UnaryExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#primaryExpr.
    def visitPrimaryExpr(self, ctx:StapParser.PrimaryExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#ternaryExpr.
    def visitTernaryExpr(self, ctx:StapParser.TernaryExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#addrOfExpr.
    def visitAddrOfExpr(self, ctx:StapParser.AddrOfExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#inExpr.
    def visitInExpr(self, ctx:StapParser.InExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#preIncDecExpr.
    def visitPreIncDecExpr(self, ctx:StapParser.PreIncDecExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#inTupleExpr.
    def visitInTupleExpr(self, ctx:StapParser.InTupleExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#binaryExpr.
    def visitBinaryExpr(self, ctx:StapParser.BinaryExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#autocastExpr.
    def visitAutocastExpr(self, ctx:StapParser.AutocastExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#regexExpr.
    def visitRegexExpr(self, ctx:StapParser.RegexExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#assignExpr.
    def visitAssignExpr(self, ctx:StapParser.AssignExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#ternaryElse.
    def visitTernaryElse(self, ctx:StapParser.TernaryElseContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#intLit.
    def visitIntLit(self, ctx:StapParser.IntLitContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#strLit.
    def visitStrLit(self, ctx:StapParser.StrLitContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#parenExpr.
    def visitParenExpr(self, ctx:StapParser.ParenExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#callExpr.
    def visitCallExpr(self, ctx:StapParser.CallExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#indexExpr.
    def visitIndexExpr(self, ctx:StapParser.IndexExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#nameExpr.
    def visitNameExpr(self, ctx:StapParser.NameExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#atExpr.
    def visitAtExpr(self, ctx:StapParser.AtExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#targetExpr.
    def visitTargetExpr(self, ctx:StapParser.TargetExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#posNumExpr.
    def visitPosNumExpr(self, ctx:StapParser.PosNumExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#posStrExpr.
    def visitPosStrExpr(self, ctx:StapParser.PosStrExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#embeddedExpr.
    def visitEmbeddedExpr(self, ctx:StapParser.EmbeddedExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#wildcardExpr.
    def visitWildcardExpr(self, ctx:StapParser.WildcardExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#targetSuffix.
    def visitTargetSuffix(self, ctx:StapParser.TargetSuffixContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#memberSuffix.
    def visitMemberSuffix(self, ctx:StapParser.MemberSuffixContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by StapParser#memberName.
    def visitMemberName(self, ctx:StapParser.MemberNameContext):
        return self.visitChildren(ctx)



del StapParser