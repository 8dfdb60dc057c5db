# Generated from D.g4 by ANTLR 4.13.2
# encoding: utf-8
from antlr4 import *
from io import StringIO
import sys
if sys.version_info[1] > 5:
	from typing import TextIO
else:
	from typing.io import TextIO

def serializedATN():
    return [
        4,1,76,347,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,7,
        6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,13,
        2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,20,
        7,20,2,21,7,21,2,22,7,22,1,0,5,0,48,8,0,10,0,12,0,51,9,0,1,0,1,0,
        1,1,1,1,1,1,1,1,3,1,59,8,1,1,2,1,2,3,2,63,8,2,1,2,1,2,1,3,1,3,1,
        3,5,3,70,8,3,10,3,12,3,73,9,3,1,4,4,4,76,8,4,11,4,12,4,77,1,5,1,
        5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,3,5,92,8,5,1,6,1,6,1,6,
        1,6,1,7,1,7,5,7,100,8,7,10,7,12,7,103,9,7,1,7,3,7,106,8,7,1,7,1,
        7,1,8,1,8,1,8,1,8,1,8,1,8,1,8,1,8,1,8,1,8,1,8,3,8,121,8,8,1,8,3,
        8,124,8,8,1,9,1,9,1,10,3,10,129,8,10,1,10,1,10,1,10,1,10,5,10,135,
        8,10,10,10,12,10,138,9,10,1,10,1,10,1,11,5,11,143,8,11,10,11,12,
        11,146,9,11,1,11,4,11,149,8,11,11,11,12,11,150,1,11,3,11,154,8,11,
        1,12,5,12,157,8,12,10,12,12,12,160,9,12,1,12,1,12,1,12,1,12,3,12,
        166,8,12,1,12,3,12,169,8,12,1,13,1,13,1,13,5,13,174,8,13,10,13,12,
        13,177,9,13,1,14,5,14,180,8,14,10,14,12,14,183,9,14,1,14,4,14,186,
        8,14,11,14,12,14,187,1,14,3,14,191,8,14,1,14,5,14,194,8,14,10,14,
        12,14,197,9,14,1,15,5,15,200,8,15,10,15,12,15,203,9,15,1,15,4,15,
        206,8,15,11,15,12,15,207,1,15,5,15,211,8,15,10,15,12,15,214,9,15,
        1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,3,16,226,8,16,
        1,17,1,17,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,
        1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,3,18,250,8,18,1,18,
        1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,
        1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,
        1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,
        1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,5,18,
        304,8,18,10,18,12,18,307,9,18,1,19,1,19,1,19,3,19,312,8,19,1,19,
        1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,
        1,19,1,19,1,19,3,19,331,8,19,1,20,1,20,1,20,5,20,336,8,20,10,20,
        12,20,339,9,20,1,21,1,21,3,21,343,8,21,1,22,1,22,1,22,0,1,36,23,
        0,2,4,6,8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38,40,42,44,
        0,13,1,0,1,2,1,0,15,17,1,0,18,19,1,0,42,43,3,0,44,46,57,57,60,61,
        1,0,46,48,1,0,44,45,1,0,49,50,1,0,51,54,1,0,55,56,1,0,65,75,1,0,
        40,41,1,0,1,19,406,0,49,1,0,0,0,2,58,1,0,0,0,4,60,1,0,0,0,6,66,1,
        0,0,0,8,75,1,0,0,0,10,91,1,0,0,0,12,93,1,0,0,0,14,97,1,0,0,0,16,
        123,1,0,0,0,18,125,1,0,0,0,20,128,1,0,0,0,22,144,1,0,0,0,24,158,
        1,0,0,0,26,170,1,0,0,0,28,181,1,0,0,0,30,201,1,0,0,0,32,225,1,0,
        0,0,34,227,1,0,0,0,36,249,1,0,0,0,38,330,1,0,0,0,40,332,1,0,0,0,
        42,342,1,0,0,0,44,344,1,0,0,0,46,48,3,2,1,0,47,46,1,0,0,0,48,51,
        1,0,0,0,49,47,1,0,0,0,49,50,1,0,0,0,50,52,1,0,0,0,51,49,1,0,0,0,
        52,53,5,0,0,1,53,1,1,0,0,0,54,59,5,20,0,0,55,59,3,20,10,0,56,59,
        3,4,2,0,57,59,5,36,0,0,58,54,1,0,0,0,58,55,1,0,0,0,58,56,1,0,0,0,
        58,57,1,0,0,0,59,3,1,0,0,0,60,62,3,6,3,0,61,63,3,12,6,0,62,61,1,
        0,0,0,62,63,1,0,0,0,63,64,1,0,0,0,64,65,3,14,7,0,65,5,1,0,0,0,66,
        71,3,8,4,0,67,68,5,37,0,0,68,70,3,8,4,0,69,67,1,0,0,0,70,73,1,0,
        0,0,71,69,1,0,0,0,71,72,1,0,0,0,72,7,1,0,0,0,73,71,1,0,0,0,74,76,
        3,10,5,0,75,74,1,0,0,0,76,77,1,0,0,0,77,75,1,0,0,0,77,78,1,0,0,0,
        78,9,1,0,0,0,79,92,5,21,0,0,80,92,5,24,0,0,81,92,5,23,0,0,82,92,
        3,44,22,0,83,92,5,38,0,0,84,92,5,46,0,0,85,92,5,39,0,0,86,92,5,45,
        0,0,87,92,5,34,0,0,88,92,5,35,0,0,89,92,5,40,0,0,90,92,5,61,0,0,
        91,79,1,0,0,0,91,80,1,0,0,0,91,81,1,0,0,0,91,82,1,0,0,0,91,83,1,
        0,0,0,91,84,1,0,0,0,91,85,1,0,0,0,91,86,1,0,0,0,91,87,1,0,0,0,91,
        88,1,0,0,0,91,89,1,0,0,0,91,90,1,0,0,0,92,11,1,0,0,0,93,94,5,47,
        0,0,94,95,3,36,18,0,95,96,5,47,0,0,96,13,1,0,0,0,97,101,5,30,0,0,
        98,100,3,16,8,0,99,98,1,0,0,0,100,103,1,0,0,0,101,99,1,0,0,0,101,
        102,1,0,0,0,102,105,1,0,0,0,103,101,1,0,0,0,104,106,3,18,9,0,105,
        104,1,0,0,0,105,106,1,0,0,0,106,107,1,0,0,0,107,108,5,31,0,0,108,
        15,1,0,0,0,109,110,3,36,18,0,110,111,5,36,0,0,111,124,1,0,0,0,112,
        124,5,36,0,0,113,114,5,3,0,0,114,115,5,32,0,0,115,116,3,36,18,0,
        116,117,5,33,0,0,117,120,3,16,8,0,118,119,5,4,0,0,119,121,3,16,8,
        0,120,118,1,0,0,0,120,121,1,0,0,0,121,124,1,0,0,0,122,124,3,14,7,
        0,123,109,1,0,0,0,123,112,1,0,0,0,123,113,1,0,0,0,123,122,1,0,0,
        0,124,17,1,0,0,0,125,126,3,36,18,0,126,19,1,0,0,0,127,129,7,0,0,
        0,128,127,1,0,0,0,128,129,1,0,0,0,129,130,1,0,0,0,130,131,3,22,11,
        0,131,136,3,24,12,0,132,133,5,37,0,0,133,135,3,24,12,0,134,132,1,
        0,0,0,135,138,1,0,0,0,136,134,1,0,0,0,136,137,1,0,0,0,137,139,1,
        0,0,0,138,136,1,0,0,0,139,140,5,36,0,0,140,21,1,0,0,0,141,143,3,
        34,17,0,142,141,1,0,0,0,143,146,1,0,0,0,144,142,1,0,0,0,144,145,
        1,0,0,0,145,153,1,0,0,0,146,144,1,0,0,0,147,149,3,32,16,0,148,147,
        1,0,0,0,149,150,1,0,0,0,150,148,1,0,0,0,150,151,1,0,0,0,151,154,
        1,0,0,0,152,154,5,21,0,0,153,148,1,0,0,0,153,152,1,0,0,0,154,23,
        1,0,0,0,155,157,5,46,0,0,156,155,1,0,0,0,157,160,1,0,0,0,158,156,
        1,0,0,0,158,159,1,0,0,0,159,161,1,0,0,0,160,158,1,0,0,0,161,168,
        5,21,0,0,162,165,5,34,0,0,163,166,3,26,13,0,164,166,5,24,0,0,165,
        163,1,0,0,0,165,164,1,0,0,0,165,166,1,0,0,0,166,167,1,0,0,0,167,
        169,5,35,0,0,168,162,1,0,0,0,168,169,1,0,0,0,169,25,1,0,0,0,170,
        175,3,28,14,0,171,172,5,37,0,0,172,174,3,28,14,0,173,171,1,0,0,0,
        174,177,1,0,0,0,175,173,1,0,0,0,175,176,1,0,0,0,176,27,1,0,0,0,177,
        175,1,0,0,0,178,180,3,34,17,0,179,178,1,0,0,0,180,183,1,0,0,0,181,
        179,1,0,0,0,181,182,1,0,0,0,182,190,1,0,0,0,183,181,1,0,0,0,184,
        186,3,32,16,0,185,184,1,0,0,0,186,187,1,0,0,0,187,185,1,0,0,0,187,
        188,1,0,0,0,188,191,1,0,0,0,189,191,5,21,0,0,190,185,1,0,0,0,190,
        189,1,0,0,0,191,195,1,0,0,0,192,194,5,46,0,0,193,192,1,0,0,0,194,
        197,1,0,0,0,195,193,1,0,0,0,195,196,1,0,0,0,196,29,1,0,0,0,197,195,
        1,0,0,0,198,200,3,34,17,0,199,198,1,0,0,0,200,203,1,0,0,0,201,199,
        1,0,0,0,201,202,1,0,0,0,202,205,1,0,0,0,203,201,1,0,0,0,204,206,
        3,32,16,0,205,204,1,0,0,0,206,207,1,0,0,0,207,205,1,0,0,0,207,208,
        1,0,0,0,208,212,1,0,0,0,209,211,5,46,0,0,210,209,1,0,0,0,211,214,
        1,0,0,0,212,210,1,0,0,0,212,213,1,0,0,0,213,31,1,0,0,0,214,212,1,
        0,0,0,215,226,5,7,0,0,216,226,5,8,0,0,217,226,5,9,0,0,218,226,5,
        10,0,0,219,226,5,11,0,0,220,226,5,12,0,0,221,226,5,13,0,0,222,226,
        5,14,0,0,223,224,7,1,0,0,224,226,5,21,0,0,225,215,1,0,0,0,225,216,
        1,0,0,0,225,217,1,0,0,0,225,218,1,0,0,0,225,219,1,0,0,0,225,220,
        1,0,0,0,225,221,1,0,0,0,225,222,1,0,0,0,225,223,1,0,0,0,226,33,1,
        0,0,0,227,228,7,2,0,0,228,35,1,0,0,0,229,230,6,18,-1,0,230,250,3,
        38,19,0,231,232,7,3,0,0,232,250,3,36,18,19,233,234,7,4,0,0,234,250,
        3,36,18,18,235,236,5,32,0,0,236,237,3,30,15,0,237,238,5,33,0,0,238,
        239,3,36,18,17,239,250,1,0,0,0,240,241,5,5,0,0,241,242,5,32,0,0,
        242,243,3,28,14,0,243,244,5,33,0,0,244,250,1,0,0,0,245,246,5,5,0,
        0,246,250,3,36,18,15,247,248,5,6,0,0,248,250,3,36,18,14,249,229,
        1,0,0,0,249,231,1,0,0,0,249,233,1,0,0,0,249,235,1,0,0,0,249,240,
        1,0,0,0,249,245,1,0,0,0,249,247,1,0,0,0,250,305,1,0,0,0,251,252,
        10,13,0,0,252,253,7,5,0,0,253,304,3,36,18,14,254,255,10,12,0,0,255,
        256,7,6,0,0,256,304,3,36,18,13,257,258,10,11,0,0,258,259,7,7,0,0,
        259,304,3,36,18,12,260,261,10,10,0,0,261,262,7,8,0,0,262,304,3,36,
        18,11,263,264,10,9,0,0,264,265,7,9,0,0,265,304,3,36,18,10,266,267,
        10,8,0,0,267,268,5,57,0,0,268,304,3,36,18,9,269,270,10,7,0,0,270,
        271,5,58,0,0,271,304,3,36,18,8,272,273,10,6,0,0,273,274,5,59,0,0,
        274,304,3,36,18,7,275,276,10,5,0,0,276,277,5,62,0,0,277,304,3,36,
        18,6,278,279,10,4,0,0,279,280,5,63,0,0,280,304,3,36,18,5,281,282,
        10,3,0,0,282,283,5,64,0,0,283,304,3,36,18,4,284,285,10,2,0,0,285,
        286,5,39,0,0,286,287,3,36,18,0,287,288,5,38,0,0,288,289,3,36,18,
        2,289,304,1,0,0,0,290,291,10,1,0,0,291,292,7,10,0,0,292,304,3,36,
        18,1,293,294,10,22,0,0,294,295,5,34,0,0,295,296,3,40,20,0,296,297,
        5,35,0,0,297,304,1,0,0,0,298,299,10,21,0,0,299,300,7,11,0,0,300,
        304,3,42,21,0,301,302,10,20,0,0,302,304,7,3,0,0,303,251,1,0,0,0,
        303,254,1,0,0,0,303,257,1,0,0,0,303,260,1,0,0,0,303,263,1,0,0,0,
        303,266,1,0,0,0,303,269,1,0,0,0,303,272,1,0,0,0,303,275,1,0,0,0,
        303,278,1,0,0,0,303,281,1,0,0,0,303,284,1,0,0,0,303,290,1,0,0,0,
        303,293,1,0,0,0,303,298,1,0,0,0,303,301,1,0,0,0,304,307,1,0,0,0,
        305,303,1,0,0,0,305,306,1,0,0,0,306,37,1,0,0,0,307,305,1,0,0,0,308,
        309,5,21,0,0,309,311,5,32,0,0,310,312,3,40,20,0,311,310,1,0,0,0,
        311,312,1,0,0,0,312,313,1,0,0,0,313,331,5,33,0,0,314,331,5,21,0,
        0,315,331,5,22,0,0,316,317,5,1,0,0,317,318,5,41,0,0,318,331,3,42,
        21,0,319,320,5,2,0,0,320,321,5,41,0,0,321,331,3,42,21,0,322,331,
        5,24,0,0,323,331,5,25,0,0,324,331,5,26,0,0,325,331,5,23,0,0,326,
        327,5,32,0,0,327,328,3,36,18,0,328,329,5,33,0,0,329,331,1,0,0,0,
        330,308,1,0,0,0,330,314,1,0,0,0,330,315,1,0,0,0,330,316,1,0,0,0,
        330,319,1,0,0,0,330,322,1,0,0,0,330,323,1,0,0,0,330,324,1,0,0,0,
        330,325,1,0,0,0,330,326,1,0,0,0,331,39,1,0,0,0,332,337,3,36,18,0,
        333,334,5,37,0,0,334,336,3,36,18,0,335,333,1,0,0,0,336,339,1,0,0,
        0,337,335,1,0,0,0,337,338,1,0,0,0,338,41,1,0,0,0,339,337,1,0,0,0,
        340,343,5,21,0,0,341,343,3,44,22,0,342,340,1,0,0,0,342,341,1,0,0,
        0,343,43,1,0,0,0,344,345,7,12,0,0,345,45,1,0,0,0,34,49,58,62,71,
        77,91,101,105,120,123,128,136,144,150,153,158,165,168,175,181,187,
        190,195,201,207,212,225,249,303,305,311,330,337,342
    ]

