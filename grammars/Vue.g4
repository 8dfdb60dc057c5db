/*
 * AIX ProbeVue ("Vue") scripts: the core of the language that xtrace lowers to its IR.
 *
 * A script is a list of top-level declarations / C function prototypes and clauses:
 *
 *     @@syscall:*:read:entry, @@syscall:*:write:entry
 *     when (__pid == 400)
 *     { count++; }
 *
 * A probe tuple (`@@syscall:*:read:entry`, `@@uft:/usr/bin/ls:*:"/re/":entry`,
 * `@@net:bpf:en0:tcp:"src host 1.2.3.4"`) is lexed as ONE token and split into
 * fields by the frontend: its fields hold paths, `*`, `$1`, `lib.a(member)` and
 * quoted strings, which would fight with the expression tokens otherwise.
 *
 * C type definitions (struct, union, enum, typedef) follow C's syntax; a name
 * declared by `typedef` is a TYPEDEF_NAME token from then on.
 *
 * Loops are parsed (so the frontend can say "Vue has no loops" at the keyword)
 * but never lowered. Regenerate with
 *     python -m xtrace.grammars.regen --lang vue
 */
grammar Vue;

// A name a `typedef` declared earlier in the script: frontends/vue/typedefs.py's
// lexer tells it from an identifier (C's "lexer hack"), so `foo_t *p;` and
// `(foo_t)x` parse unambiguously.
tokens { TYPEDEF_NAME }

@lexer::members {
def tokenAtLineStart(self) -> bool:
    """True when only blanks precede the current token's start on its line (for `#` lines)."""
    data, i = self._input.strdata, self._tokenStartCharIndex - 1
    while i >= 0 and data[i] in " \t":
        i -= 1
    return i < 0 or data[i] in "\r\n"
}

// ------------------------------------------------------------------ parser

program : item* EOF ;

item
    : declaration
    | clause
    ;

// Variables and C function prototypes share one rule, as in C: `int x;`,
// `__global String s[40];`, `int read(int fd, char *buf, unsigned long n);`,
// `__auto e_time;` (type taken from the first assignment).
declaration
    : storageClass? typeSpec declarator (',' declarator)* ';'
    | storageClass declarator (',' declarator)* ';'
    | TYPEDEF typeSpec declarator (',' declarator)* ';'
    | (souSpec | enumSpec) ';'
    ;

storageClass : GLOBAL | AUTO | THREAD | KERNEL | STATIC | EXTERN ;

typeSpec
    : CONST? (SIGNED | UNSIGNED)? intType CONST?     # intTypeSpec
    | CONST? (SIGNED | UNSIGNED) CONST?              # bareSignTypeSpec
    | CONST? namedType CONST?                        # namedTypeSpec
    | CONST? souSpec CONST?                          # souTypeSpec
    | CONST? enumSpec CONST?                         # enumTypeSpec
    | CONST? TYPEDEF_NAME CONST?                     # typedefTypeSpec
    ;

// `struct foo`, `struct foo { int a; char *p; struct bar b; char name[16]; }`,
// `union { ... }`: C's struct and union types with their members.
souSpec : tag=(STRUCT | UNION) (ID souBody? | souBody) ;

souBody : '{' memberDecl* '}' ;

memberDecl : typeSpec memberDeclarator (',' memberDeclarator)* ';' ;

memberDeclarator : STAR* ID ('[' expr ']')* (':' expr)? ;

// `enum color`, `enum color { RED, GREEN = 5, BLUE }`.
enumSpec : ENUM (ID enumBody? | enumBody) ;

enumBody : '{' enumerator (',' enumerator)* ','? '}' ;

enumerator : ID ('=' expr)? ;

intType
    : CHAR
    | SHORT INT?
    | INT
    | LONG LONG? INT?
    ;

namedType
    : VOID
    | STRING_T
    | LIST_T
    | TIMESTAMP_T
    | VUE_TYPE
    | FLOAT
    | DOUBLE
    ;

declarator
    : STAR* ID ('[' expr? ']')? ('(' paramList? ')')? ('=' expr)?
    ;

paramList
    : param (',' param)* (',' ELLIPSIS)?
    ;

// Prototype parameters may use any typedef name (size_t, pid_t, ...): no
// expression can appear here, so a bare identifier type is unambiguous.
param
    : (typeSpec | CONST? ID) STAR* CONST? ID? ('[' expr? ']')?
    ;

clause
    : probeTuple (',' probeTuple)* predicate? block
    ;

probeTuple : TUPLE ;

predicate : WHEN '(' expr ')' ;

block : '{' blockItem* '}' ;

blockItem
    : declaration
    | statement
    ;

statement
    : block                                                   # blockStmt
    | IF '(' expr ')' statement (ELSE statement)?             # ifStmt
    | WHILE '(' expr ')' statement                            # whileStmt
    | DO statement WHILE '(' expr ')' ';'                     # doStmt
    | FOR '(' expr? ';' expr? ';' expr? ')' statement         # forStmt
    | kw=(BREAK | CONTINUE) ';'                               # jumpStmt
    | RETURN expr? ';'                                        # returnStmt
    | expr ';'                                                # exprStmt
    | ';'                                                     # emptyStmt
    ;

