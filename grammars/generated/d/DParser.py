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
        4,1,78,370,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,7,
        6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,13,
        2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,20,
        7,20,2,21,7,21,2,22,7,22,2,23,7,23,1,0,5,0,50,8,0,10,0,12,0,53,9,
        0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,3,1,62,8,1,1,2,1,2,3,2,66,8,2,1,2,
        1,2,1,3,1,3,1,3,5,3,73,8,3,10,3,12,3,76,9,3,1,4,4,4,79,8,4,11,4,
        12,4,80,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,3,5,
        96,8,5,1,6,1,6,1,6,1,6,1,7,1,7,5,7,104,8,7,10,7,12,7,107,9,7,1,7,
        3,7,110,8,7,1,7,1,7,1,8,1,8,1,8,1,8,1,8,1,8,1,8,1,8,1,8,1,8,1,8,
        3,8,125,8,8,1,8,3,8,128,8,8,1,9,1,9,1,10,3,10,133,8,10,1,10,1,10,
        1,10,1,10,5,10,139,8,10,10,10,12,10,142,9,10,1,10,1,10,1,11,5,11,
        147,8,11,10,11,12,11,150,9,11,1,11,4,11,153,8,11,11,11,12,11,154,
        1,11,1,11,3,11,159,8,11,1,12,1,12,1,12,5,12,164,8,12,10,12,12,12,
        167,9,12,1,12,1,12,1,12,1,12,1,12,1,13,5,13,175,8,13,10,13,12,13,
        178,9,13,1,13,1,13,1,13,1,13,3,13,184,8,13,1,13,3,13,187,8,13,1,
        14,1,14,1,14,5,14,192,8,14,10,14,12,14,195,9,14,1,15,5,15,198,8,
        15,10,15,12,15,201,9,15,1,15,4,15,204,8,15,11,15,12,15,205,1,15,
        1,15,3,15,210,8,15,1,15,5,15,213,8,15,10,15,12,15,216,9,15,1,16,
        5,16,219,8,16,10,16,12,16,222,9,16,1,16,4,16,225,8,16,11,16,12,16,
        226,1,16,3,16,230,8,16,1,16,5,16,233,8,16,10,16,12,16,236,9,16,1,
        17,1,17,1,17,1,17,1,17,1,17,1,17,1,17,1,17,1,17,3,17,248,8,17,1,
        18,1,18,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,
        19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,3,19,272,8,19,1,19,1,
        19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,
        19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,
        19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,
        19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,1,19,5,19,326,
        8,19,10,19,12,19,329,9,19,1,20,1,20,1,20,3,20,334,8,20,1,20,1,20,
        1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,
        1,20,1,20,3,20,353,8,20,1,21,1,21,1,21,5,21,358,8,21,10,21,12,21,
        361,9,21,1,22,1,22,1,22,3,22,366,8,22,1,23,1,23,1,23,0,1,38,24,0,
        2,4,6,8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38,40,42,44,46,
        0,13,1,0,1,2,1,0,15,17,1,0,18,19,1,0,44,45,3,0,46,48,59,59,62,63,
        1,0,48,50,1,0,46,47,1,0,51,52,1,0,53,56,1,0,57,58,1,0,67,77,1,0,
        42,43,1,0,1,20,435,0,51,1,0,0,0,2,61,1,0,0,0,4,63,1,0,0,0,6,69,1,
        0,0,0,8,78,1,0,0,0,10,95,1,0,0,0,12,97,1,0,0,0,14,101,1,0,0,0,16,
        127,1,0,0,0,18,129,1,0,0,0,20,132,1,0,0,0,22,148,1,0,0,0,24,160,
        1,0,0,0,26,176,1,0,0,0,28,188,1,0,0,0,30,199,1,0,0,0,32,220,1,0,
        0,0,34,247,1,0,0,0,36,249,1,0,0,0,38,271,1,0,0,0,40,352,1,0,0,0,
        42,354,1,0,0,0,44,365,1,0,0,0,46,367,1,0,0,0,48,50,3,2,1,0,49,48,
        1,0,0,0,50,53,1,0,0,0,51,49,1,0,0,0,51,52,1,0,0,0,52,54,1,0,0,0,
        53,51,1,0,0,0,54,55,5,0,0,1,55,1,1,0,0,0,56,62,5,21,0,0,57,62,3,
        20,10,0,58,62,3,24,12,0,59,62,3,4,2,0,60,62,5,38,0,0,61,56,1,0,0,
        0,61,57,1,0,0,0,61,58,1,0,0,0,61,59,1,0,0,0,61,60,1,0,0,0,62,3,1,
        0,0,0,63,65,3,6,3,0,64,66,3,12,6,0,65,64,1,0,0,0,65,66,1,0,0,0,66,
        67,1,0,0,0,67,68,3,14,7,0,68,5,1,0,0,0,69,74,3,8,4,0,70,71,5,39,
        0,0,71,73,3,8,4,0,72,70,1,0,0,0,73,76,1,0,0,0,74,72,1,0,0,0,74,75,
        1,0,0,0,75,7,1,0,0,0,76,74,1,0,0,0,77,79,3,10,5,0,78,77,1,0,0,0,
        79,80,1,0,0,0,80,78,1,0,0,0,80,81,1,0,0,0,81,9,1,0,0,0,82,96,5,23,
        0,0,83,96,5,22,0,0,84,96,5,26,0,0,85,96,5,25,0,0,86,96,3,46,23,0,
        87,96,5,40,0,0,88,96,5,48,0,0,89,96,5,41,0,0,90,96,5,47,0,0,91,96,
        5,36,0,0,92,96,5,37,0,0,93,96,5,42,0,0,94,96,5,63,0,0,95,82,1,0,
        0,0,95,83,1,0,0,0,95,84,1,0,0,0,95,85,1,0,0,0,95,86,1,0,0,0,95,87,
        1,0,0,0,95,88,1,0,0,0,95,89,1,0,0,0,95,90,1,0,0,0,95,91,1,0,0,0,
        95,92,1,0,0,0,95,93,1,0,0,0,95,94,1,0,0,0,96,11,1,0,0,0,97,98,5,
        49,0,0,98,99,3,38,19,0,99,100,5,49,0,0,100,13,1,0,0,0,101,105,5,
        32,0,0,102,104,3,16,8,0,103,102,1,0,0,0,104,107,1,0,0,0,105,103,
        1,0,0,0,105,106,1,0,0,0,106,109,1,0,0,0,107,105,1,0,0,0,108,110,
        3,18,9,0,109,108,1,0,0,0,109,110,1,0,0,0,110,111,1,0,0,0,111,112,
        5,33,0,0,112,15,1,0,0,0,113,114,3,38,19,0,114,115,5,38,0,0,115,128,
        1,0,0,0,116,128,5,38,0,0,117,118,5,3,0,0,118,119,5,34,0,0,119,120,
        3,38,19,0,120,121,5,35,0,0,121,124,3,16,8,0,122,123,5,4,0,0,123,
        125,3,16,8,0,124,122,1,0,0,0,124,125,1,0,0,0,125,128,1,0,0,0,126,
        128,3,14,7,0,127,113,1,0,0,0,127,116,1,0,0,0,127,117,1,0,0,0,127,
        126,1,0,0,0,128,17,1,0,0,0,129,130,3,38,19,0,130,19,1,0,0,0,131,
        133,7,0,0,0,132,131,1,0,0,0,132,133,1,0,0,0,133,134,1,0,0,0,134,
        135,3,22,11,0,135,140,3,26,13,0,136,137,5,39,0,0,137,139,3,26,13,
        0,138,136,1,0,0,0,139,142,1,0,0,0,140,138,1,0,0,0,140,141,1,0,0,
        0,141,143,1,0,0,0,142,140,1,0,0,0,143,144,5,38,0,0,144,21,1,0,0,
        0,145,147,3,36,18,0,146,145,1,0,0,0,147,150,1,0,0,0,148,146,1,0,
        0,0,148,149,1,0,0,0,149,158,1,0,0,0,150,148,1,0,0,0,151,153,3,34,
        17,0,152,151,1,0,0,0,153,154,1,0,0,0,154,152,1,0,0,0,154,155,1,0,
        0,0,155,159,1,0,0,0,156,159,5,23,0,0,157,159,5,22,0,0,158,152,1,
        0,0,0,158,156,1,0,0,0,158,157,1,0,0,0,159,23,1,0,0,0,160,161,5,20,
        0,0,161,165,3,22,11,0,162,164,5,48,0,0,163,162,1,0,0,0,164,167,1,
        0,0,0,165,163,1,0,0,0,165,166,1,0,0,0,166,168,1,0,0,0,167,165,1,
        0,0,0,168,169,5,23,0,0,169,170,5,67,0,0,170,171,3,38,19,0,171,172,
        5,38,0,0,172,25,1,0,0,0,173,175,5,48,0,0,174,173,1,0,0,0,175,178,
        1,0,0,0,176,174,1,0,0,0,176,177,1,0,0,0,177,179,1,0,0,0,178,176,
        1,0,0,0,179,186,5,23,0,0,180,183,5,36,0,0,181,184,3,28,14,0,182,
        184,5,26,0,0,183,181,1,0,0,0,183,182,1,0,0,0,183,184,1,0,0,0,184,
        185,1,0,0,0,185,187,5,37,0,0,186,180,1,0,0,0,186,187,1,0,0,0,187,
        27,1,0,0,0,188,193,3,30,15,0,189,190,5,39,0,0,190,192,3,30,15,0,
        191,189,1,0,0,0,192,195,1,0,0,0,193,191,1,0,0,0,193,194,1,0,0,0,
        194,29,1,0,0,0,195,193,1,0,0,0,196,198,3,36,18,0,197,196,1,0,0,0,
        198,201,1,0,0,0,199,197,1,0,0,0,199,200,1,0,0,0,200,209,1,0,0,0,
        201,199,1,0,0,0,202,204,3,34,17,0,203,202,1,0,0,0,204,205,1,0,0,
        0,205,203,1,0,0,0,205,206,1,0,0,0,206,210,1,0,0,0,207,210,5,23,0,
        0,208,210,5,22,0,0,209,203,1,0,0,0,209,207,1,0,0,0,209,208,1,0,0,
        0,210,214,1,0,0,0,211,213,5,48,0,0,212,211,1,0,0,0,213,216,1,0,0,
        0,214,212,1,0,0,0,214,215,1,0,0,0,215,31,1,0,0,0,216,214,1,0,0,0,
        217,219,3,36,18,0,218,217,1,0,0,0,219,222,1,0,0,0,220,218,1,0,0,
        0,220,221,1,0,0,0,221,229,1,0,0,0,222,220,1,0,0,0,223,225,3,34,17,
        0,224,223,1,0,0,0,225,226,1,0,0,0,226,224,1,0,0,0,226,227,1,0,0,
        0,227,230,1,0,0,0,228,230,5,22,0,0,229,224,1,0,0,0,229,228,1,0,0,
        0,230,234,1,0,0,0,231,233,5,48,0,0,232,231,1,0,0,0,233,236,1,0,0,
        0,234,232,1,0,0,0,234,235,1,0,0,0,235,33,1,0,0,0,236,234,1,0,0,0,
        237,248,5,7,0,0,238,248,5,8,0,0,239,248,5,9,0,0,240,248,5,10,0,0,
        241,248,5,11,0,0,242,248,5,12,0,0,243,248,5,13,0,0,244,248,5,14,
        0,0,245,246,7,1,0,0,246,248,5,23,0,0,247,237,1,0,0,0,247,238,1,0,
        0,0,247,239,1,0,0,0,247,240,1,0,0,0,247,241,1,0,0,0,247,242,1,0,
        0,0,247,243,1,0,0,0,247,244,1,0,0,0,247,245,1,0,0,0,248,35,1,0,0,
        0,249,250,7,2,0,0,250,37,1,0,0,0,251,252,6,19,-1,0,252,272,3,40,
        20,0,253,254,7,3,0,0,254,272,3,38,19,19,255,256,7,4,0,0,256,272,
        3,38,19,18,257,258,5,34,0,0,258,259,3,32,16,0,259,260,5,35,0,0,260,
        261,3,38,19,17,261,272,1,0,0,0,262,263,5,5,0,0,263,264,5,34,0,0,
        264,265,3,30,15,0,265,266,5,35,0,0,266,272,1,0,0,0,267,268,5,5,0,
        0,268,272,3,38,19,15,269,270,5,6,0,0,270,272,3,38,19,14,271,251,
        1,0,0,0,271,253,1,0,0,0,271,255,1,0,0,0,271,257,1,0,0,0,271,262,
        1,0,0,0,271,267,1,0,0,0,271,269,1,0,0,0,272,327,1,0,0,0,273,274,
        10,13,0,0,274,275,7,5,0,0,275,326,3,38,19,14,276,277,10,12,0,0,277,
        278,7,6,0,0,278,326,3,38,19,13,279,280,10,11,0,0,280,281,7,7,0,0,
        281,326,3,38,19,12,282,283,10,10,0,0,283,284,7,8,0,0,284,326,3,38,
        19,11,285,286,10,9,0,0,286,287,7,9,0,0,287,326,3,38,19,10,288,289,
        10,8,0,0,289,290,5,59,0,0,290,326,3,38,19,9,291,292,10,7,0,0,292,
        293,5,60,0,0,293,326,3,38,19,8,294,295,10,6,0,0,295,296,5,61,0,0,
        296,326,3,38,19,7,297,298,10,5,0,0,298,299,5,64,0,0,299,326,3,38,
        19,6,300,301,10,4,0,0,301,302,5,65,0,0,302,326,3,38,19,5,303,304,
        10,3,0,0,304,305,5,66,0,0,305,326,3,38,19,4,306,307,10,2,0,0,307,
        308,5,41,0,0,308,309,3,38,19,0,309,310,5,40,0,0,310,311,3,38,19,
        2,311,326,1,0,0,0,312,313,10,1,0,0,313,314,7,10,0,0,314,326,3,38,
        19,1,315,316,10,22,0,0,316,317,5,36,0,0,317,318,3,42,21,0,318,319,
        5,37,0,0,319,326,1,0,0,0,320,321,10,21,0,0,321,322,7,11,0,0,322,
        326,3,44,22,0,323,324,10,20,0,0,324,326,7,3,0,0,325,273,1,0,0,0,
        325,276,1,0,0,0,325,279,1,0,0,0,325,282,1,0,0,0,325,285,1,0,0,0,
        325,288,1,0,0,0,325,291,1,0,0,0,325,294,1,0,0,0,325,297,1,0,0,0,
        325,300,1,0,0,0,325,303,1,0,0,0,325,306,1,0,0,0,325,312,1,0,0,0,
        325,315,1,0,0,0,325,320,1,0,0,0,325,323,1,0,0,0,326,329,1,0,0,0,
        327,325,1,0,0,0,327,328,1,0,0,0,328,39,1,0,0,0,329,327,1,0,0,0,330,
        331,5,23,0,0,331,333,5,34,0,0,332,334,3,42,21,0,333,332,1,0,0,0,
        333,334,1,0,0,0,334,335,1,0,0,0,335,353,5,35,0,0,336,353,5,23,0,
        0,337,353,5,24,0,0,338,339,5,1,0,0,339,340,5,43,0,0,340,353,3,44,
        22,0,341,342,5,2,0,0,342,343,5,43,0,0,343,353,3,44,22,0,344,353,
        5,26,0,0,345,353,5,27,0,0,346,353,5,28,0,0,347,353,5,25,0,0,348,
        349,5,34,0,0,349,350,3,38,19,0,350,351,5,35,0,0,351,353,1,0,0,0,
        352,330,1,0,0,0,352,336,1,0,0,0,352,337,1,0,0,0,352,338,1,0,0,0,
        352,341,1,0,0,0,352,344,1,0,0,0,352,345,1,0,0,0,352,346,1,0,0,0,
        352,347,1,0,0,0,352,348,1,0,0,0,353,41,1,0,0,0,354,359,3,38,19,0,
        355,356,5,39,0,0,356,358,3,38,19,0,357,355,1,0,0,0,358,361,1,0,0,
        0,359,357,1,0,0,0,359,360,1,0,0,0,360,43,1,0,0,0,361,359,1,0,0,0,
        362,366,5,23,0,0,363,366,5,22,0,0,364,366,3,46,23,0,365,362,1,0,
        0,0,365,363,1,0,0,0,365,364,1,0,0,0,366,45,1,0,0,0,367,368,7,12,
        0,0,368,47,1,0,0,0,36,51,61,65,74,80,95,105,109,124,127,132,140,
        148,154,158,165,176,183,186,193,199,205,209,214,220,226,229,234,
        247,271,325,327,333,352,359,365
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
                     "'inline'", "<INVALID>", "<INVALID>", "<INVALID>", 
                     "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                     "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                     "'{'", "'}'", "'('", "')'", "'['", "']'", "';'", "','", 
                     "':'", "'?'", "'.'", "'->'", "'++'", "'--'", "'+'", 
                     "'-'", "'*'", "'/'", "'%'", "'<<'", "'>>'", "'<'", 
                     "'<='", "'>'", "'>='", "'=='", "'!='", "'&'", "'^'", 
                     "'|'", "'~'", "'!'", "'&&'", "'^^'", "'||'", "'='", 
                     "'+='", "'-='", "'*='", "'/='", "'%='", "'&='", "'|='", 
                     "'^='", "'<<='", "'>>='" ]

    symbolicNames = [ "<INVALID>", "K_SELF", "K_THIS", "K_IF", "K_ELSE", 
                      "K_SIZEOF", "K_STRINGOF", "K_CHAR", "K_SHORT", "K_INT", 
                      "K_LONG", "K_SIGNED", "K_UNSIGNED", "K_VOID", "K_STRING", 
                      "K_STRUCT", "K_UNION", "K_ENUM", "K_CONST", "K_VOLATILE", 
                      "K_INLINE", "DIRECTIVE", "TYPEDEF_NAME", "IDENT", 
                      "AGG", "MACRO", "INT", "CHAR_LIT", "STRING_LIT", "BLOCK_COMMENT", 
                      "LINE_COMMENT", "WS", "LBRACE", "RBRACE", "LPAREN", 
                      "RPAREN", "LBRACK", "RBRACK", "SEMI", "COMMA", "COLON", 
                      "QUESTION", "DOT", "ARROW", "INC", "DEC", "PLUS", 
                      "MINUS", "STAR", "DIV", "MOD", "SHL", "SHR", "LT", 
                      "LE", "GT", "GE", "EQ", "NE", "AMP", "CARET", "PIPE", 
                      "TILDE", "BANG", "ANDAND", "XORXOR", "OROR", "ASSIGN", 
                      "ADD_ASSIGN", "SUB_ASSIGN", "MUL_ASSIGN", "DIV_ASSIGN", 
                      "MOD_ASSIGN", "AND_ASSIGN", "OR_ASSIGN", "XOR_ASSIGN", 
                      "SHL_ASSIGN", "SHR_ASSIGN", "ERROR_CHAR" ]

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
    RULE_inlineDecl = 12
    RULE_declarator = 13
    RULE_declKeys = 14
    RULE_typeName = 15
    RULE_castType = 16
    RULE_typeSpec = 17
    RULE_typeQual = 18
    RULE_expr = 19
    RULE_primary = 20
    RULE_exprList = 21
    RULE_name = 22
    RULE_keyword = 23

    ruleNames =  [ "program", "topItem", "clause", "probeDescList", "probeDesc", 
                   "probeToken", "predicate", "block", "statement", "tailStatement", 
                   "declaration", "declType", "inlineDecl", "declarator", 
                   "declKeys", "typeName", "castType", "typeSpec", "typeQual", 
                   "expr", "primary", "exprList", "name", "keyword" ]

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
    K_INLINE=20
    DIRECTIVE=21
    TYPEDEF_NAME=22
    IDENT=23
    AGG=24
    MACRO=25
    INT=26
    CHAR_LIT=27
    STRING_LIT=28
    BLOCK_COMMENT=29
    LINE_COMMENT=30
    WS=31
    LBRACE=32
    RBRACE=33
    LPAREN=34
    RPAREN=35
    LBRACK=36
    RBRACK=37
    SEMI=38
    COMMA=39
    COLON=40
    QUESTION=41
    DOT=42
    ARROW=43
    INC=44
    DEC=45
    PLUS=46
    MINUS=47
    STAR=48
    DIV=49
    MOD=50
    SHL=51
    SHR=52
    LT=53
    LE=54
    GT=55
    GE=56
    EQ=57
    NE=58
    AMP=59
    CARET=60
    PIPE=61
    TILDE=62
    BANG=63
    ANDAND=64
    XORXOR=65
    OROR=66
    ASSIGN=67
    ADD_ASSIGN=68
    SUB_ASSIGN=69
    MUL_ASSIGN=70
    DIV_ASSIGN=71
    MOD_ASSIGN=72
    AND_ASSIGN=73
    OR_ASSIGN=74
    XOR_ASSIGN=75
    SHL_ASSIGN=76
    SHR_ASSIGN=77
    ERROR_CHAR=78

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
            self.state = 51
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & -9222941646654537730) != 0):
                self.state = 48
                self.topItem()
                self.state = 53
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 54
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


    class InlineItemContext(TopItemContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.TopItemContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def inlineDecl(self):
            return self.getTypedRuleContext(DParser.InlineDeclContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitInlineItem" ):
                return visitor.visitInlineItem(self)
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
            self.state = 61
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,1,self._ctx)
            if la_ == 1:
                localctx = DParser.DirectiveItemContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 56
                self.match(DParser.DIRECTIVE)
                pass

            elif la_ == 2:
                localctx = DParser.DeclarationItemContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 57
                self.declaration()
                pass

            elif la_ == 3:
                localctx = DParser.InlineItemContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 58
                self.inlineDecl()
                pass

            elif la_ == 4:
                localctx = DParser.ClauseItemContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 59
                self.clause()
                pass

            elif la_ == 5:
                localctx = DParser.EmptyItemContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 60
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
            self.state = 63
            self.probeDescList()
            self.state = 65
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==49:
                self.state = 64
                self.predicate()


            self.state = 67
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
            self.state = 69
            self.probeDesc()
            self.state = 74
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==39:
                self.state = 70
                self.match(DParser.COMMA)
                self.state = 71
                self.probeDesc()
                self.state = 76
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
            self.state = 78 
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while True:
                self.state = 77
                self.probeToken()
                self.state = 80 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & -9222941921534541826) != 0)):
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

        def TYPEDEF_NAME(self):
            return self.getToken(DParser.TYPEDEF_NAME, 0)

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
            self.state = 95
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [23]:
                self.enterOuterAlt(localctx, 1)
                self.state = 82
                self.match(DParser.IDENT)
                pass
            elif token in [22]:
                self.enterOuterAlt(localctx, 2)
                self.state = 83
                self.match(DParser.TYPEDEF_NAME)
                pass
            elif token in [26]:
                self.enterOuterAlt(localctx, 3)
                self.state = 84
                self.match(DParser.INT)
                pass
            elif token in [25]:
                self.enterOuterAlt(localctx, 4)
                self.state = 85
                self.match(DParser.MACRO)
                pass
            elif token in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]:
                self.enterOuterAlt(localctx, 5)
                self.state = 86
                self.keyword()
                pass
            elif token in [40]:
                self.enterOuterAlt(localctx, 6)
                self.state = 87
                self.match(DParser.COLON)
                pass
            elif token in [48]:
                self.enterOuterAlt(localctx, 7)
                self.state = 88
                self.match(DParser.STAR)
                pass
            elif token in [41]:
                self.enterOuterAlt(localctx, 8)
                self.state = 89
                self.match(DParser.QUESTION)
                pass
            elif token in [47]:
                self.enterOuterAlt(localctx, 9)
                self.state = 90
                self.match(DParser.MINUS)
                pass
            elif token in [36]:
                self.enterOuterAlt(localctx, 10)
                self.state = 91
                self.match(DParser.LBRACK)
                pass
            elif token in [37]:
                self.enterOuterAlt(localctx, 11)
                self.state = 92
                self.match(DParser.RBRACK)
                pass
            elif token in [42]:
                self.enterOuterAlt(localctx, 12)
                self.state = 93
                self.match(DParser.DOT)
                pass
            elif token in [63]:
                self.enterOuterAlt(localctx, 13)
                self.state = 94
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
            self.state = 97
            self.match(DParser.DIV)
            self.state = 98
            self.expr(0)
            self.state = 99
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
            self.state = 101
            self.match(DParser.LBRACE)
            self.state = 105
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,6,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    self.state = 102
                    self.statement() 
                self.state = 107
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,6,self._ctx)

            self.state = 109
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if (((_la) & ~0x3f) == 0 and ((1 << _la) & -4034679890648235930) != 0):
                self.state = 108
                self.tailStatement()


            self.state = 111
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
            self.state = 127
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [1, 2, 5, 6, 23, 24, 25, 26, 27, 28, 34, 44, 45, 46, 47, 48, 59, 62, 63]:
                localctx = DParser.ExprStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 113
                self.expr(0)
                self.state = 114
                self.match(DParser.SEMI)
                pass
            elif token in [38]:
                localctx = DParser.EmptyStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 116
                self.match(DParser.SEMI)
                pass
            elif token in [3]:
                localctx = DParser.IfStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 117
                self.match(DParser.K_IF)
                self.state = 118
                self.match(DParser.LPAREN)
                self.state = 119
                self.expr(0)
                self.state = 120
                self.match(DParser.RPAREN)
                self.state = 121
                self.statement()
                self.state = 124
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,8,self._ctx)
                if la_ == 1:
                    self.state = 122
                    self.match(DParser.K_ELSE)
                    self.state = 123
                    self.statement()


                pass
            elif token in [32]:
                localctx = DParser.BlockStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 126
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
            self.state = 129
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
            self.state = 132
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==1 or _la==2:
                self.state = 131
                localctx.scope = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==1 or _la==2):
                    localctx.scope = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()


            self.state = 134
            self.declType()
            self.state = 135
            self.declarator()
            self.state = 140
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==39:
                self.state = 136
                self.match(DParser.COMMA)
                self.state = 137
                self.declarator()
                self.state = 142
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 143
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

        def TYPEDEF_NAME(self):
            return self.getToken(DParser.TYPEDEF_NAME, 0)

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
            self.state = 148
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==18 or _la==19:
                self.state = 145
                self.typeQual()
                self.state = 150
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 158
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]:
                self.state = 152 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 151
                    self.typeSpec()
                    self.state = 154 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 262016) != 0)):
                        break

                pass
            elif token in [23]:
                self.state = 156
                self.match(DParser.IDENT)
                pass
            elif token in [22]:
                self.state = 157
                self.match(DParser.TYPEDEF_NAME)
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


    class InlineDeclContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def K_INLINE(self):
            return self.getToken(DParser.K_INLINE, 0)

        def declType(self):
            return self.getTypedRuleContext(DParser.DeclTypeContext,0)


        def IDENT(self):
            return self.getToken(DParser.IDENT, 0)

        def ASSIGN(self):
            return self.getToken(DParser.ASSIGN, 0)

        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)


        def SEMI(self):
            return self.getToken(DParser.SEMI, 0)

        def STAR(self, i:int=None):
            if i is None:
                return self.getTokens(DParser.STAR)
            else:
                return self.getToken(DParser.STAR, i)

        def getRuleIndex(self):
            return DParser.RULE_inlineDecl

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitInlineDecl" ):
                return visitor.visitInlineDecl(self)
            else:
                return visitor.visitChildren(self)




    def inlineDecl(self):

        localctx = DParser.InlineDeclContext(self, self._ctx, self.state)
        self.enterRule(localctx, 24, self.RULE_inlineDecl)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 160
            self.match(DParser.K_INLINE)
            self.state = 161
            self.declType()
            self.state = 165
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==48:
                self.state = 162
                self.match(DParser.STAR)
                self.state = 167
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 168
            self.match(DParser.IDENT)
            self.state = 169
            self.match(DParser.ASSIGN)
            self.state = 170
            self.expr(0)
            self.state = 171
            self.match(DParser.SEMI)
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
        self.enterRule(localctx, 26, self.RULE_declarator)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 176
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==48:
                self.state = 173
                self.match(DParser.STAR)
                self.state = 178
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 179
            self.match(DParser.IDENT)
            self.state = 186
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==36:
                self.state = 180
                self.match(DParser.LBRACK)
                self.state = 183
                self._errHandler.sync(self)
                token = self._input.LA(1)
                if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 22, 23]:
                    self.state = 181
                    self.declKeys()
                    pass
                elif token in [26]:
                    self.state = 182
                    self.match(DParser.INT)
                    pass
                elif token in [37]:
                    pass
                else:
                    pass
                self.state = 185
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
        self.enterRule(localctx, 28, self.RULE_declKeys)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 188
            self.typeName()
            self.state = 193
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==39:
                self.state = 189
                self.match(DParser.COMMA)
                self.state = 190
                self.typeName()
                self.state = 195
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

        def TYPEDEF_NAME(self):
            return self.getToken(DParser.TYPEDEF_NAME, 0)

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
        self.enterRule(localctx, 30, self.RULE_typeName)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 199
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==18 or _la==19:
                self.state = 196
                self.typeQual()
                self.state = 201
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 209
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]:
                self.state = 203 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 202
                    self.typeSpec()
                    self.state = 205 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 262016) != 0)):
                        break

                pass
            elif token in [23]:
                self.state = 207
                self.match(DParser.IDENT)
                pass
            elif token in [22]:
                self.state = 208
                self.match(DParser.TYPEDEF_NAME)
                pass
            else:
                raise NoViableAltException(self)

            self.state = 214
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==48:
                self.state = 211
                self.match(DParser.STAR)
                self.state = 216
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

        def TYPEDEF_NAME(self):
            return self.getToken(DParser.TYPEDEF_NAME, 0)

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
            return DParser.RULE_castType

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitCastType" ):
                return visitor.visitCastType(self)
            else:
                return visitor.visitChildren(self)




    def castType(self):

        localctx = DParser.CastTypeContext(self, self._ctx, self.state)
        self.enterRule(localctx, 32, self.RULE_castType)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 220
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==18 or _la==19:
                self.state = 217
                self.typeQual()
                self.state = 222
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 229
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]:
                self.state = 224 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 223
                    self.typeSpec()
                    self.state = 226 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 262016) != 0)):
                        break

                pass
            elif token in [22]:
                self.state = 228
                self.match(DParser.TYPEDEF_NAME)
                pass
            else:
                raise NoViableAltException(self)

            self.state = 234
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==48:
                self.state = 231
                self.match(DParser.STAR)
                self.state = 236
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
        self.enterRule(localctx, 34, self.RULE_typeSpec)
        self._la = 0 # Token type
        try:
            self.state = 247
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [7]:
                self.enterOuterAlt(localctx, 1)
                self.state = 237
                self.match(DParser.K_CHAR)
                pass
            elif token in [8]:
                self.enterOuterAlt(localctx, 2)
                self.state = 238
                self.match(DParser.K_SHORT)
                pass
            elif token in [9]:
                self.enterOuterAlt(localctx, 3)
                self.state = 239
                self.match(DParser.K_INT)
                pass
            elif token in [10]:
                self.enterOuterAlt(localctx, 4)
                self.state = 240
                self.match(DParser.K_LONG)
                pass
            elif token in [11]:
                self.enterOuterAlt(localctx, 5)
                self.state = 241
                self.match(DParser.K_SIGNED)
                pass
            elif token in [12]:
                self.enterOuterAlt(localctx, 6)
                self.state = 242
                self.match(DParser.K_UNSIGNED)
                pass
            elif token in [13]:
                self.enterOuterAlt(localctx, 7)
                self.state = 243
                self.match(DParser.K_VOID)
                pass
            elif token in [14]:
                self.enterOuterAlt(localctx, 8)
                self.state = 244
                self.match(DParser.K_STRING)
                pass
            elif token in [15, 16, 17]:
                self.enterOuterAlt(localctx, 9)
                self.state = 245
                _la = self._input.LA(1)
                if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 229376) != 0)):
                    self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 246
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
        self.enterRule(localctx, 36, self.RULE_typeQual)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 249
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
        _startState = 38
        self.enterRecursionRule(localctx, 38, self.RULE_expr, _p)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 271
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,29,self._ctx)
            if la_ == 1:
                localctx = DParser.PrimaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx

                self.state = 252
                self.primary()
                pass

            elif la_ == 2:
                localctx = DParser.PreIncDecExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 253
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==44 or _la==45):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 254
                self.expr(19)
                pass

            elif la_ == 3:
                localctx = DParser.UnaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 255
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not((((_la) & ~0x3f) == 0 and ((1 << _la) & -4034732684914720768) != 0)):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 256
                self.expr(18)
                pass

            elif la_ == 4:
                localctx = DParser.CastExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 257
                self.match(DParser.LPAREN)
                self.state = 258
                self.castType()
                self.state = 259
                self.match(DParser.RPAREN)
                self.state = 260
                self.expr(17)
                pass

            elif la_ == 5:
                localctx = DParser.SizeofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 262
                self.match(DParser.K_SIZEOF)
                self.state = 263
                self.match(DParser.LPAREN)
                self.state = 264
                self.typeName()
                self.state = 265
                self.match(DParser.RPAREN)
                pass

            elif la_ == 6:
                localctx = DParser.SizeofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 267
                self.match(DParser.K_SIZEOF)
                self.state = 268
                self.expr(15)
                pass

            elif la_ == 7:
                localctx = DParser.StringofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 269
                self.match(DParser.K_STRINGOF)
                self.state = 270
                self.expr(14)
                pass


            self._ctx.stop = self._input.LT(-1)
            self.state = 327
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,31,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    self.state = 325
                    self._errHandler.sync(self)
                    la_ = self._interp.adaptivePredict(self._input,30,self._ctx)
                    if la_ == 1:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 273
                        if not self.precpred(self._ctx, 13):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 13)")
                        self.state = 274
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 1970324836974592) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 275
                        self.expr(14)
                        pass

                    elif la_ == 2:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 276
                        if not self.precpred(self._ctx, 12):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 12)")
                        self.state = 277
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==46 or _la==47):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 278
                        self.expr(13)
                        pass

                    elif la_ == 3:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 279
                        if not self.precpred(self._ctx, 11):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 11)")
                        self.state = 280
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==51 or _la==52):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 281
                        self.expr(12)
                        pass

                    elif la_ == 4:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 282
                        if not self.precpred(self._ctx, 10):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 10)")
                        self.state = 283
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 135107988821114880) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 284
                        self.expr(11)
                        pass

                    elif la_ == 5:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 285
                        if not self.precpred(self._ctx, 9):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 9)")
                        self.state = 286
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==57 or _la==58):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 287
                        self.expr(10)
                        pass

                    elif la_ == 6:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 288
                        if not self.precpred(self._ctx, 8):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 8)")
                        self.state = 289
                        localctx.op = self.match(DParser.AMP)
                        self.state = 290
                        self.expr(9)
                        pass

                    elif la_ == 7:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 291
                        if not self.precpred(self._ctx, 7):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 7)")
                        self.state = 292
                        localctx.op = self.match(DParser.CARET)
                        self.state = 293
                        self.expr(8)
                        pass

                    elif la_ == 8:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 294
                        if not self.precpred(self._ctx, 6):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 6)")
                        self.state = 295
                        localctx.op = self.match(DParser.PIPE)
                        self.state = 296
                        self.expr(7)
                        pass

                    elif la_ == 9:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 297
                        if not self.precpred(self._ctx, 5):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 5)")
                        self.state = 298
                        localctx.op = self.match(DParser.ANDAND)
                        self.state = 299
                        self.expr(6)
                        pass

                    elif la_ == 10:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 300
                        if not self.precpred(self._ctx, 4):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 4)")
                        self.state = 301
                        localctx.op = self.match(DParser.XORXOR)
                        self.state = 302
                        self.expr(5)
                        pass

                    elif la_ == 11:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 303
                        if not self.precpred(self._ctx, 3):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 3)")
                        self.state = 304
                        localctx.op = self.match(DParser.OROR)
                        self.state = 305
                        self.expr(4)
                        pass

                    elif la_ == 12:
                        localctx = DParser.TernaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 306
                        if not self.precpred(self._ctx, 2):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                        self.state = 307
                        self.match(DParser.QUESTION)
                        self.state = 308
                        self.expr(0)
                        self.state = 309
                        self.match(DParser.COLON)
                        self.state = 310
                        self.expr(2)
                        pass

                    elif la_ == 13:
                        localctx = DParser.AssignExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 312
                        if not self.precpred(self._ctx, 1):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 1)")
                        self.state = 313
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(((((_la - 67)) & ~0x3f) == 0 and ((1 << (_la - 67)) & 2047) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 314
                        self.expr(1)
                        pass

                    elif la_ == 14:
                        localctx = DParser.IndexExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 315
                        if not self.precpred(self._ctx, 22):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 22)")
                        self.state = 316
                        self.match(DParser.LBRACK)
                        self.state = 317
                        self.exprList()
                        self.state = 318
                        self.match(DParser.RBRACK)
                        pass

                    elif la_ == 15:
                        localctx = DParser.MemberExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 320
                        if not self.precpred(self._ctx, 21):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 21)")
                        self.state = 321
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==42 or _la==43):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 322
                        self.name()
                        pass

                    elif la_ == 16:
                        localctx = DParser.PostIncDecExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 323
                        if not self.precpred(self._ctx, 20):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 20)")
                        self.state = 324
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==44 or _la==45):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        pass

             
                self.state = 329
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,31,self._ctx)

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
        self.enterRule(localctx, 40, self.RULE_primary)
        self._la = 0 # Token type
        try:
            self.state = 352
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,33,self._ctx)
            if la_ == 1:
                localctx = DParser.CallPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 330
                self.match(DParser.IDENT)
                self.state = 331
                self.match(DParser.LPAREN)
                self.state = 333
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & -4034679890648235930) != 0):
                    self.state = 332
                    self.exprList()


                self.state = 335
                self.match(DParser.RPAREN)
                pass

            elif la_ == 2:
                localctx = DParser.IdentPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 336
                self.match(DParser.IDENT)
                pass

            elif la_ == 3:
                localctx = DParser.AggPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 337
                self.match(DParser.AGG)
                pass

            elif la_ == 4:
                localctx = DParser.SelfPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 338
                self.match(DParser.K_SELF)
                self.state = 339
                self.match(DParser.ARROW)
                self.state = 340
                self.name()
                pass

            elif la_ == 5:
                localctx = DParser.ThisPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 341
                self.match(DParser.K_THIS)
                self.state = 342
                self.match(DParser.ARROW)
                self.state = 343
                self.name()
                pass

            elif la_ == 6:
                localctx = DParser.IntPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 344
                self.match(DParser.INT)
                pass

            elif la_ == 7:
                localctx = DParser.CharPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 345
                self.match(DParser.CHAR_LIT)
                pass

            elif la_ == 8:
                localctx = DParser.StringPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 346
                self.match(DParser.STRING_LIT)
                pass

            elif la_ == 9:
                localctx = DParser.MacroPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 347
                self.match(DParser.MACRO)
                pass

            elif la_ == 10:
                localctx = DParser.ParenPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 10)
                self.state = 348
                self.match(DParser.LPAREN)
                self.state = 349
                self.expr(0)
                self.state = 350
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
        self.enterRule(localctx, 42, self.RULE_exprList)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 354
            self.expr(0)
            self.state = 359
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==39:
                self.state = 355
                self.match(DParser.COMMA)
                self.state = 356
                self.expr(0)
                self.state = 361
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

        def TYPEDEF_NAME(self):
            return self.getToken(DParser.TYPEDEF_NAME, 0)

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
        self.enterRule(localctx, 44, self.RULE_name)
        try:
            self.state = 365
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [23]:
                self.enterOuterAlt(localctx, 1)
                self.state = 362
                self.match(DParser.IDENT)
                pass
            elif token in [22]:
                self.enterOuterAlt(localctx, 2)
                self.state = 363
                self.match(DParser.TYPEDEF_NAME)
                pass
            elif token in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]:
                self.enterOuterAlt(localctx, 3)
                self.state = 364
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

        def K_INLINE(self):
            return self.getToken(DParser.K_INLINE, 0)

        def getRuleIndex(self):
            return DParser.RULE_keyword

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitKeyword" ):
                return visitor.visitKeyword(self)
            else:
                return visitor.visitChildren(self)




    def keyword(self):

        localctx = DParser.KeywordContext(self, self._ctx, self.state)
        self.enterRule(localctx, 46, self.RULE_keyword)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 367
            _la = self._input.LA(1)
            if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 2097150) != 0)):
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
        self._predicates[19] = self.expr_sempred
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
         