class DParser ( Parser ):

    grammarFileName = "D.g4"

    atn = ATNDeserializer().deserialize(serializedATN())

    decisionsToDFA = [ DFA(ds, i) for i, ds in enumerate(atn.decisionToState) ]

    sharedContextCache = PredictionContextCache()

    literalNames = [ "<INVALID>", "'self'", "'this'", "'if'", "'else'", 
                     "'sizeof'", "'stringof'", "'char'", "'short'", "'int'", 
                     "'long'", "'signed'", "'unsigned'", "'void'", "'string'", 
                     "'struct'", "'union'", "'enum'", "'const'", "'volatile'", 
                     "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                     "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                     "<INVALID>", "<INVALID>", "'{'", "'}'", "'('", "')'", 
                     "'['", "']'", "';'", "','", "':'", "'?'", "'.'", "'->'", 
                     "'++'", "'--'", "'+'", "'-'", "'*'", "'/'", "'%'", 
                     "'<<'", "'>>'", "'<'", "'<='", "'>'", "'>='", "'=='", 
                     "'!='", "'&'", "'^'", "'|'", "'~'", "'!'", "'&&'", 
                     "'^^'", "'||'", "'='", "'+='", "'-='", "'*='", "'/='", 
                     "'%='", "'&='", "'|='", "'^='", "'<<='", "'>>='" ]

    symbolicNames = [ "<INVALID>", "K_SELF", "K_THIS", "K_IF", "K_ELSE", 
                      "K_SIZEOF", "K_STRINGOF", "K_CHAR", "K_SHORT", "K_INT", 
                      "K_LONG", "K_SIGNED", "K_UNSIGNED", "K_VOID", "K_STRING", 
                      "K_STRUCT", "K_UNION", "K_ENUM", "K_CONST", "K_VOLATILE", 
                      "DIRECTIVE", "IDENT", "AGG", "MACRO", "INT", "CHAR_LIT", 
                      "STRING_LIT", "BLOCK_COMMENT", "LINE_COMMENT", "WS", 
                      "LBRACE", "RBRACE", "LPAREN", "RPAREN", "LBRACK", 
                      "RBRACK", "SEMI", "COMMA", "COLON", "QUESTION", "DOT", 
                      "ARROW", "INC", "DEC", "PLUS", "MINUS", "STAR", "DIV", 
                      "MOD", "SHL", "SHR", "LT", "LE", "GT", "GE", "EQ", 
                      "NE", "AMP", "CARET", "PIPE", "TILDE", "BANG", "ANDAND", 
                      "XORXOR", "OROR", "ASSIGN", "ADD_ASSIGN", "SUB_ASSIGN", 
                      "MUL_ASSIGN", "DIV_ASSIGN", "MOD_ASSIGN", "AND_ASSIGN", 
                      "OR_ASSIGN", "XOR_ASSIGN", "SHL_ASSIGN", "SHR_ASSIGN", 
                      "ERROR_CHAR" ]

    RULE_program = 0
    RULE_topItem = 1
    RULE_clause = 2
    RULE_probeDescList = 3
    RULE_probeDesc = 4
    RULE_probeToken = 5
    RULE_predicate = 6
    RULE_block = 7
    RULE_statement = 8
    RULE_tailStatement = 9
    RULE_declaration = 10
    RULE_declType = 11
    RULE_declarator = 12
    RULE_declKeys = 13
    RULE_typeName = 14
    RULE_castType = 15
    RULE_typeSpec = 16
    RULE_typeQual = 17
    RULE_expr = 18
    RULE_primary = 19
    RULE_exprList = 20
    RULE_name = 21
    RULE_keyword = 22

    ruleNames =  [ "program", "topItem", "clause", "probeDescList", "probeDesc", 
                   "probeToken", "predicate", "block", "statement", "tailStatement", 
                   "declaration", "declType", "declarator", "declKeys", 
                   "typeName", "castType", "typeSpec", "typeQual", "expr", 
                   "primary", "exprList", "name", "keyword" ]

    EOF = Token.EOF
    K_SELF=1
    K_THIS=2
    K_IF=3
    K_ELSE=4
    K_SIZEOF=5
    K_STRINGOF=6
    K_CHAR=7
    K_SHORT=8
    K_INT=9
    K_LONG=10
    K_SIGNED=11
    K_UNSIGNED=12
    K_VOID=13
    K_STRING=14
    K_STRUCT=15
    K_UNION=16
    K_ENUM=17
    K_CONST=18
    K_VOLATILE=19
    DIRECTIVE=20
    IDENT=21
    AGG=22
    MACRO=23
    INT=24
    CHAR_LIT=25
    STRING_LIT=26
    BLOCK_COMMENT=27
    LINE_COMMENT=28
    WS=29
    LBRACE=30
    RBRACE=31
    LPAREN=32
    RPAREN=33
    LBRACK=34
    RBRACK=35
    SEMI=36
    COMMA=37
    COLON=38
    QUESTION=39
    DOT=40
    ARROW=41
    INC=42
    DEC=43
    PLUS=44
    MINUS=45
    STAR=46
    DIV=47
    MOD=48
    SHL=49
    SHR=50
    LT=51
    LE=52
    GT=53
    GE=54
    EQ=55
    NE=56
    AMP=57
    CARET=58
    PIPE=59
    TILDE=60
    BANG=61
    ANDAND=62
    XORXOR=63
    OROR=64
    ASSIGN=65
    ADD_ASSIGN=66
    SUB_ASSIGN=67
    MUL_ASSIGN=68
    DIV_ASSIGN=69
    MOD_ASSIGN=70
    AND_ASSIGN=71
    OR_ASSIGN=72
    XOR_ASSIGN=73
    SHL_ASSIGN=74
    SHR_ASSIGN=75
    ERROR_CHAR=76

    def __init__(self, input:TokenStream, output:TextIO = sys.stdout):
        super().__init__(input, output)
        self.checkVersion("4.13.2")
        self._interp = ParserATNSimulator(self, self.atn, self.decisionsToDFA, self.sharedContextCache)
        self._predicates = None




    class ProgramContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def EOF(self):
            return self.getToken(DParser.EOF, 0)

        def topItem(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.TopItemContext)
            else:
                return self.getTypedRuleContext(DParser.TopItemContext,i)


        def getRuleIndex(self):
            return DParser.RULE_program

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitProgram" ):
                return visitor.visitProgram(self)
            else:
                return visitor.visitChildren(self)




    def program(self):

        localctx = DParser.ProgramContext(self, self._ctx, self.state)
        self.enterRule(localctx, 0, self.RULE_program)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 49
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 2305950606763753470) != 0):
                self.state = 46
                self.topItem()
                self.state = 51
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 52
            self.match(DParser.EOF)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class TopItemContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser


        def getRuleIndex(self):
            return DParser.RULE_topItem

     
        def copyFrom(self, ctx:ParserRuleContext):
            super().copyFrom(ctx)



    class ClauseItemContext(TopItemContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.TopItemContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def clause(self):
            return self.getTypedRuleContext(DParser.ClauseContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitClauseItem" ):
                return visitor.visitClauseItem(self)
            else:
                return visitor.visitChildren(self)


    class DirectiveItemContext(TopItemContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.TopItemContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def DIRECTIVE(self):
            return self.getToken(DParser.DIRECTIVE, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitDirectiveItem" ):
                return visitor.visitDirectiveItem(self)
            else:
                return visitor.visitChildren(self)


    class EmptyItemContext(TopItemContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.TopItemContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def SEMI(self):
            return self.getToken(DParser.SEMI, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitEmptyItem" ):
                return visitor.visitEmptyItem(self)
            else:
                return visitor.visitChildren(self)


    class DeclarationItemContext(TopItemContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.TopItemContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def declaration(self):
            return self.getTypedRuleContext(DParser.DeclarationContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitDeclarationItem" ):
                return visitor.visitDeclarationItem(self)
            else:
                return visitor.visitChildren(self)



    def topItem(self):

        localctx = DParser.TopItemContext(self, self._ctx, self.state)
        self.enterRule(localctx, 2, self.RULE_topItem)
        try:
            self.state = 58
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,1,self._ctx)
            if la_ == 1:
                localctx = DParser.DirectiveItemContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 54
                self.match(DParser.DIRECTIVE)
                pass

            elif la_ == 2:
                localctx = DParser.DeclarationItemContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 55
                self.declaration()
                pass

            elif la_ == 3:
                localctx = DParser.ClauseItemContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 56
                self.clause()
                pass

            elif la_ == 4:
                localctx = DParser.EmptyItemContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 57
                self.match(DParser.SEMI)
                pass


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ClauseContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def probeDescList(self):
            return self.getTypedRuleContext(DParser.ProbeDescListContext,0)


        def block(self):
            return self.getTypedRuleContext(DParser.BlockContext,0)


        def predicate(self):
            return self.getTypedRuleContext(DParser.PredicateContext,0)


        def getRuleIndex(self):
            return DParser.RULE_clause

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitClause" ):
                return visitor.visitClause(self)
            else:
                return visitor.visitChildren(self)




    def clause(self):

        localctx = DParser.ClauseContext(self, self._ctx, self.state)
        self.enterRule(localctx, 4, self.RULE_clause)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 60
            self.probeDescList()
            self.state = 62
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==47:
                self.state = 61
                self.predicate()


            self.state = 64
            self.block()
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ProbeDescListContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def probeDesc(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.ProbeDescContext)
            else:
                return self.getTypedRuleContext(DParser.ProbeDescContext,i)


        def COMMA(self, i:int=None):
            if i is None:
                return self.getTokens(DParser.COMMA)
            else:
                return self.getToken(DParser.COMMA, i)

        def getRuleIndex(self):
            return DParser.RULE_probeDescList

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitProbeDescList" ):
                return visitor.visitProbeDescList(self)
            else:
                return visitor.visitChildren(self)




    def probeDescList(self):

        localctx = DParser.ProbeDescListContext(self, self._ctx, self.state)
        self.enterRule(localctx, 6, self.RULE_probeDescList)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 66
            self.probeDesc()
            self.state = 71
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==37:
                self.state = 67
                self.match(DParser.COMMA)
                self.state = 68
                self.probeDesc()
                self.state = 73
                self._errHandler.sync(self)
                _la = self._input.LA(1)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ProbeDescContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def probeToken(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.ProbeTokenContext)
            else:
                return self.getTypedRuleContext(DParser.ProbeTokenContext,i)


        def getRuleIndex(self):
            return DParser.RULE_probeDesc

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitProbeDesc" ):
                return visitor.visitProbeDesc(self)
            else:
                return visitor.visitChildren(self)




    def probeDesc(self):

        localctx = DParser.ProbeDescContext(self, self._ctx, self.state)
        self.enterRule(localctx, 8, self.RULE_probeDesc)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 75 
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while True:
                self.state = 74
                self.probeToken()
                self.state = 77 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 2305950538043228158) != 0)):
                    break

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ProbeTokenContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def IDENT(self):
            return self.getToken(DParser.IDENT, 0)

        def INT(self):
            return self.getToken(DParser.INT, 0)

        def MACRO(self):
            return self.getToken(DParser.MACRO, 0)

        def keyword(self):
            return self.getTypedRuleContext(DParser.KeywordContext,0)


        def COLON(self):
            return self.getToken(DParser.COLON, 0)

        def STAR(self):
            return self.getToken(DParser.STAR, 0)

        def QUESTION(self):
            return self.getToken(DParser.QUESTION, 0)

        def MINUS(self):
            return self.getToken(DParser.MINUS, 0)

        def LBRACK(self):
            return self.getToken(DParser.LBRACK, 0)

        def RBRACK(self):
            return self.getToken(DParser.RBRACK, 0)

        def DOT(self):
            return self.getToken(DParser.DOT, 0)

        def BANG(self):
            return self.getToken(DParser.BANG, 0)

        def getRuleIndex(self):
            return DParser.RULE_probeToken

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitProbeToken" ):
                return visitor.visitProbeToken(self)
            else:
                return visitor.visitChildren(self)




    def probeToken(self):

        localctx = DParser.ProbeTokenContext(self, self._ctx, self.state)
        self.enterRule(localctx, 10, self.RULE_probeToken)
        try:
            self.state = 91
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [21]:
                self.enterOuterAlt(localctx, 1)
                self.state = 79
                self.match(DParser.IDENT)
                pass
            elif token in [24]:
                self.enterOuterAlt(localctx, 2)
                self.state = 80
                self.match(DParser.INT)
                pass
            elif token in [23]:
                self.enterOuterAlt(localctx, 3)
                self.state = 81
                self.match(DParser.MACRO)
                pass
            elif token in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]:
                self.enterOuterAlt(localctx, 4)
                self.state = 82
                self.keyword()
                pass
            elif token in [38]:
                self.enterOuterAlt(localctx, 5)
                self.state = 83
                self.match(DParser.COLON)
                pass
            elif token in [46]:
                self.enterOuterAlt(localctx, 6)
                self.state = 84
                self.match(DParser.STAR)
                pass
            elif token in [39]:
                self.enterOuterAlt(localctx, 7)
                self.state = 85
                self.match(DParser.QUESTION)
                pass
            elif token in [45]:
                self.enterOuterAlt(localctx, 8)
                self.state = 86
                self.match(DParser.MINUS)
                pass
            elif token in [34]:
                self.enterOuterAlt(localctx, 9)
                self.state = 87
                self.match(DParser.LBRACK)
                pass
            elif token in [35]:
                self.enterOuterAlt(localctx, 10)
                self.state = 88
                self.match(DParser.RBRACK)
                pass
            elif token in [40]:
                self.enterOuterAlt(localctx, 11)
                self.state = 89
                self.match(DParser.DOT)
                pass
            elif token in [61]:
                self.enterOuterAlt(localctx, 12)
                self.state = 90
                self.match(DParser.BANG)
                pass
            else:
                raise NoViableAltException(self)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class PredicateContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def DIV(self, i:int=None):
            if i is None:
                return self.getTokens(DParser.DIV)
            else:
                return self.getToken(DParser.DIV, i)

        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)


        def getRuleIndex(self):
            return DParser.RULE_predicate

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPredicate" ):
                return visitor.visitPredicate(self)
            else:
                return visitor.visitChildren(self)




    def predicate(self):

        localctx = DParser.PredicateContext(self, self._ctx, self.state)
        self.enterRule(localctx, 12, self.RULE_predicate)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 93
            self.match(DParser.DIV)
            self.state = 94
            self.expr(0)
            self.state = 95
            self.match(DParser.DIV)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class BlockContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def LBRACE(self):
            return self.getToken(DParser.LBRACE, 0)

        def RBRACE(self):
            return self.getToken(DParser.RBRACE, 0)

        def statement(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.StatementContext)
            else:
                return self.getTypedRuleContext(DParser.StatementContext,i)


        def tailStatement(self):
            return self.getTypedRuleContext(DParser.TailStatementContext,0)


        def getRuleIndex(self):
            return DParser.RULE_block

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitBlock" ):
                return visitor.visitBlock(self)
            else:
                return visitor.visitChildren(self)




    def block(self):

        localctx = DParser.BlockContext(self, self._ctx, self.state)
        self.enterRule(localctx, 14, self.RULE_block)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 97
            self.match(DParser.LBRACE)
            self.state = 101
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,6,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    self.state = 98
                    self.statement() 
                self.state = 103
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,6,self._ctx)

            self.state = 105
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if (((_la) & ~0x3f) == 0 and ((1 << _la) & 3603016045765328998) != 0):
                self.state = 104
                self.tailStatement()


            self.state = 107
            self.match(DParser.RBRACE)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class StatementContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser


        def getRuleIndex(self):
            return DParser.RULE_statement

     
        def copyFrom(self, ctx:ParserRuleContext):
            super().copyFrom(ctx)



    class IfStatementContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def K_IF(self):
            return self.getToken(DParser.K_IF, 0)
        def LPAREN(self):
            return self.getToken(DParser.LPAREN, 0)
        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)

        def RPAREN(self):
            return self.getToken(DParser.RPAREN, 0)
        def statement(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.StatementContext)
            else:
                return self.getTypedRuleContext(DParser.StatementContext,i)

        def K_ELSE(self):
            return self.getToken(DParser.K_ELSE, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitIfStatement" ):
                return visitor.visitIfStatement(self)
            else:
                return visitor.visitChildren(self)


    class ExprStatementContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)

        def SEMI(self):
            return self.getToken(DParser.SEMI, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitExprStatement" ):
                return visitor.visitExprStatement(self)
            else:
                return visitor.visitChildren(self)


    class EmptyStatementContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def SEMI(self):
            return self.getToken(DParser.SEMI, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitEmptyStatement" ):
                return visitor.visitEmptyStatement(self)
            else:
                return visitor.visitChildren(self)


    class BlockStatementContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def block(self):
            return self.getTypedRuleContext(DParser.BlockContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitBlockStatement" ):
                return visitor.visitBlockStatement(self)
            else:
                return visitor.visitChildren(self)



    def statement(self):

        localctx = DParser.StatementContext(self, self._ctx, self.state)
        self.enterRule(localctx, 16, self.RULE_statement)
        try:
            self.state = 123
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [1, 2, 5, 6, 21, 22, 23, 24, 25, 26, 32, 42, 43, 44, 45, 46, 57, 60, 61]:
                localctx = DParser.ExprStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 109
                self.expr(0)
                self.state = 110
                self.match(DParser.SEMI)
                pass
            elif token in [36]:
                localctx = DParser.EmptyStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 112
                self.match(DParser.SEMI)
                pass
            elif token in [3]:
                localctx = DParser.IfStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 113
                self.match(DParser.K_IF)
                self.state = 114
                self.match(DParser.LPAREN)
                self.state = 115
                self.expr(0)
                self.state = 116
                self.match(DParser.RPAREN)
                self.state = 117
                self.statement()
                self.state = 120
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,8,self._ctx)
                if la_ == 1:
                    self.state = 118
                    self.match(DParser.K_ELSE)
                    self.state = 119
                    self.statement()


                pass
            elif token in [30]:
                localctx = DParser.BlockStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 122
                self.block()
                pass
            else:
                raise NoViableAltException(self)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class TailStatementContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)


        def getRuleIndex(self):
            return DParser.RULE_tailStatement

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTailStatement" ):
                return visitor.visitTailStatement(self)
            else:
                return visitor.visitChildren(self)




    def tailStatement(self):

        localctx = DParser.TailStatementContext(self, self._ctx, self.state)
        self.enterRule(localctx, 18, self.RULE_tailStatement)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 125
            self.expr(0)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class DeclarationContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser
            self.scope = None # Token

        def declType(self):
            return self.getTypedRuleContext(DParser.DeclTypeContext,0)


        def declarator(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.DeclaratorContext)
            else:
                return self.getTypedRuleContext(DParser.DeclaratorContext,i)


        def SEMI(self):
            return self.getToken(DParser.SEMI, 0)

        def COMMA(self, i:int=None):
            if i is None:
                return self.getTokens(DParser.COMMA)
            else:
                return self.getToken(DParser.COMMA, i)

        def K_SELF(self):
            return self.getToken(DParser.K_SELF, 0)

        def K_THIS(self):
            return self.getToken(DParser.K_THIS, 0)

        def getRuleIndex(self):
            return DParser.RULE_declaration

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitDeclaration" ):
                return visitor.visitDeclaration(self)
            else:
                return visitor.visitChildren(self)




    def declaration(self):

        localctx = DParser.DeclarationContext(self, self._ctx, self.state)
        self.enterRule(localctx, 20, self.RULE_declaration)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 128
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==1 or _la==2:
                self.state = 127
                localctx.scope = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==1 or _la==2):
                    localctx.scope = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()


            self.state = 130
            self.declType()
            self.state = 131
            self.declarator()
            self.state = 136
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==37:
                self.state = 132
                self.match(DParser.COMMA)
                self.state = 133
                self.declarator()
                self.state = 138
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 139
            self.match(DParser.SEMI)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class DeclTypeContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def IDENT(self):
            return self.getToken(DParser.IDENT, 0)

        def typeQual(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.TypeQualContext)
            else:
                return self.getTypedRuleContext(DParser.TypeQualContext,i)


        def typeSpec(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.TypeSpecContext)
            else:
                return self.getTypedRuleContext(DParser.TypeSpecContext,i)


        def getRuleIndex(self):
            return DParser.RULE_declType

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitDeclType" ):
                return visitor.visitDeclType(self)
            else:
                return visitor.visitChildren(self)




    def declType(self):

        localctx = DParser.DeclTypeContext(self, self._ctx, self.state)
        self.enterRule(localctx, 22, self.RULE_declType)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 144
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==18 or _la==19:
                self.state = 141
                self.typeQual()
                self.state = 146
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 153
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]:
                self.state = 148 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 147
                    self.typeSpec()
                    self.state = 150 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 262016) != 0)):
                        break

                pass
            elif token in [21]:
                self.state = 152
                self.match(DParser.IDENT)
                pass
            else:
                raise NoViableAltException(self)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class DeclaratorContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def IDENT(self):
            return self.getToken(DParser.IDENT, 0)

        def STAR(self, i:int=None):
            if i is None:
                return self.getTokens(DParser.STAR)
            else:
                return self.getToken(DParser.STAR, i)

        def LBRACK(self):
            return self.getToken(DParser.LBRACK, 0)

        def RBRACK(self):
            return self.getToken(DParser.RBRACK, 0)

        def declKeys(self):
            return self.getTypedRuleContext(DParser.DeclKeysContext,0)


        def INT(self):
            return self.getToken(DParser.INT, 0)

        def getRuleIndex(self):
            return DParser.RULE_declarator

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitDeclarator" ):
                return visitor.visitDeclarator(self)
            else:
                return visitor.visitChildren(self)




    def declarator(self):

        localctx = DParser.DeclaratorContext(self, self._ctx, self.state)
        self.enterRule(localctx, 24, self.RULE_declarator)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 158
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==46:
                self.state = 155
                self.match(DParser.STAR)
                self.state = 160
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 161
            self.match(DParser.IDENT)
            self.state = 168
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==34:
                self.state = 162
                self.match(DParser.LBRACK)
                self.state = 165
                self._errHandler.sync(self)
                token = self._input.LA(1)
                if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21]:
                    self.state = 163
                    self.declKeys()
                    pass
                elif token in [24]:
                    self.state = 164
                    self.match(DParser.INT)
                    pass
                elif token in [35]:
                    pass
                else:
                    pass
                self.state = 167
                self.match(DParser.RBRACK)


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class DeclKeysContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def typeName(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.TypeNameContext)
            else:
                return self.getTypedRuleContext(DParser.TypeNameContext,i)


        def COMMA(self, i:int=None):
            if i is None:
                return self.getTokens(DParser.COMMA)
            else:
                return self.getToken(DParser.COMMA, i)

        def getRuleIndex(self):
            return DParser.RULE_declKeys

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitDeclKeys" ):
                return visitor.visitDeclKeys(self)
            else:
                return visitor.visitChildren(self)




    def declKeys(self):

        localctx = DParser.DeclKeysContext(self, self._ctx, self.state)
        self.enterRule(localctx, 26, self.RULE_declKeys)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 170
            self.typeName()
            self.state = 175
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==37:
                self.state = 171
                self.match(DParser.COMMA)
                self.state = 172
                self.typeName()
                self.state = 177
                self._errHandler.sync(self)
                _la = self._input.LA(1)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class TypeNameContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def IDENT(self):
            return self.getToken(DParser.IDENT, 0)

        def typeQual(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.TypeQualContext)
            else:
                return self.getTypedRuleContext(DParser.TypeQualContext,i)


        def STAR(self, i:int=None):
            if i is None:
                return self.getTokens(DParser.STAR)
            else:
                return self.getToken(DParser.STAR, i)

        def typeSpec(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.TypeSpecContext)
            else:
                return self.getTypedRuleContext(DParser.TypeSpecContext,i)


        def getRuleIndex(self):
            return DParser.RULE_typeName

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTypeName" ):
                return visitor.visitTypeName(self)
            else:
                return visitor.visitChildren(self)




    def typeName(self):

        localctx = DParser.TypeNameContext(self, self._ctx, self.state)
        self.enterRule(localctx, 28, self.RULE_typeName)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 181
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==18 or _la==19:
                self.state = 178
                self.typeQual()
                self.state = 183
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 190
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]:
                self.state = 185 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 184
                    self.typeSpec()
                    self.state = 187 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 262016) != 0)):
                        break

                pass
            elif token in [21]:
                self.state = 189
                self.match(DParser.IDENT)
                pass
            else:
                raise NoViableAltException(self)

            self.state = 195
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==46:
                self.state = 192
                self.match(DParser.STAR)
                self.state = 197
                self._errHandler.sync(self)
                _la = self._input.LA(1)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class CastTypeContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def typeQual(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.TypeQualContext)
            else:
                return self.getTypedRuleContext(DParser.TypeQualContext,i)


        def typeSpec(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.TypeSpecContext)
            else:
                return self.getTypedRuleContext(DParser.TypeSpecContext,i)


        def STAR(self, i:int=None):
            if i is None:
                return self.getTokens(DParser.STAR)
            else:
                return self.getToken(DParser.STAR, i)

        def getRuleIndex(self):
            return DParser.RULE_castType

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitCastType" ):
                return visitor.visitCastType(self)
            else:
                return visitor.visitChildren(self)




    def castType(self):

        localctx = DParser.CastTypeContext(self, self._ctx, self.state)
        self.enterRule(localctx, 30, self.RULE_castType)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 201
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==18 or _la==19:
                self.state = 198
                self.typeQual()
                self.state = 203
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 205 
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while True:
                self.state = 204
                self.typeSpec()
                self.state = 207 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 262016) != 0)):
                    break

            self.state = 212
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==46:
                self.state = 209
                self.match(DParser.STAR)
                self.state = 214
                self._errHandler.sync(self)
                _la = self._input.LA(1)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class TypeSpecContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def K_CHAR(self):
            return self.getToken(DParser.K_CHAR, 0)

        def K_SHORT(self):
            return self.getToken(DParser.K_SHORT, 0)

        def K_INT(self):
            return self.getToken(DParser.K_INT, 0)

        def K_LONG(self):
            return self.getToken(DParser.K_LONG, 0)

        def K_SIGNED(self):
            return self.getToken(DParser.K_SIGNED, 0)

        def K_UNSIGNED(self):
            return self.getToken(DParser.K_UNSIGNED, 0)

        def K_VOID(self):
            return self.getToken(DParser.K_VOID, 0)

        def K_STRING(self):
            return self.getToken(DParser.K_STRING, 0)

        def IDENT(self):
            return self.getToken(DParser.IDENT, 0)

        def K_STRUCT(self):
            return self.getToken(DParser.K_STRUCT, 0)

        def K_UNION(self):
            return self.getToken(DParser.K_UNION, 0)

        def K_ENUM(self):
            return self.getToken(DParser.K_ENUM, 0)

        def getRuleIndex(self):
            return DParser.RULE_typeSpec

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTypeSpec" ):
                return visitor.visitTypeSpec(self)
            else:
                return visitor.visitChildren(self)




    def typeSpec(self):

        localctx = DParser.TypeSpecContext(self, self._ctx, self.state)
        self.enterRule(localctx, 32, self.RULE_typeSpec)
        self._la = 0 # Token type
        try:
            self.state = 225
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [7]:
                self.enterOuterAlt(localctx, 1)
                self.state = 215
                self.match(DParser.K_CHAR)
                pass
            elif token in [8]:
                self.enterOuterAlt(localctx, 2)
                self.state = 216
                self.match(DParser.K_SHORT)
                pass
            elif token in [9]:
                self.enterOuterAlt(localctx, 3)
                self.state = 217
                self.match(DParser.K_INT)
                pass
            elif token in [10]:
                self.enterOuterAlt(localctx, 4)
                self.state = 218
                self.match(DParser.K_LONG)
                pass
            elif token in [11]:
                self.enterOuterAlt(localctx, 5)
                self.state = 219
                self.match(DParser.K_SIGNED)
                pass
            elif token in [12]:
                self.enterOuterAlt(localctx, 6)
                self.state = 220
                self.match(DParser.K_UNSIGNED)
                pass
            elif token in [13]:
                self.enterOuterAlt(localctx, 7)
                self.state = 221
                self.match(DParser.K_VOID)
                pass
            elif token in [14]:
                self.enterOuterAlt(localctx, 8)
                self.state = 222
                self.match(DParser.K_STRING)
                pass
            elif token in [15, 16, 17]:
                self.enterOuterAlt(localctx, 9)
                self.state = 223
                _la = self._input.LA(1)
                if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 229376) != 0)):
                    self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 224
                self.match(DParser.IDENT)
                pass
            else:
                raise NoViableAltException(self)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class TypeQualContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def K_CONST(self):
            return self.getToken(DParser.K_CONST, 0)

        def K_VOLATILE(self):
            return self.getToken(DParser.K_VOLATILE, 0)

        def getRuleIndex(self):
            return DParser.RULE_typeQual

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTypeQual" ):
                return visitor.visitTypeQual(self)
            else:
                return visitor.visitChildren(self)




    def typeQual(self):

        localctx = DParser.TypeQualContext(self, self._ctx, self.state)
        self.enterRule(localctx, 34, self.RULE_typeQual)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 227
            _la = self._input.LA(1)
            if not(_la==18 or _la==19):
                self._errHandler.recoverInline(self)
            else:
                self._errHandler.reportMatch(self)
                self.consume()
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ExprContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser


        def getRuleIndex(self):
            return DParser.RULE_expr

     
        def copyFrom(self, ctx:ParserRuleContext):
            super().copyFrom(ctx)


    class SizeofExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def K_SIZEOF(self):
            return self.getToken(DParser.K_SIZEOF, 0)
        def LPAREN(self):
            return self.getToken(DParser.LPAREN, 0)
        def typeName(self):
            return self.getTypedRuleContext(DParser.TypeNameContext,0)

        def RPAREN(self):
            return self.getToken(DParser.RPAREN, 0)
        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitSizeofExpr" ):
                return visitor.visitSizeofExpr(self)
            else:
                return visitor.visitChildren(self)


    class MemberExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.ExprContext
            super().__init__(parser)
            self.op = None # Token
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)

        def name(self):
            return self.getTypedRuleContext(DParser.NameContext,0)

        def ARROW(self):
            return self.getToken(DParser.ARROW, 0)
        def DOT(self):
            return self.getToken(DParser.DOT, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitMemberExpr" ):
                return visitor.visitMemberExpr(self)
            else:
                return visitor.visitChildren(self)


    class PreIncDecExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.ExprContext
            super().__init__(parser)
            self.op = None # Token
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)

        def INC(self):
            return self.getToken(DParser.INC, 0)
        def DEC(self):
            return self.getToken(DParser.DEC, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPreIncDecExpr" ):
                return visitor.visitPreIncDecExpr(self)
            else:
                return visitor.visitChildren(self)


    class StringofExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def K_STRINGOF(self):
            return self.getToken(DParser.K_STRINGOF, 0)
        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitStringofExpr" ):
                return visitor.visitStringofExpr(self)
            else:
                return visitor.visitChildren(self)


    class PostIncDecExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.ExprContext
            super().__init__(parser)
            self.op = None # Token
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)

        def INC(self):
            return self.getToken(DParser.INC, 0)
        def DEC(self):
            return self.getToken(DParser.DEC, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPostIncDecExpr" ):
                return visitor.visitPostIncDecExpr(self)
            else:
                return visitor.visitChildren(self)


    class BinaryExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.ExprContext
            super().__init__(parser)
            self.op = None # Token
            self.copyFrom(ctx)

        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.ExprContext)
            else:
                return self.getTypedRuleContext(DParser.ExprContext,i)

        def STAR(self):
            return self.getToken(DParser.STAR, 0)
        def DIV(self):
            return self.getToken(DParser.DIV, 0)
        def MOD(self):
            return self.getToken(DParser.MOD, 0)
        def PLUS(self):
            return self.getToken(DParser.PLUS, 0)
        def MINUS(self):
            return self.getToken(DParser.MINUS, 0)
        def SHL(self):
            return self.getToken(DParser.SHL, 0)
        def SHR(self):
            return self.getToken(DParser.SHR, 0)
        def LT(self):
            return self.getToken(DParser.LT, 0)
        def LE(self):
            return self.getToken(DParser.LE, 0)
        def GT(self):
            return self.getToken(DParser.GT, 0)
        def GE(self):
            return self.getToken(DParser.GE, 0)
        def EQ(self):
            return self.getToken(DParser.EQ, 0)
        def NE(self):
            return self.getToken(DParser.NE, 0)
        def AMP(self):
            return self.getToken(DParser.AMP, 0)
        def CARET(self):
            return self.getToken(DParser.CARET, 0)
        def PIPE(self):
            return self.getToken(DParser.PIPE, 0)
        def ANDAND(self):
            return self.getToken(DParser.ANDAND, 0)
        def XORXOR(self):
            return self.getToken(DParser.XORXOR, 0)
        def OROR(self):
            return self.getToken(DParser.OROR, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitBinaryExpr" ):
                return visitor.visitBinaryExpr(self)
            else:
                return visitor.visitChildren(self)


    class CastExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def LPAREN(self):
            return self.getToken(DParser.LPAREN, 0)
        def castType(self):
            return self.getTypedRuleContext(DParser.CastTypeContext,0)

        def RPAREN(self):
            return self.getToken(DParser.RPAREN, 0)
        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitCastExpr" ):
                return visitor.visitCastExpr(self)
            else:
                return visitor.visitChildren(self)


    class PrimaryExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def primary(self):
            return self.getTypedRuleContext(DParser.PrimaryContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPrimaryExpr" ):
                return visitor.visitPrimaryExpr(self)
            else:
                return visitor.visitChildren(self)


    class UnaryExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.ExprContext
            super().__init__(parser)
            self.op = None # Token
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)

        def MINUS(self):
            return self.getToken(DParser.MINUS, 0)
        def PLUS(self):
            return self.getToken(DParser.PLUS, 0)
        def BANG(self):
            return self.getToken(DParser.BANG, 0)
        def TILDE(self):
            return self.getToken(DParser.TILDE, 0)
        def STAR(self):
            return self.getToken(DParser.STAR, 0)
        def AMP(self):
            return self.getToken(DParser.AMP, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitUnaryExpr" ):
                return visitor.visitUnaryExpr(self)
            else:
                return visitor.visitChildren(self)


    class TernaryExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.ExprContext)
            else:
                return self.getTypedRuleContext(DParser.ExprContext,i)

        def QUESTION(self):
            return self.getToken(DParser.QUESTION, 0)
        def COLON(self):
            return self.getToken(DParser.COLON, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTernaryExpr" ):
                return visitor.visitTernaryExpr(self)
            else:
                return visitor.visitChildren(self)


    class IndexExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)

        def LBRACK(self):
            return self.getToken(DParser.LBRACK, 0)
        def exprList(self):
            return self.getTypedRuleContext(DParser.ExprListContext,0)

        def RBRACK(self):
            return self.getToken(DParser.RBRACK, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitIndexExpr" ):
                return visitor.visitIndexExpr(self)
            else:
                return visitor.visitChildren(self)


    class AssignExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.ExprContext
            super().__init__(parser)
            self.op = None # Token
            self.copyFrom(ctx)

        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.ExprContext)
            else:
                return self.getTypedRuleContext(DParser.ExprContext,i)

        def ASSIGN(self):
            return self.getToken(DParser.ASSIGN, 0)
        def ADD_ASSIGN(self):
            return self.getToken(DParser.ADD_ASSIGN, 0)
        def SUB_ASSIGN(self):
            return self.getToken(DParser.SUB_ASSIGN, 0)
        def MUL_ASSIGN(self):
            return self.getToken(DParser.MUL_ASSIGN, 0)
        def DIV_ASSIGN(self):
            return self.getToken(DParser.DIV_ASSIGN, 0)
        def MOD_ASSIGN(self):
            return self.getToken(DParser.MOD_ASSIGN, 0)
        def AND_ASSIGN(self):
            return self.getToken(DParser.AND_ASSIGN, 0)
        def OR_ASSIGN(self):
            return self.getToken(DParser.OR_ASSIGN, 0)
        def XOR_ASSIGN(self):
            return self.getToken(DParser.XOR_ASSIGN, 0)
        def SHL_ASSIGN(self):
            return self.getToken(DParser.SHL_ASSIGN, 0)
        def SHR_ASSIGN(self):
            return self.getToken(DParser.SHR_ASSIGN, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitAssignExpr" ):
                return visitor.visitAssignExpr(self)
            else:
                return visitor.visitChildren(self)



    def expr(self, _p:int=0):
        _parentctx = self._ctx
        _parentState = self.state
        localctx = DParser.ExprContext(self, self._ctx, _parentState)
        _prevctx = localctx
        _startState = 36
        self.enterRecursionRule(localctx, 36, self.RULE_expr, _p)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 249
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,27,self._ctx)
            if la_ == 1:
                localctx = DParser.PrimaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx

                self.state = 230
                self.primary()
                pass

            elif la_ == 2:
                localctx = DParser.PreIncDecExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 231
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==42 or _la==43):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 232
                self.expr(19)
                pass

            elif la_ == 3:
                localctx = DParser.UnaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 233
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 3603002847198707712) != 0)):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 234
                self.expr(18)
                pass

            elif la_ == 4:
                localctx = DParser.CastExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 235
                self.match(DParser.LPAREN)
                self.state = 236
                self.castType()
                self.state = 237
                self.match(DParser.RPAREN)
                self.state = 238
                self.expr(17)
                pass

            elif la_ == 5:
                localctx = DParser.SizeofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 240
                self.match(DParser.K_SIZEOF)
                self.state = 241
                self.match(DParser.LPAREN)
                self.state = 242
                self.typeName()
                self.state = 243
                self.match(DParser.RPAREN)
                pass

            elif la_ == 6:
                localctx = DParser.SizeofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 245
                self.match(DParser.K_SIZEOF)
                self.state = 246
                self.expr(15)
                pass

            elif la_ == 7:
                localctx = DParser.StringofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 247
                self.match(DParser.K_STRINGOF)
                self.state = 248
                self.expr(14)
                pass


            self._ctx.stop = self._input.LT(-1)
            self.state = 305
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,29,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    self.state = 303
                    self._errHandler.sync(self)
                    la_ = self._interp.adaptivePredict(self._input,28,self._ctx)
                    if la_ == 1:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 251
                        if not self.precpred(self._ctx, 13):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 13)")
                        self.state = 252
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 492581209243648) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 253
                        self.expr(14)
                        pass

                    elif la_ == 2:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 254
                        if not self.precpred(self._ctx, 12):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 12)")
                        self.state = 255
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==44 or _la==45):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 256
                        self.expr(13)
                        pass

                    elif la_ == 3:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 257
                        if not self.precpred(self._ctx, 11):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 11)")
                        self.state = 258
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==49 or _la==50):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 259
                        self.expr(12)
                        pass

                    elif la_ == 4:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 260
                        if not self.precpred(self._ctx, 10):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 10)")
                        self.state = 261
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 33776997205278720) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 262
                        self.expr(11)
                        pass

                    elif la_ == 5:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 263
                        if not self.precpred(self._ctx, 9):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 9)")
                        self.state = 264
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==55 or _la==56):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 265
                        self.expr(10)
                        pass

                    elif la_ == 6:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 266
                        if not self.precpred(self._ctx, 8):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 8)")
                        self.state = 267
                        localctx.op = self.match(DParser.AMP)
                        self.state = 268
                        self.expr(9)
                        pass

                    elif la_ == 7:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 269
                        if not self.precpred(self._ctx, 7):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 7)")
                        self.state = 270
                        localctx.op = self.match(DParser.CARET)
                        self.state = 271
                        self.expr(8)
                        pass

                    elif la_ == 8:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 272
                        if not self.precpred(self._ctx, 6):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 6)")
                        self.state = 273
                        localctx.op = self.match(DParser.PIPE)
                        self.state = 274
                        self.expr(7)
                        pass

                    elif la_ == 9:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 275
                        if not self.precpred(self._ctx, 5):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 5)")
                        self.state = 276
                        localctx.op = self.match(DParser.ANDAND)
                        self.state = 277
                        self.expr(6)
                        pass

                    elif la_ == 10:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 278
                        if not self.precpred(self._ctx, 4):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 4)")
                        self.state = 279
                        localctx.op = self.match(DParser.XORXOR)
                        self.state = 280
                        self.expr(5)
                        pass

                    elif la_ == 11:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 281
                        if not self.precpred(self._ctx, 3):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 3)")
                        self.state = 282
                        localctx.op = self.match(DParser.OROR)
                        self.state = 283
                        self.expr(4)
                        pass

                    elif la_ == 12:
                        localctx = DParser.TernaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 284
                        if not self.precpred(self._ctx, 2):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                        self.state = 285
                        self.match(DParser.QUESTION)
                        self.state = 286
                        self.expr(0)
                        self.state = 287
                        self.match(DParser.COLON)
                        self.state = 288
                        self.expr(2)
                        pass

                    elif la_ == 13:
                        localctx = DParser.AssignExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 290
                        if not self.precpred(self._ctx, 1):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 1)")
                        self.state = 291
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 2047) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 292
                        self.expr(1)
                        pass

                    elif la_ == 14:
                        localctx = DParser.IndexExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 293
                        if not self.precpred(self._ctx, 22):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 22)")
                        self.state = 294
                        self.match(DParser.LBRACK)
                        self.state = 295
                        self.exprList()
                        self.state = 296
                        self.match(DParser.RBRACK)
                        pass

                    elif la_ == 15:
                        localctx = DParser.MemberExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 298
                        if not self.precpred(self._ctx, 21):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 21)")
                        self.state = 299
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==40 or _la==41):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 300
                        self.name()
                        pass

                    elif la_ == 16:
                        localctx = DParser.PostIncDecExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 301
                        if not self.precpred(self._ctx, 20):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 20)")
                        self.state = 302
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==42 or _la==43):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        pass

             
                self.state = 307
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,29,self._ctx)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.unrollRecursionContexts(_parentctx)
        return localctx


    class PrimaryContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser


        def getRuleIndex(self):
            return DParser.RULE_primary

     
        def copyFrom(self, ctx:ParserRuleContext):
            super().copyFrom(ctx)



    class IntPrimaryContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def INT(self):
            return self.getToken(DParser.INT, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitIntPrimary" ):
                return visitor.visitIntPrimary(self)
            else:
                return visitor.visitChildren(self)


    class CallPrimaryContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def IDENT(self):
            return self.getToken(DParser.IDENT, 0)
        def LPAREN(self):
            return self.getToken(DParser.LPAREN, 0)
        def RPAREN(self):
            return self.getToken(DParser.RPAREN, 0)
        def exprList(self):
            return self.getTypedRuleContext(DParser.ExprListContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitCallPrimary" ):
                return visitor.visitCallPrimary(self)
            else:
                return visitor.visitChildren(self)


    class CharPrimaryContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def CHAR_LIT(self):
            return self.getToken(DParser.CHAR_LIT, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitCharPrimary" ):
                return visitor.visitCharPrimary(self)
            else:
                return visitor.visitChildren(self)


    class StringPrimaryContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def STRING_LIT(self):
            return self.getToken(DParser.STRING_LIT, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitStringPrimary" ):
                return visitor.visitStringPrimary(self)
            else:
                return visitor.visitChildren(self)


    class MacroPrimaryContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def MACRO(self):
            return self.getToken(DParser.MACRO, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitMacroPrimary" ):
                return visitor.visitMacroPrimary(self)
            else:
                return visitor.visitChildren(self)


    class ThisPrimaryContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def K_THIS(self):
            return self.getToken(DParser.K_THIS, 0)
        def ARROW(self):
            return self.getToken(DParser.ARROW, 0)
        def name(self):
            return self.getTypedRuleContext(DParser.NameContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitThisPrimary" ):
                return visitor.visitThisPrimary(self)
            else:
                return visitor.visitChildren(self)


    class AggPrimaryContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def AGG(self):
            return self.getToken(DParser.AGG, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitAggPrimary" ):
                return visitor.visitAggPrimary(self)
            else:
                return visitor.visitChildren(self)


    class SelfPrimaryContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def K_SELF(self):
            return self.getToken(DParser.K_SELF, 0)
        def ARROW(self):
            return self.getToken(DParser.ARROW, 0)
        def name(self):
            return self.getTypedRuleContext(DParser.NameContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitSelfPrimary" ):
                return visitor.visitSelfPrimary(self)
            else:
                return visitor.visitChildren(self)


    class ParenPrimaryContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def LPAREN(self):
            return self.getToken(DParser.LPAREN, 0)
        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)

        def RPAREN(self):
            return self.getToken(DParser.RPAREN, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitParenPrimary" ):
                return visitor.visitParenPrimary(self)
            else:
                return visitor.visitChildren(self)


    class IdentPrimaryContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def IDENT(self):
            return self.getToken(DParser.IDENT, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitIdentPrimary" ):
                return visitor.visitIdentPrimary(self)
            else:
                return visitor.visitChildren(self)



    def primary(self):

        localctx = DParser.PrimaryContext(self, self._ctx, self.state)
        self.enterRule(localctx, 38, self.RULE_primary)
        self._la = 0 # Token type
        try:
            self.state = 330
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,31,self._ctx)
            if la_ == 1:
                localctx = DParser.CallPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 308
                self.match(DParser.IDENT)
                self.state = 309
                self.match(DParser.LPAREN)
                self.state = 311
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 3603016045765328998) != 0):
                    self.state = 310
                    self.exprList()


                self.state = 313
                self.match(DParser.RPAREN)
                pass

            elif la_ == 2:
                localctx = DParser.IdentPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 314
                self.match(DParser.IDENT)
                pass

            elif la_ == 3:
                localctx = DParser.AggPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 315
                self.match(DParser.AGG)
                pass

            elif la_ == 4:
                localctx = DParser.SelfPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 316
                self.match(DParser.K_SELF)
                self.state = 317
                self.match(DParser.ARROW)
                self.state = 318
                self.name()
                pass

            elif la_ == 5:
                localctx = DParser.ThisPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 319
                self.match(DParser.K_THIS)
                self.state = 320
                self.match(DParser.ARROW)
                self.state = 321
                self.name()
                pass

            elif la_ == 6:
                localctx = DParser.IntPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 322
                self.match(DParser.INT)
                pass

            elif la_ == 7:
                localctx = DParser.CharPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 323
                self.match(DParser.CHAR_LIT)
                pass

            elif la_ == 8:
                localctx = DParser.StringPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 324
                self.match(DParser.STRING_LIT)
                pass

            elif la_ == 9:
                localctx = DParser.MacroPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 325
                self.match(DParser.MACRO)
                pass

            elif la_ == 10:
                localctx = DParser.ParenPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 10)
                self.state = 326
                self.match(DParser.LPAREN)
                self.state = 327
                self.expr(0)
                self.state = 328
                self.match(DParser.RPAREN)
                pass


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ExprListContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.ExprContext)
            else:
                return self.getTypedRuleContext(DParser.ExprContext,i)


        def COMMA(self, i:int=None):
            if i is None:
                return self.getTokens(DParser.COMMA)
            else:
                return self.getToken(DParser.COMMA, i)

        def getRuleIndex(self):
            return DParser.RULE_exprList

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitExprList" ):
                return visitor.visitExprList(self)
            else:
                return visitor.visitChildren(self)




    def exprList(self):

        localctx = DParser.ExprListContext(self, self._ctx, self.state)
        self.enterRule(localctx, 40, self.RULE_exprList)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 332
            self.expr(0)
            self.state = 337
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==37:
                self.state = 333
                self.match(DParser.COMMA)
                self.state = 334
                self.expr(0)
                self.state = 339
                self._errHandler.sync(self)
                _la = self._input.LA(1)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class NameContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def IDENT(self):
            return self.getToken(DParser.IDENT, 0)

        def keyword(self):
            return self.getTypedRuleContext(DParser.KeywordContext,0)


        def getRuleIndex(self):
            return DParser.RULE_name

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitName" ):
                return visitor.visitName(self)
            else:
                return visitor.visitChildren(self)




    def name(self):

        localctx = DParser.NameContext(self, self._ctx, self.state)
        self.enterRule(localctx, 42, self.RULE_name)
        try:
            self.state = 342
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [21]:
                self.enterOuterAlt(localctx, 1)
                self.state = 340
                self.match(DParser.IDENT)
                pass
            elif token in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]:
                self.enterOuterAlt(localctx, 2)
                self.state = 341
                self.keyword()
                pass
            else:
                raise NoViableAltException(self)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class KeywordContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def K_SELF(self):
            return self.getToken(DParser.K_SELF, 0)

        def K_THIS(self):
            return self.getToken(DParser.K_THIS, 0)

        def K_IF(self):
            return self.getToken(DParser.K_IF, 0)

        def K_ELSE(self):
            return self.getToken(DParser.K_ELSE, 0)

        def K_SIZEOF(self):
            return self.getToken(DParser.K_SIZEOF, 0)

        def K_STRINGOF(self):
            return self.getToken(DParser.K_STRINGOF, 0)

        def K_CHAR(self):
            return self.getToken(DParser.K_CHAR, 0)

        def K_SHORT(self):
            return self.getToken(DParser.K_SHORT, 0)

        def K_INT(self):
            return self.getToken(DParser.K_INT, 0)

        def K_LONG(self):
            return self.getToken(DParser.K_LONG, 0)

        def K_SIGNED(self):
            return self.getToken(DParser.K_SIGNED, 0)

        def K_UNSIGNED(self):
            return self.getToken(DParser.K_UNSIGNED, 0)

        def K_VOID(self):
            return self.getToken(DParser.K_VOID, 0)

        def K_STRING(self):
            return self.getToken(DParser.K_STRING, 0)

        def K_STRUCT(self):
            return self.getToken(DParser.K_STRUCT, 0)

        def K_UNION(self):
            return self.getToken(DParser.K_UNION, 0)

        def K_ENUM(self):
            return self.getToken(DParser.K_ENUM, 0)

        def K_CONST(self):
            return self.getToken(DParser.K_CONST, 0)

        def K_VOLATILE(self):
            return self.getToken(DParser.K_VOLATILE, 0)

        def getRuleIndex(self):
            return DParser.RULE_keyword

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitKeyword" ):
                return visitor.visitKeyword(self)
            else:
                return visitor.visitChildren(self)




    def keyword(self):

        localctx = DParser.KeywordContext(self, self._ctx, self.state)
        self.enterRule(localctx, 44, self.RULE_keyword)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 344
            _la = self._input.LA(1)
            if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 1048574) != 0)):
                self._errHandler.recoverInline(self)
            else:
                self._errHandler.reportMatch(self)
                self.consume()
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx



    def sempred(self, localctx:RuleContext, ruleIndex:int, predIndex:int):
        if self._predicates == None:
            self._predicates = dict()
        self._predicates[18] = self.expr_sempred
        pred = self._predicates.get(ruleIndex, None)
        if pred is None:
            raise Exception("No predicate with index:" + str(ruleIndex))
        else:
            return pred(localctx, predIndex)

    def expr_sempred(self, localctx:ExprContext, predIndex:int):
            if predIndex == 0:
                return self.precpred(self._ctx, 13)
         

            if predIndex == 1:
                return self.precpred(self._ctx, 12)
         

            if predIndex == 2:
                return self.precpred(self._ctx, 11)
         

            if predIndex == 3:
                return self.precpred(self._ctx, 10)
         

            if predIndex == 4:
                return self.precpred(self._ctx, 9)
         

            if predIndex == 5:
                return self.precpred(self._ctx, 8)
         

            if predIndex == 6:
                return self.precpred(self._ctx, 7)
         

            if predIndex == 7:
                return self.precpred(self._ctx, 6)
         

            if predIndex == 8:
                return self.precpred(self._ctx, 5)
         

            if predIndex == 9:
                return self.precpred(self._ctx, 4)
         

            if predIndex == 10:
                return self.precpred(self._ctx, 3)
         

            if predIndex == 11:
                return self.precpred(self._ctx, 2)
         

            if predIndex == 12:
                return self.precpred(self._ctx, 1)
         

            if predIndex == 13:
                return self.precpred(self._ctx, 22)
         

            if predIndex == 14:
                return self.precpred(self._ctx, 21)
         

            if predIndex == 15:
                return self.precpred(self._ctx, 20)
         




