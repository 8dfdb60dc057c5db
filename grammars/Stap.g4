/*
 * SystemTap script language (the core of `stap`'s parse.cxx), for xtrace.
 *
 * Operator precedence follows stap, not C: from loosest to tightest
 *   = += ... <<< (right)   ?: (right)   ||   &&   |   ^   &   in
 *   < <= > >= == != =~ !~ (one level)   << >>   . (concatenation)
 *   + -   * / %   unary + - ! ~   ++ -- (pre and post)   primary
 * `;` is optional: a simple statement may end with one (so that
 * `if (c) x = 1; else x = 2` parses as in C) and a lone `;` is an empty
 * statement.
 * Regenerate with: python -m xtrace.grammars.regen --lang stap
 */
grammar Stap;

@parser::members {
def _after_post_crement(self):
    # stap (parse.cxx, parse_crement) takes at most one postfix ++ or -- on a
    # value: in  x++ NEWLINE ++y  and in  y = x++ ++z  the second ++ begins
    # the next statement, where the
    # left-recursive rule below would apply it to x++ (or to y = x++). An
    # expression that ends with ++ or -- ends with a postfix one (a prefix one
    # has its operand after it).
    return self._input.LT(-1).text in ("++", "--")
}

program
    : topDecl* EOF
    ;

topDecl
    : probeDecl
    | globalDecl
    | functionDecl
    | EMBEDDED
    | ';'
    ;

// ------------------------------------------------------------------ probes

probeDecl
    : 'probe' probePoint aliasOp=('=' | '+=') probePointList block   # probeAlias
    | 'probe' probePointList block                                  # probeDef
    ;

probePointList
    : probePoint (',' probePoint)*
    ;

// `kernel.function("vfs_*").return?`, `syscall.*`, `timer.ms(100) if (on)`,
// `syscall.{read,write}` (brace expansion: the lowering makes one point per
// alternative, each alternative a dotted sequence that may hold braces itself)
probePoint
    : ppPart ('.' ppPart)* suffix=('?' | '!')? ('if' '(' expr ')')?
    ;

ppPart
    : ppComponent
    | '{' ppSeq (',' ppSeq)* '}'
    ;

ppSeq
    : ppPart ('.' ppPart)*
    ;

ppComponent
    : ppName ('(' ppArg ')')?
    ;

// A name is glued from adjacent words and `*` globs (`sys_*`); the lowering
// checks that no whitespace separates the pieces. Keywords are names here
// (`.return`, `.function`), but only as a whole component.
ppName
    : (IDENT | '*' | INT)+
    | ppKeyword
    ;

ppKeyword
    : 'return' | 'function' | 'probe' | 'global' | 'if' | 'else' | 'while'
    | 'for' | 'foreach' | 'in' | 'limit' | 'break' | 'continue' | 'next'
    | 'delete' | 'try' | 'catch' | 'private'
    ;

// adjacent string literals are one ("sys_" "open"), as in C and stap >= 2.0
ppArg
    : STRING+
    | '-'? INT
    | POS_NUM
    | POS_STR
    ;

// ----------------------------------------------------------------- globals

globalDecl
    : 'private'? 'global' globalVar (',' globalVar)*
    ;

// `global a[100]%` (or `a%[100]`): `%` makes a full array drop its oldest element for a new one
globalVar
    : IDENT ('[' INT ']')? wrap='%'? ('=' literal)?
    | IDENT wrap='%' '[' INT ']' ('=' literal)?
    ;

literal
    : STRING+
    | '-'? INT
    ;

// --------------------------------------------------------------- functions

functionDecl
    : 'private'? 'function' IDENT (':' typeName)? '(' (param (',' param)*)? ')' (':' typeName)?
      (block | EMBEDDED)
    ;

param
    : IDENT (':' typeName)?
    ;

typeName
    : IDENT
    ;

// -------------------------------------------------------------- statements

block
    : '{' statement* '}'
    ;

statement
    : block                                                  # blockStmt
    | ';'                                                    # emptyStmt
    | 'if' '(' expr ')' statement ('else' statement)?        # ifStmt
    | 'while' '(' expr ')' statement                         # whileStmt
    | 'for' '(' init=expr? ';' cond=expr? ';' step=expr? ')' statement   # forStmt
    | 'foreach' '(' foreachHead ')' statement                # foreachStmt
    | 'break' ';'?                                           # breakStmt
    | 'continue' ';'?                                        # continueStmt
    | 'next' ';'?                                            # nextStmt
    | 'return' expr? ';'?                                    # returnStmt
    | 'delete' expr ';'?                                     # deleteStmt
    | 'try' block 'catch' ('(' IDENT ')')? block             # tryStmt
    | EMBEDDED                                               # embeddedStmt
    | expr ';'?                                              # exprStmt
    ;

// `v = [a, b] in x @count- limit 5`; at most one sort mark overall
// (checked by the lowering, as stap's parser does). The loop may also walk the
// buckets of a statistic's histogram: `n = i in @hist_log(s[k])`.
foreachHead
    : (value=IDENT valueSort=('+' | '-')? '=')? foreachKeys 'in' (array=IDENT | hist=histBase)
      (statOp=AT_IDENT? arraySort=('+' | '-'))? ('limit' limit=expr)?
    ;

histBase
    : AT_IDENT '(' expr (',' expr)* ')'
    ;

