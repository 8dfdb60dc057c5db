/*
 * The DTrace D language (the core used by tracing scripts).
 *
 * Regenerate the committed parser with
 *     python -m xtrace.grammars.regen --lang d
 *
 * Two places differ from a textbook C grammar:
 *  - Probe descriptions (`syscall::open*:entry`, `profile:::tick-1s`) are not
 *    one token: DTrace's lexer switches state for them, ANTLR cannot without
 *    parser feedback. Here a description is a run of probe tokens; the lowering
 *    rebuilds its text and rejects runs that are not contiguous.
 *  - The predicate `/expr/` reuses `/`; `predicate` comes right before the block,
 *    and since `{` cannot start an operand, the parser knows a `/` followed by
 *    `{` closes the predicate while any other `/` divides.
 */
grammar D;

program
    : topItem* EOF
    ;

topItem
    : DIRECTIVE                                     # DirectiveItem
    | declaration                                   # DeclarationItem
    | inlineDecl                                    # InlineItem
    | typeDecl                                      # TypeDeclItem
    | translatorDecl                                # TranslatorItem
    | clause                                        # ClauseItem
    | ';'                                           # EmptyItem
    ;

// ------------------------------------------------------------------ clauses

clause
    : probeDescList predicate? block
    ;

probeDescList
    : probeDesc (',' probeDesc)*
    ;

probeDesc
    : probeToken+
    ;

// Anything that may appear inside `provider:module:function:name`, globs included.
probeToken
    : IDENT | TYPEDEF_NAME | INT | FLOAT | MACRO | keyword
    | ':' | '*' | '?' | '-' | '[' | ']' | '.' | '!'
    ;

predicate
    : '/' (expr | commaExpr) '/'
    ;

block
    : '{' statement* tailStatement? '}'
    ;

statement
    : expr ';'                                      # ExprStatement
    | commaExpr ';'                                 # CommaStatement
    | ';'                                           # EmptyStatement
    | K_IF '(' (expr | commaExpr) ')' statement (K_ELSE statement)?   # IfStatement
    | block                                         # BlockStatement
    ;

// D lets the last statement of a block omit its ';'.
tailStatement
    : expr | commaExpr
    ;

// ------------------------------------------------------------- declarations

declaration
    : scope=(K_SELF | K_THIS)? declType declarator (',' declarator)* ';'
    ;

declType
    : typeQual* (typeSpec+ | IDENT | TYPEDEF_NAME)
    ;

// `inline int NAME = expr;`: a named constant; `inline string NAME[int32_t p] =
// expr;` one with parameters, used as `NAME[v]` (illumos' tcp.d, signal names).
inlineDecl
    : K_INLINE declType '*'* IDENT inlineParams? '=' expr ';'
    ;

inlineParams
    : '[' inlineParam (',' inlineParam)* ']'
    ;

// a parameter may be a pointer or an array (`char data[14]`), as C declares one:
// dt_grammar.y's parameter_declaration takes any declarator
inlineParam
    : declType '*'* IDENT ('[' INT ']')?
    ;

// `struct foo { ... };`, `enum { A, B = 5 };`, `typedef struct foo foo_t;`
// (a typedef may define the struct it names, and may name nothing, as C allows),
// `struct foo { ... } x, *p;` (the type and variables of it at once).
typeDecl
    : K_TYPEDEF typeQual* typeBody typedefName? ';'
    | typeBody ';'
    | scope=(K_SELF | K_THIS)? souBody declarator (',' declarator)* ';'
    ;

typeBody
    : souBody | enumBody | typeSpec+ | IDENT | TYPEDEF_NAME
    ;

typedefName
    : '*'* IDENT ('[' INT ']')?
    ;

souBody
    : tag=(K_STRUCT | K_UNION) IDENT? '{' memberDecl* '}'
    ;

memberDecl
    : typeQual* typeBody memberDeclarator (',' memberDeclarator)* ';'
    ;

memberDeclarator
    : '*'* name ('[' INT ']')* (':' INT)?
    ;

enumBody
    : K_ENUM IDENT? '{' enumerator (',' enumerator)* ','? '}'
    ;

enumerator
    : IDENT ('=' expr)?
    ;

// `translator output_t < input_t *I > { member = expr; ... };`
translatorDecl
    : K_TRANSLATOR out=typeName '<' in_=typeName IDENT '>' '{' translatorMember* '}' ';'
    ;

translatorMember
    : name '=' expr ';'
    ;

declarator
    : '*'* IDENT ('[' (declKeys | INT)? ']')?
    ;

declKeys
    : typeName (',' typeName)*
    ;

typeName
    : typeQual* (typeSpec+ | IDENT | TYPEDEF_NAME) '*'*
    ;

