# Generated from Vue.g4 by ANTLR 4.13.2
from antlr4 import *
if "." in __name__:
    from .VueParser import VueParser
else:
    from VueParser import VueParser

# This class defines a complete generic visitor for a parse tree produced by VueParser.

class VueVisitor(ParseTreeVisitor):

    # Visit a parse tree produced by VueParser#program.
    def visitProgram(self, ctx:VueParser.ProgramContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#item.
    def visitItem(self, ctx:VueParser.ItemContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#declaration.
    def visitDeclaration(self, ctx:VueParser.DeclarationContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#storageClass.
    def visitStorageClass(self, ctx:VueParser.StorageClassContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#intTypeSpec.
    def visitIntTypeSpec(self, ctx:VueParser.IntTypeSpecContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#bareSignTypeSpec.
    def visitBareSignTypeSpec(self, ctx:VueParser.BareSignTypeSpecContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#namedTypeSpec.
    def visitNamedTypeSpec(self, ctx:VueParser.NamedTypeSpecContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#souTypeSpec.
    def visitSouTypeSpec(self, ctx:VueParser.SouTypeSpecContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#enumTypeSpec.
    def visitEnumTypeSpec(self, ctx:VueParser.EnumTypeSpecContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#typedefTypeSpec.
    def visitTypedefTypeSpec(self, ctx:VueParser.TypedefTypeSpecContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#souSpec.
    def visitSouSpec(self, ctx:VueParser.SouSpecContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#souBody.
    def visitSouBody(self, ctx:VueParser.SouBodyContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#memberDecl.
    def visitMemberDecl(self, ctx:VueParser.MemberDeclContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#memberDeclarator.
    def visitMemberDeclarator(self, ctx:VueParser.MemberDeclaratorContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#enumSpec.
    def visitEnumSpec(self, ctx:VueParser.EnumSpecContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#enumBody.
    def visitEnumBody(self, ctx:VueParser.EnumBodyContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#enumerator.
    def visitEnumerator(self, ctx:VueParser.EnumeratorContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#intType.
    def visitIntType(self, ctx:VueParser.IntTypeContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#namedType.
    def visitNamedType(self, ctx:VueParser.NamedTypeContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#declarator.
    def visitDeclarator(self, ctx:VueParser.DeclaratorContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#paramList.
    def visitParamList(self, ctx:VueParser.ParamListContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#param.
    def visitParam(self, ctx:VueParser.ParamContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#clause.
    def visitClause(self, ctx:VueParser.ClauseContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#probeTuple.
    def visitProbeTuple(self, ctx:VueParser.ProbeTupleContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#predicate.
    def visitPredicate(self, ctx:VueParser.PredicateContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#block.
    def visitBlock(self, ctx:VueParser.BlockContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#blockItem.
    def visitBlockItem(self, ctx:VueParser.BlockItemContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#blockStmt.
    def visitBlockStmt(self, ctx:VueParser.BlockStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#ifStmt.
    def visitIfStmt(self, ctx:VueParser.IfStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#whileStmt.
    def visitWhileStmt(self, ctx:VueParser.WhileStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#doStmt.
    def visitDoStmt(self, ctx:VueParser.DoStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#forStmt.
    def visitForStmt(self, ctx:VueParser.ForStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#jumpStmt.
    def visitJumpStmt(self, ctx:VueParser.JumpStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#returnStmt.
    def visitReturnStmt(self, ctx:VueParser.ReturnStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#exprStmt.
    def visitExprStmt(self, ctx:VueParser.ExprStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#emptyStmt.
    def visitEmptyStmt(self, ctx:VueParser.EmptyStmtContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#indexExpr.
    def visitIndexExpr(self, ctx:VueParser.IndexExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#prefixExpr.
    def visitPrefixExpr(self, ctx:VueParser.PrefixExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#sizeofExpr.
    def visitSizeofExpr(self, ctx:VueParser.SizeofExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#primaryExpr.
    def visitPrimaryExpr(self, ctx:VueParser.PrimaryExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#ternaryExpr.
    def visitTernaryExpr(self, ctx:VueParser.TernaryExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#sizeofTypeExpr.
    def visitSizeofTypeExpr(self, ctx:VueParser.SizeofTypeExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#castExpr.
    def visitCastExpr(self, ctx:VueParser.CastExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#memberExpr.
    def visitMemberExpr(self, ctx:VueParser.MemberExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#binaryExpr.
    def visitBinaryExpr(self, ctx:VueParser.BinaryExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#postfixExpr.
    def visitPostfixExpr(self, ctx:VueParser.PostfixExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#assignExpr.
    def visitAssignExpr(self, ctx:VueParser.AssignExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#typeName.
    def visitTypeName(self, ctx:VueParser.TypeNameContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#intLit.
    def visitIntLit(self, ctx:VueParser.IntLitContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#floatLit.
    def visitFloatLit(self, ctx:VueParser.FloatLitContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#charLit.
    def visitCharLit(self, ctx:VueParser.CharLitContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#stringLit.
    def visitStringLit(self, ctx:VueParser.StringLitContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#dollarArg.
    def visitDollarArg(self, ctx:VueParser.DollarArgContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#qualifiedVar.
    def visitQualifiedVar(self, ctx:VueParser.QualifiedVarContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#callExpr.
    def visitCallExpr(self, ctx:VueParser.CallExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#nameExpr.
    def visitNameExpr(self, ctx:VueParser.NameExprContext):
        return self.visitChildren(ctx)


    # Visit a parse tree produced by VueParser#parenExpr.
    def visitParenExpr(self, ctx:VueParser.ParenExprContext):
        return self.visitChildren(ctx)



del VueParser