foreachKeys
    : '[' foreachKey (',' foreachKey)* ']'
    | foreachKey
    ;

foreachKey
    : IDENT sort=('+' | '-')?
    ;

// ------------------------------------------------------------- expressions

expr
    : primary                                                       # primaryExpr
    | expr memberSuffix                                             # autocastExpr  // `f->f_path`, `fn(p)->m`, `(p)[1]`: stap's autocast
    | expr {not self._after_post_crement()}? op=('++' | '--')       # postIncDecExpr
    | op=('++' | '--') expr                                         # preIncDecExpr
    | op=('+' | '-' | '!' | '~') expr                               # unaryExpr
    | '&' expr                                                      # addrOfExpr    // `&$p->m`, `&@cast(p, "T")->m`
    | expr op=('*' | '/' | '%') expr                                # binaryExpr
    | expr op=('+' | '-') expr                                      # binaryExpr
    | expr op='.' expr                                              # binaryExpr
    | expr op=('<<' | '>>') expr                                    # binaryExpr
    | expr op=('<' | '<=' | '>' | '>=' | '==' | '!=') expr          # binaryExpr
    | expr op=('=~' | '!~') STRING                                  # regexExpr
    // `i in @hist_log(s)`: whether bucket i of the histogram counts anything
    | expr 'in' (IDENT | histBase)                                  # inExpr
    | '[' expr (',' expr)* ']' 'in' (IDENT | histBase)              # inTupleExpr
    | expr op='&' expr                                              # binaryExpr
    | expr op='^' expr                                              # binaryExpr
    | expr op='|' expr                                              # binaryExpr
    | expr op='&&' expr                                             # binaryExpr
    | expr op='||' expr                                             # binaryExpr
    | expr '?' expr ':' ternaryElse                                 # ternaryExpr
    | <assoc = right> expr op=('=' | '+=' | '-=' | '*=' | '/=' | '%=' | '<<='
            | '>>=' | '&=' | '^=' | '|=' | '.=' | '<<<') expr        # assignExpr
    ;

// stap parses both branches of `?:` as whole expressions (parse_expression),
// so `c ? ++t : t += 3` assigns in the false branch rather than to the `?:`.
ternaryElse
    : expr
    ;

primary
    : INT                                                   # intLit
    | STRING+                                               # strLit
    | '(' expr ')'                                          # parenExpr
    | IDENT '(' (expr (',' expr)*)? ')'                     # callExpr
    | IDENT '[' expr (',' expr)* ']'                        # indexExpr
    | IDENT                                                 # nameExpr
    | AT_IDENT '(' (expr (',' expr)*)? ')' targetSuffix*    # atExpr
    | TARGET_VAR targetSuffix*                              # targetExpr
    | POS_NUM                                               # posNumExpr
    | POS_STR                                               # posStrExpr
    | EMBEDDED                                              # embeddedExpr
    | '*'                                                   # wildcardExpr   // `delete a[k, *]`
    ;

// `$task->mm->owner`, `$argv[1]`, `$p$`; a member may be named like a
// keyword (`$list->next`, `$timer->function`), as C allows.
targetSuffix
    : '->' memberName
    | '[' expr ']'
    | '$'
    ;

// A member or an element of a typed pointer value that is no `$var` (a local, a
// global, a function's result): stap's autocast carries the kernel type along.
memberSuffix
    : '->' memberName
    | '[' expr ']'
    ;

memberName
    : IDENT | 'next' | 'function' | 'in' | 'limit' | 'delete' | 'global' | 'probe' | 'private'
    | 'if' | 'else' | 'while' | 'for' | 'foreach' | 'break' | 'continue' | 'return' | 'try'
    | 'catch'
    ;

// ------------------------------------------------------------------ lexer

EMBEDDED   : '%{' .*? '%}' ;
STRING     : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"' ;
// What stap's lexer turns into junk tokens with a message of their own: a string
// the line ends inside, embedded code the file ends inside (no `%}` follows)
UNCLOSED_STRING   : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* ;
UNCLOSED_EMBEDDED : '%{' ( ~'%' | '%'+ ~[%}] )* '%'* EOF ;
INT        : '0' [xX] [0-9a-fA-F]+ | [0-9]+ ;
// stap's lexer reads a number as a digit and every letter or digit after it, then
// finds `0x` or `12ab` malformed; INT wins the ties, so only those come here
BAD_NUMBER : [0-9] [0-9a-zA-Z]* ;
// `$#` / `@#`: the number of script arguments, as a number / a string
POS_NUM    : '$' ([0-9]+ | '#') ;
POS_STR    : '@' ([0-9]+ | '#') ;
TARGET_VAR : '$' '$'? [a-zA-Z_] [a-zA-Z0-9_]* ;
AT_IDENT   : '@' [a-zA-Z_] [a-zA-Z0-9_]* ;
IDENT      : [a-zA-Z_] [a-zA-Z0-9_]* ;

// Comments go to the hidden channel so the lowering can carry the ones
// written above a probe (the `#!` shebang line is an ordinary `#` comment).
LINE_COMMENT  : ('#' | '//') ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
// stap's lexer lets a comment the file ends inside swallow the rest
UNCLOSED_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF -> channel(HIDDEN) ;
WS            : [ \t\r\n\f]+ -> skip ;

// Any other character is a token no rule accepts, so the parser reports it in
// stap's words for what it expected there (`saw: junk '\xc3'`)
JUNK          : . ;