// Casts only accept names built from keywords or the standard typedef names
// (TYPEDEF_NAME), so `(x) - y` stays a subtraction.
castType
    : typeQual* (typeSpec+ | TYPEDEF_NAME) '*'*
    | typeQual* IDENT '*'+      // a script's own typedef: only as a pointer is it unambiguous
    ;

// A tag may be scoped to a module, as D scopes names with its backquote
// (`struct vmlinux`task_struct`, dt_lex.l's identifiers take a backquote).
typeSpec
    : K_CHAR | K_SHORT | K_INT | K_LONG | K_SIGNED | K_UNSIGNED | K_VOID | K_STRING
    | (K_STRUCT | K_UNION | K_ENUM) (IDENT | KSYM)
    ;

typeQual
    : K_CONST | K_VOLATILE
    ;

// ------------------------------------------------------------- expressions

// Alternatives are listed from the tightest binding to the loosest (C order).
expr
    : primary                                       # PrimaryExpr
    | expr '[' exprList ']'                         # IndexExpr
    | expr op=('->' | '.') name                     # MemberExpr
    | expr op=('++' | '--')                         # PostIncDecExpr
    | op=('++' | '--') expr                         # PreIncDecExpr
    | op=('-' | '+' | '!' | '~' | '*' | '&') expr   # UnaryExpr
    | '(' castType ')' expr                         # CastExpr
    | K_SIZEOF '(' typeName ')'                     # SizeofExpr
    | K_SIZEOF expr                                 # SizeofExpr
    | K_STRINGOF expr                               # StringofExpr
    | K_OFFSETOF '(' (typeName | KSYM) ',' name ')' # OffsetofExpr
    | expr op=('*' | '/' | '%') expr                # BinaryExpr
    | expr op=('+' | '-') expr                      # BinaryExpr
    | expr op=('<<' | '>>') expr                    # BinaryExpr
    | expr op=('<' | '<=' | '>' | '>=') expr        # BinaryExpr
    | expr op=('==' | '!=') expr                    # BinaryExpr
    | expr op='&' expr                              # BinaryExpr
    | expr op='^' expr                              # BinaryExpr
    | expr op='|' expr                              # BinaryExpr
    | expr op='&&' expr                             # BinaryExpr
    | expr op='^^' expr                             # BinaryExpr
    | expr op='||' expr                             # BinaryExpr
    | <assoc=right> expr '?' expr ':' expr          # TernaryExpr
    | <assoc=right> expr op=('=' | '+=' | '-=' | '*=' | '/=' | '%='
                            | '&=' | '|=' | '^=' | '<<=' | '>>=') expr   # AssignExpr
    ;

primary
    : IDENT '(' exprList? ')'                       # CallPrimary
    | IDENT                                         # IdentPrimary
    | AGG                                           # AggPrimary
    | KSYM                                          # KsymPrimary
    | K_SELF '->' name                              # SelfPrimary
    | K_THIS '->' name                              # ThisPrimary
    | INT                                           # IntPrimary
    | CHAR_LIT                                      # CharPrimary
    | STRING_LIT                                    # StringPrimary
    | MACRO                                         # MacroPrimary
    | K_XLATE '<' typeName '>' '(' expr ')'         # XlatePrimary
    | '(' expr ')'                                  # ParenPrimary
    | '(' commaExpr ')'                             # CommaPrimary
    ;

exprList
    : expr (',' expr)*
    ;

// D's comma operator (dt_grammar.y's `expression`): the operands are evaluated
// left to right and the last one is the value. Where D's grammar takes a list
// (a call's arguments, an index's keys) a comma separates, so only a predicate,
// a statement and parentheses take it.
commaExpr
    : expr (',' expr)+
    ;

// Member names may collide with D keywords (`self->string`).
name
    : IDENT | TYPEDEF_NAME | keyword
    ;

keyword
    : K_SELF | K_THIS | K_IF | K_ELSE | K_SIZEOF | K_STRINGOF
    | K_CHAR | K_SHORT | K_INT | K_LONG | K_SIGNED | K_UNSIGNED | K_VOID | K_STRING
    | K_STRUCT | K_UNION | K_ENUM | K_CONST | K_VOLATILE | K_INLINE
    | K_TYPEDEF | K_TRANSLATOR | K_XLATE | K_OFFSETOF
    ;

// ------------------------------------------------------------------- lexer