// C precedence, highest first (ANTLR resolves left recursion by alternative order).
expr
    : primary                                                 # primaryExpr
    | expr '[' expr ']'                                       # indexExpr
    | expr op=('.' | '->') ID                                 # memberExpr
    | expr op=('++' | '--')                                   # postfixExpr
    | <assoc=right> op=('++' | '--' | '+' | '-' | '!' | '~' | '*' | '&') expr   # prefixExpr
    | SIZEOF '(' typeName ')'                                 # sizeofTypeExpr
    | SIZEOF expr                                             # sizeofExpr
    | '(' typeName ')' expr                                   # castExpr
    | expr op=('*' | '/' | '%') expr                          # binaryExpr
    | expr op=('+' | '-') expr                                # binaryExpr
    | expr op=('<<' | '>>') expr                              # binaryExpr
    | expr op=('<' | '<=' | '>' | '>=') expr                  # binaryExpr
    | expr op=('==' | '!=') expr                              # binaryExpr
    | expr op='&' expr                                        # binaryExpr
    | expr op='^' expr                                        # binaryExpr
    | expr op='|' expr                                        # binaryExpr
    | expr op='&&' expr                                       # binaryExpr
    | expr op='||' expr                                       # binaryExpr
    | <assoc=right> expr '?' expr ':' expr                    # ternaryExpr
    | <assoc=right> expr op=('=' | '+=' | '-=' | '*=' | '/=' | '%='
                            | '<<=' | '>>=' | '&=' | '^=' | '|=') expr   # assignExpr
    ;

typeName : typeSpec STAR* ;

primary
    : INT_LIT                                                 # intLit
    | FLOAT_LIT                                               # floatLit
    | CHAR_LIT                                                # charLit
    | STRING_LIT+                                             # stringLit
    | DOLLAR                                                  # dollarArg
    | CLASSQ ID                                               # qualifiedVar
    | ID '(' (expr (',' expr)*)? ')'                          # callExpr
    | ID                                                      # nameExpr
    | '(' expr ')'                                            # parenExpr
    ;

// ------------------------------------------------------------------ lexer

// One whole probe point tuple; fields are split by the frontend. Quoted
// strings may hold blanks and colons; blanks may surround the colons, as in IBM's
// own `@@uft : /usr/bin/test:* :foo:entry`.
TUPLE : '@@' TUPLE_FIELD ( [ \t]* ':' [ \t]* TUPLE_FIELD? )* ;
fragment TUPLE_FIELD : ( ~[ \t\r\n,{}":] | '"' ~["\r\n]* '"' )+ ;

GLOBAL   : '__global' ;
AUTO     : '__auto' ;
THREAD   : '__thread' ;
KERNEL   : '__kernel' ;
STATIC   : 'static' ;
EXTERN   : 'extern' ;
LIST_T   : '__list' ;
STRING_T : 'String' ;
TIMESTAMP_T : 'probev_timestamp_t' ;
VUE_TYPE : 'stktrace_t' | 'path_t' | 'mac_addr_t' | 'ip_addr_t' | 'net_info_t' | 'range_t' ;

WHEN     : 'when' ;
IF       : 'if' ;
ELSE     : 'else' ;
WHILE    : 'while' ;
DO       : 'do' ;
FOR      : 'for' ;
BREAK    : 'break' ;
CONTINUE : 'continue' ;
RETURN   : 'return' ;
SIZEOF   : 'sizeof' ;

CHAR     : 'char' ;
SHORT    : 'short' ;
INT      : 'int' ;
LONG     : 'long' ;
SIGNED   : 'signed' ;
UNSIGNED : 'unsigned' ;
VOID     : 'void' ;
FLOAT    : 'float' ;
DOUBLE   : 'double' ;
CONST    : 'const' | 'volatile' ;
STRUCT   : 'struct' ;
UNION    : 'union' ;
ENUM     : 'enum' ;
TYPEDEF  : 'typedef' ;

// `global:count = 5;` names the class of an undeclared variable at its first use.
CLASSQ   : ('global' | 'thread' | 'auto' | 'kernel' | '__k') ':' ;

ELLIPSIS : '...' ;
STAR     : '*' ;

FLOAT_LIT
    : [0-9]+ '.' [0-9]* EXPONENT? [fFlL]?
    | '.' [0-9]+ EXPONENT? [fFlL]?
    | [0-9]+ EXPONENT [fFlL]?
    ;
fragment EXPONENT : [eE] [+-]? [0-9]+ ;

INT_LIT
    : ( '0' [xX] [0-9a-fA-F]+ | [0-9]+ ) [uUlL]*
    ;

CHAR_LIT   : '\'' ( ESC | ~['\\\r\n] ) '\'' ;
STRING_LIT : '"' ( ESC | ~["\\\r\n] )* '"' ;
fragment ESC : '\\' . ;

// `$1` (script argument) or `$NAME` (environment variable).
DOLLAR : '$' [a-zA-Z0-9_]+ ;

ID : [a-zA-Z_] [a-zA-Z0-9_]* ;

BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
// `#!/usr/bin/probevue`, `#include`, commented-out lines: a `#` that starts a line.
// The predicate looks back from the token's start, and stands at the rule's end: a
// predicate at a rule's start makes the lexer's start state depend on it, so ANTLR
// cannot cache that state and recomputes it for every token (~1 ms each).
HASH_LINE     : [ \t]* '#' ~[\r\n]* {self.tokenAtLineStart()}? -> skip ;
WS            : [ \t\r\n\f]+ -> skip ;