K_SELF     : 'self';
K_THIS     : 'this';
K_IF       : 'if';
K_ELSE     : 'else';
K_SIZEOF   : 'sizeof';
K_STRINGOF : 'stringof';
K_CHAR     : 'char';
K_SHORT    : 'short';
K_INT      : 'int';
K_LONG     : 'long';
K_SIGNED   : 'signed';
K_UNSIGNED : 'unsigned';
K_VOID     : 'void';
K_STRING   : 'string';
K_STRUCT   : 'struct';
K_UNION    : 'union';
K_ENUM     : 'enum';
K_CONST    : 'const';
K_VOLATILE : 'volatile';
K_INLINE   : 'inline';
K_TYPEDEF  : 'typedef';
K_TRANSLATOR : 'translator';
K_XLATE    : 'xlate';
K_OFFSETOF : 'offsetof';

// `#pragma D option ...`, the `#!` line and any other cpp line; the lowering
// decides what each means (pragmas are handled, cpp directives rejected).
DIRECTIVE  : '#' ~[\r\n]*;

// The typedefs of D's standard headers, one token so casts to them parse.
TYPEDEF_NAME
    : 'int8_t' | 'int16_t' | 'int32_t' | 'int64_t' | 'uint8_t' | 'uint16_t' | 'uint32_t'
    | 'uint64_t' | 'intptr_t' | 'uintptr_t' | 'size_t' | 'ssize_t' | 'pid_t' | 'uid_t'
    | 'gid_t' | 'id_t' | 'uchar_t' | 'ushort_t' | 'uint_t' | 'ulong_t' | 'longlong_t'
    | 'u_longlong_t' | 'off_t' | 'caddr_t' | 'processorid_t' | 'hrtime_t' | 'time_t'
    | 'dev_t' | 'mode_t' | 'zoneid_t'
    ;
IDENT      : [a-zA-Z_] [a-zA-Z_0-9]*;
// A kernel symbol: `name, or module`name (the backquote is D's scoping operator).
KSYM       : ([a-zA-Z_] [a-zA-Z_0-9]*)? '`' [a-zA-Z_] [a-zA-Z_0-9]*;
AGG        : '@' ([a-zA-Z_] [a-zA-Z_0-9]*)?;  // as dt_lex.l: a name cannot start with a digit
MACRO      : '$' '$'? [a-zA-Z_0-9]+;
// Octal digits are checked by the lowering, so `08` gets a clear message.
INT        : ('0' [xX] [0-9a-fA-F]+ | [0-9]+) [uUlL]*;
CHAR_LIT   : '\'' (~['\\\r\n] | '\\' .)+ '\'';
STRING_LIT : '"' (~["\\\r\n] | '\\' .)* '"';
// What dt_lex.l rejects with a message of its own (frontends/d/syntax.py words
// them): a floating-point constant, a string or character constant a newline
// ends, an empty character constant, a comment the file ends inside
FLOAT      : [0-9]+ '.' [0-9]* FP_EXP? [fFlL]? | '.' [0-9]+ FP_EXP? [fFlL]? | [0-9]+ FP_EXP [fFlL]?;
fragment FP_EXP : [eE] [+-]? [0-9]+;
STRING_NL  : '"' (~["\\\r\n] | '\\' ~[\r\n])* [\r\n];
CHAR_NL    : '\'' (~['\\\r\n] | '\\' ~[\r\n])* [\r\n];
CHAR_EMPTY : '\'\'';

BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
COMMENT_EOF   : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN);
WS            : [ \t\r\n\f]+ -> skip;
// dt_lex.l discards a backslash ending a line (`<S0>"\\"\n`): a predicate or an
// expression may be continued on the next line as in C
LINE_SPLICE   : '\\' '\r'? '\n' -> skip;

LBRACE : '{';  RBRACE : '}';  LPAREN : '(';  RPAREN : ')';
LBRACK : '[';  RBRACK : ']';  SEMI : ';';    COMMA : ',';
COLON : ':';   QUESTION : '?'; DOT : '.';    ARROW : '->';
INC : '++';    DEC : '--';
PLUS : '+';    MINUS : '-';   STAR : '*';    DIV : '/';    MOD : '%';
SHL : '<<';    SHR : '>>';
LT : '<';      LE : '<=';     GT : '>';      GE : '>=';
EQ : '==';     NE : '!=';
AMP : '&';     CARET : '^';   PIPE : '|';    TILDE : '~';  BANG : '!';
ANDAND : '&&'; XORXOR : '^^'; OROR : '||';
ASSIGN : '=';
ADD_ASSIGN : '+=';  SUB_ASSIGN : '-=';  MUL_ASSIGN : '*=';  DIV_ASSIGN : '/=';
MOD_ASSIGN : '%=';  AND_ASSIGN : '&=';  OR_ASSIGN : '|=';   XOR_ASSIGN : '^=';
SHL_ASSIGN : '<<='; SHR_ASSIGN : '>>=';

// Anything else is a syntax error at its own position rather than a lexer crash.
ERROR_CHAR : .;
