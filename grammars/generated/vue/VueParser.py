# Generated from Vue.g4 by ANTLR 4.13.2
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
        4,1,91,390,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,7,
        6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,13,
        2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,1,0,5,0,40,8,0,
        10,0,12,0,43,9,0,1,0,1,0,1,1,1,1,3,1,49,8,1,1,2,3,2,52,8,2,1,2,1,
        2,1,2,1,2,5,2,58,8,2,10,2,12,2,61,9,2,1,2,1,2,1,2,1,2,1,2,1,2,5,
        2,69,8,2,10,2,12,2,72,9,2,1,2,1,2,3,2,76,8,2,1,3,1,3,1,4,3,4,81,
        8,4,1,4,3,4,84,8,4,1,4,1,4,3,4,88,8,4,1,4,3,4,91,8,4,1,4,1,4,3,4,
        95,8,4,1,4,3,4,98,8,4,1,4,1,4,3,4,102,8,4,3,4,104,8,4,1,5,1,5,1,
        5,3,5,109,8,5,1,5,1,5,1,5,3,5,114,8,5,1,5,3,5,117,8,5,3,5,119,8,
        5,1,6,1,6,1,6,1,6,1,6,1,6,1,6,1,6,1,6,3,6,130,8,6,1,7,5,7,133,8,
        7,10,7,12,7,136,9,7,1,7,1,7,1,7,3,7,141,8,7,1,7,3,7,144,8,7,1,7,
        1,7,3,7,148,8,7,1,7,3,7,151,8,7,1,7,1,7,3,7,155,8,7,1,8,1,8,1,8,
        5,8,160,8,8,10,8,12,8,163,9,8,1,8,1,8,3,8,167,8,8,1,9,1,9,3,9,171,
        8,9,1,9,3,9,174,8,9,1,9,5,9,177,8,9,10,9,12,9,180,9,9,1,9,3,9,183,
        8,9,1,9,3,9,186,8,9,1,9,1,9,3,9,190,8,9,1,9,3,9,193,8,9,1,10,1,10,
        1,10,5,10,198,8,10,10,10,12,10,201,9,10,1,10,3,10,204,8,10,1,10,
        1,10,1,11,1,11,1,12,1,12,1,12,1,12,1,12,1,13,1,13,5,13,217,8,13,
        10,13,12,13,220,9,13,1,13,1,13,1,14,1,14,3,14,226,8,14,1,15,1,15,
        1,15,1,15,1,15,1,15,1,15,1,15,3,15,236,8,15,1,15,1,15,1,15,1,15,
        1,15,1,15,1,15,1,15,1,15,1,15,1,15,1,15,1,15,1,15,1,15,1,15,1,15,
        3,15,255,8,15,1,15,1,15,3,15,259,8,15,1,15,1,15,3,15,263,8,15,1,
        15,1,15,1,15,1,15,1,15,1,15,3,15,271,8,15,1,15,1,15,1,15,1,15,1,
        15,3,15,278,8,15,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,
        16,1,16,1,16,1,16,1,16,1,16,1,16,3,16,296,8,16,1,16,1,16,1,16,1,
        16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,
        16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,
        16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,
        16,1,16,1,16,1,16,1,16,1,16,1,16,5,16,347,8,16,10,16,12,16,350,9,
        16,1,17,1,17,5,17,354,8,17,10,17,12,17,357,9,17,1,18,1,18,1,18,1,
        18,4,18,363,8,18,11,18,12,18,364,1,18,1,18,1,18,1,18,1,18,1,18,1,
        18,1,18,5,18,375,8,18,10,18,12,18,378,9,18,3,18,380,8,18,1,18,1,
        18,1,18,1,18,1,18,1,18,3,18,388,8,18,1,18,0,1,32,19,0,2,4,6,8,10,
        12,14,16,18,20,22,24,26,28,30,32,34,36,0,13,1,0,46,51,1,0,70,71,
        1,0,76,78,1,0,62,63,2,0,12,18,81,81,2,0,19,20,81,81,1,0,14,15,1,
        0,21,22,1,0,23,26,1,0,27,28,2,0,7,7,35,44,1,0,10,11,1,0,12,13,461,
        0,41,1,0,0,0,2,48,1,0,0,0,4,75,1,0,0,0,6,77,1,0,0,0,8,103,1,0,0,
        0,10,118,1,0,0,0,12,129,1,0,0,0,14,134,1,0,0,0,16,156,1,0,0,0,18,
        173,1,0,0,0,20,194,1,0,0,0,22,207,1,0,0,0,24,209,1,0,0,0,26,214,
        1,0,0,0,28,225,1,0,0,0,30,277,1,0,0,0,32,295,1,0,0,0,34,351,1,0,
        0,0,36,387,1,0,0,0,38,40,3,2,1,0,39,38,1,0,0,0,40,43,1,0,0,0,41,
        39,1,0,0,0,41,42,1,0,0,0,42,44,1,0,0,0,43,41,1,0,0,0,44,45,5,0,0,
        1,45,1,1,0,0,0,46,49,3,4,2,0,47,49,3,20,10,0,48,46,1,0,0,0,48,47,
        1,0,0,0,49,3,1,0,0,0,50,52,3,6,3,0,51,50,1,0,0,0,51,52,1,0,0,0,52,
        53,1,0,0,0,53,54,3,8,4,0,54,59,3,14,7,0,55,56,5,1,0,0,56,58,3,14,
        7,0,57,55,1,0,0,0,58,61,1,0,0,0,59,57,1,0,0,0,59,60,1,0,0,0,60,62,
        1,0,0,0,61,59,1,0,0,0,62,63,5,2,0,0,63,76,1,0,0,0,64,65,3,6,3,0,
        65,70,3,14,7,0,66,67,5,1,0,0,67,69,3,14,7,0,68,66,1,0,0,0,69,72,
        1,0,0,0,70,68,1,0,0,0,70,71,1,0,0,0,71,73,1,0,0,0,72,70,1,0,0,0,
        73,74,5,2,0,0,74,76,1,0,0,0,75,51,1,0,0,0,75,64,1,0,0,0,76,5,1,0,
        0,0,77,78,7,0,0,0,78,7,1,0,0,0,79,81,5,75,0,0,80,79,1,0,0,0,80,81,
        1,0,0,0,81,83,1,0,0,0,82,84,7,1,0,0,83,82,1,0,0,0,83,84,1,0,0,0,
        84,85,1,0,0,0,85,87,3,10,5,0,86,88,5,75,0,0,87,86,1,0,0,0,87,88,
        1,0,0,0,88,104,1,0,0,0,89,91,5,75,0,0,90,89,1,0,0,0,90,91,1,0,0,
        0,91,92,1,0,0,0,92,94,7,1,0,0,93,95,5,75,0,0,94,93,1,0,0,0,94,95,
        1,0,0,0,95,104,1,0,0,0,96,98,5,75,0,0,97,96,1,0,0,0,97,98,1,0,0,
        0,98,99,1,0,0,0,99,101,3,12,6,0,100,102,5,75,0,0,101,100,1,0,0,0,
        101,102,1,0,0,0,102,104,1,0,0,0,103,80,1,0,0,0,103,90,1,0,0,0,103,
        97,1,0,0,0,104,9,1,0,0,0,105,119,5,66,0,0,106,108,5,67,0,0,107,109,
        5,68,0,0,108,107,1,0,0,0,108,109,1,0,0,0,109,119,1,0,0,0,110,119,
        5,68,0,0,111,113,5,69,0,0,112,114,5,69,0,0,113,112,1,0,0,0,113,114,
        1,0,0,0,114,116,1,0,0,0,115,117,5,68,0,0,116,115,1,0,0,0,116,117,
        1,0,0,0,117,119,1,0,0,0,118,105,1,0,0,0,118,106,1,0,0,0,118,110,
        1,0,0,0,118,111,1,0,0,0,119,11,1,0,0,0,120,130,5,72,0,0,121,130,
        5,53,0,0,122,130,5,52,0,0,123,130,5,54,0,0,124,130,5,55,0,0,125,
        130,5,73,0,0,126,130,5,74,0,0,127,128,7,2,0,0,128,130,5,87,0,0,129,
        120,1,0,0,0,129,121,1,0,0,0,129,122,1,0,0,0,129,123,1,0,0,0,129,
        124,1,0,0,0,129,125,1,0,0,0,129,126,1,0,0,0,129,127,1,0,0,0,130,
        13,1,0,0,0,131,133,5,81,0,0,132,131,1,0,0,0,133,136,1,0,0,0,134,
        132,1,0,0,0,134,135,1,0,0,0,135,137,1,0,0,0,136,134,1,0,0,0,137,
        143,5,87,0,0,138,140,5,3,0,0,139,141,3,32,16,0,140,139,1,0,0,0,140,
        141,1,0,0,0,141,142,1,0,0,0,142,144,5,4,0,0,143,138,1,0,0,0,143,
        144,1,0,0,0,144,150,1,0,0,0,145,147,5,5,0,0,146,148,3,16,8,0,147,
        146,1,0,0,0,147,148,1,0,0,0,148,149,1,0,0,0,149,151,5,6,0,0,150,
        145,1,0,0,0,150,151,1,0,0,0,151,154,1,0,0,0,152,153,5,7,0,0,153,
        155,3,32,16,0,154,152,1,0,0,0,154,155,1,0,0,0,155,15,1,0,0,0,156,
        161,3,18,9,0,157,158,5,1,0,0,158,160,3,18,9,0,159,157,1,0,0,0,160,
        163,1,0,0,0,161,159,1,0,0,0,161,162,1,0,0,0,162,166,1,0,0,0,163,
        161,1,0,0,0,164,165,5,1,0,0,165,167,5,80,0,0,166,164,1,0,0,0,166,
        167,1,0,0,0,167,17,1,0,0,0,168,174,3,8,4,0,169,171,5,75,0,0,170,
        169,1,0,0,0,170,171,1,0,0,0,171,172,1,0,0,0,172,174,5,87,0,0,173,
        168,1,0,0,0,173,170,1,0,0,0,174,178,1,0,0,0,175,177,5,81,0,0,176,
        175,1,0,0,0,177,180,1,0,0,0,178,176,1,0,0,0,178,179,1,0,0,0,179,
        182,1,0,0,0,180,178,1,0,0,0,181,183,5,75,0,0,182,181,1,0,0,0,182,
        183,1,0,0,0,183,185,1,0,0,0,184,186,5,87,0,0,185,184,1,0,0,0,185,
        186,1,0,0,0,186,192,1,0,0,0,187,189,5,3,0,0,188,190,3,32,16,0,189,
        188,1,0,0,0,189,190,1,0,0,0,190,191,1,0,0,0,191,193,5,4,0,0,192,
        187,1,0,0,0,192,193,1,0,0,0,193,19,1,0,0,0,194,199,3,22,11,0,195,
        196,5,1,0,0,196,198,3,22,11,0,197,195,1,0,0,0,198,201,1,0,0,0,199,
        197,1,0,0,0,199,200,1,0,0,0,200,203,1,0,0,0,201,199,1,0,0,0,202,
        204,3,24,12,0,203,202,1,0,0,0,203,204,1,0,0,0,204,205,1,0,0,0,205,
        206,3,26,13,0,206,21,1,0,0,0,207,208,5,45,0,0,208,23,1,0,0,0,209,
        210,5,56,0,0,210,211,5,5,0,0,211,212,3,32,16,0,212,213,5,6,0,0,213,
        25,1,0,0,0,214,218,5,8,0,0,215,217,3,28,14,0,216,215,1,0,0,0,217,
        220,1,0,0,0,218,216,1,0,0,0,218,219,1,0,0,0,219,221,1,0,0,0,220,
        218,1,0,0,0,221,222,5,9,0,0,222,27,1,0,0,0,223,226,3,4,2,0,224,226,
        3,30,15,0,225,223,1,0,0,0,225,224,1,0,0,0,226,29,1,0,0,0,227,278,
        3,26,13,0,228,229,5,57,0,0,229,230,5,5,0,0,230,231,3,32,16,0,231,
        232,5,6,0,0,232,235,3,30,15,0,233,234,5,58,0,0,234,236,3,30,15,0,
        235,233,1,0,0,0,235,236,1,0,0,0,236,278,1,0,0,0,237,238,5,59,0,0,
        238,239,5,5,0,0,239,240,3,32,16,0,240,241,5,6,0,0,241,242,3,30,15,
        0,242,278,1,0,0,0,243,244,5,60,0,0,244,245,3,30,15,0,245,246,5,59,
        0,0,246,247,5,5,0,0,247,248,3,32,16,0,248,249,5,6,0,0,249,250,5,
        2,0,0,250,278,1,0,0,0,251,252,5,61,0,0,252,254,5,5,0,0,253,255,3,
        32,16,0,254,253,1,0,0,0,254,255,1,0,0,0,255,256,1,0,0,0,256,258,
        5,2,0,0,257,259,3,32,16,0,258,257,1,0,0,0,258,259,1,0,0,0,259,260,
        1,0,0,0,260,262,5,2,0,0,261,263,3,32,16,0,262,261,1,0,0,0,262,263,
        1,0,0,0,263,264,1,0,0,0,264,265,5,6,0,0,265,278,3,30,15,0,266,267,
        7,3,0,0,267,278,5,2,0,0,268,270,5,64,0,0,269,271,3,32,16,0,270,269,
        1,0,0,0,270,271,1,0,0,0,271,272,1,0,0,0,272,278,5,2,0,0,273,274,
        3,32,16,0,274,275,5,2,0,0,275,278,1,0,0,0,276,278,5,2,0,0,277,227,
        1,0,0,0,277,228,1,0,0,0,277,237,1,0,0,0,277,243,1,0,0,0,277,251,
        1,0,0,0,277,266,1,0,0,0,277,268,1,0,0,0,277,273,1,0,0,0,277,276,
        1,0,0,0,278,31,1,0,0,0,279,280,6,16,-1,0,280,296,3,36,18,0,281,282,
        7,4,0,0,282,296,3,32,16,16,283,284,5,65,0,0,284,285,5,5,0,0,285,
        286,3,34,17,0,286,287,5,6,0,0,287,296,1,0,0,0,288,289,5,65,0,0,289,
        296,3,32,16,14,290,291,5,5,0,0,291,292,3,34,17,0,292,293,5,6,0,0,
        293,294,3,32,16,13,294,296,1,0,0,0,295,279,1,0,0,0,295,281,1,0,0,
        0,295,283,1,0,0,0,295,288,1,0,0,0,295,290,1,0,0,0,296,348,1,0,0,
        0,297,298,10,12,0,0,298,299,7,5,0,0,299,347,3,32,16,13,300,301,10,
        11,0,0,301,302,7,6,0,0,302,347,3,32,16,12,303,304,10,10,0,0,304,
        305,7,7,0,0,305,347,3,32,16,11,306,307,10,9,0,0,307,308,7,8,0,0,
        308,347,3,32,16,10,309,310,10,8,0,0,310,311,7,9,0,0,311,347,3,32,
        16,9,312,313,10,7,0,0,313,314,5,18,0,0,314,347,3,32,16,8,315,316,
        10,6,0,0,316,317,5,29,0,0,317,347,3,32,16,7,318,319,10,5,0,0,319,
        320,5,30,0,0,320,347,3,32,16,6,321,322,10,4,0,0,322,323,5,31,0,0,
        323,347,3,32,16,5,324,325,10,3,0,0,325,326,5,32,0,0,326,347,3,32,
        16,4,327,328,10,2,0,0,328,329,5,33,0,0,329,330,3,32,16,0,330,331,
        5,34,0,0,331,332,3,32,16,2,332,347,1,0,0,0,333,334,10,1,0,0,334,
        335,7,10,0,0,335,347,3,32,16,1,336,337,10,19,0,0,337,338,5,3,0,0,
        338,339,3,32,16,0,339,340,5,4,0,0,340,347,1,0,0,0,341,342,10,18,
        0,0,342,343,7,11,0,0,343,347,5,87,0,0,344,345,10,17,0,0,345,347,
        7,12,0,0,346,297,1,0,0,0,346,300,1,0,0,0,346,303,1,0,0,0,346,306,
        1,0,0,0,346,309,1,0,0,0,346,312,1,0,0,0,346,315,1,0,0,0,346,318,
        1,0,0,0,346,321,1,0,0,0,346,324,1,0,0,0,346,327,1,0,0,0,346,333,
        1,0,0,0,346,336,1,0,0,0,346,341,1,0,0,0,346,344,1,0,0,0,347,350,
        1,0,0,0,348,346,1,0,0,0,348,349,1,0,0,0,349,33,1,0,0,0,350,348,1,
        0,0,0,351,355,3,8,4,0,352,354,5,81,0,0,353,352,1,0,0,0,354,357,1,
        0,0,0,355,353,1,0,0,0,355,356,1,0,0,0,356,35,1,0,0,0,357,355,1,0,
        0,0,358,388,5,83,0,0,359,388,5,82,0,0,360,388,5,84,0,0,361,363,5,
        85,0,0,362,361,1,0,0,0,363,364,1,0,0,0,364,362,1,0,0,0,364,365,1,
        0,0,0,365,388,1,0,0,0,366,388,5,86,0,0,367,368,5,79,0,0,368,388,
        5,87,0,0,369,370,5,87,0,0,370,379,5,5,0,0,371,376,3,32,16,0,372,
        373,5,1,0,0,373,375,3,32,16,0,374,372,1,0,0,0,375,378,1,0,0,0,376,
        374,1,0,0,0,376,377,1,0,0,0,377,380,1,0,0,0,378,376,1,0,0,0,379,
        371,1,0,0,0,379,380,1,0,0,0,380,381,1,0,0,0,381,388,5,6,0,0,382,
        388,5,87,0,0,383,384,5,5,0,0,384,385,3,32,16,0,385,386,5,6,0,0,386,
        388,1,0,0,0,387,358,1,0,0,0,387,359,1,0,0,0,387,360,1,0,0,0,387,
        362,1,0,0,0,387,366,1,0,0,0,387,367,1,0,0,0,387,369,1,0,0,0,387,
        382,1,0,0,0,387,383,1,0,0,0,388,37,1,0,0,0,52,41,48,51,59,70,75,
        80,83,87,90,94,97,101,103,108,113,116,118,129,134,140,143,147,150,
        154,161,166,170,173,178,182,185,189,192,199,203,218,225,235,254,
        258,262,270,277,295,346,348,355,364,376,379,387
    ]

class VueParser ( Parser ):

    grammarFileName = "Vue.g4"

    atn = ATNDeserializer().deserialize(serializedATN())

    decisionsToDFA = [ DFA(ds, i) for i, ds in enumerate(atn.decisionToState) ]

    sharedContextCache = PredictionContextCache()

    literalNames = [ "<INVALID>", "','", "';'", "'['", "']'", "'('", "')'", 
                     "'='", "'{'", "'}'", "'.'", "'->'", "'++'", "'--'", 
                     "'+'", "'-'", "'!'", "'~'", "'&'", "'/'", "'%'", "'<<'", 
                     "'>>'", "'<'", "'<='", "'>'", "'>='", "'=='", "'!='", 
                     "'^'", "'|'", "'&&'", "'||'", "'?'", "':'", "'+='", 
                     "'-='", "'*='", "'/='", "'%='", "'<<='", "'>>='", "'&='", 
                     "'^='", "'|='", "<INVALID>", "'__global'", "'__auto'", 
                     "'__thread'", "'__kernel'", "'static'", "'extern'", 
                     "'__list'", "'String'", "'probev_timestamp_t'", "<INVALID>", 
                     "'when'", "'if'", "'else'", "'while'", "'do'", "'for'", 
                     "'break'", "'continue'", "'return'", "'sizeof'", "'char'", 
                     "'short'", "'int'", "'long'", "'signed'", "'unsigned'", 
                     "'void'", "'float'", "'double'", "<INVALID>", "'struct'", 
                     "'union'", "'enum'", "<INVALID>", "'...'", "'*'" ]

    symbolicNames = [ "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                      "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                      "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                      "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                      "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                      "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                      "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                      "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                      "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                      "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                      "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                      "<INVALID>", "TUPLE", "GLOBAL", "AUTO", "THREAD", 
                      "KERNEL", "STATIC", "EXTERN", "LIST_T", "STRING_T", 
                      "TIMESTAMP_T", "VUE_TYPE", "WHEN", "IF", "ELSE", "WHILE", 
                      "DO", "FOR", "BREAK", "CONTINUE", "RETURN", "SIZEOF", 
                      "CHAR", "SHORT", "INT", "LONG", "SIGNED", "UNSIGNED", 
                      "VOID", "FLOAT", "DOUBLE", "CONST", "STRUCT", "UNION", 
                      "ENUM", "CLASSQ", "ELLIPSIS", "STAR", "FLOAT_LIT", 
                      "INT_LIT", "CHAR_LIT", "STRING_LIT", "DOLLAR", "ID", 
                      "BLOCK_COMMENT", "LINE_COMMENT", "HASH_LINE", "WS" ]

    RULE_program = 0
    RULE_item = 1
    RULE_declaration = 2
    RULE_storageClass = 3
    RULE_typeSpec = 4
    RULE_intType = 5
    RULE_namedType = 6
    RULE_declarator = 7
    RULE_paramList = 8
    RULE_param = 9
    RULE_clause = 10
    RULE_probeTuple = 11
    RULE_predicate = 12
    RULE_block = 13
    RULE_blockItem = 14
    RULE_statement = 15
    RULE_expr = 16
    RULE_typeName = 17
    RULE_primary = 18

    ruleNames =  [ "program", "item", "declaration", "storageClass", "typeSpec", 
                   "intType", "namedType", "declarator", "paramList", "param", 
                   "clause", "probeTuple", "predicate", "block", "blockItem", 
                   "statement", "expr", "typeName", "primary" ]

    EOF = Token.EOF
    T__0=1
    T__1=2
    T__2=3
    T__3=4
    T__4=5
    T__5=6
    T__6=7
    T__7=8
    T__8=9
    T__9=10
    T__10=11
    T__11=12
    T__12=13
    T__13=14
    T__14=15
    T__15=16
    T__16=17
    T__17=18
    T__18=19
    T__19=20
    T__20=21
    T__21=22
    T__22=23
    T__23=24
    T__24=25
    T__25=26
    T__26=27
    T__27=28
    T__28=29
    T__29=30
    T__30=31
    T__31=32
    T__32=33
    T__33=34
    T__34=35
    T__35=36
    T__36=37
    T__37=38
    T__38=39
    T__39=40
    T__40=41
    T__41=42
    T__42=43
    T__43=44
    TUPLE=45
    GLOBAL=46
    AUTO=47
    THREAD=48
    KERNEL=49
    STATIC=50
    EXTERN=51
    LIST_T=52
    STRING_T=53
    TIMESTAMP_T=54
    VUE_TYPE=55
    WHEN=56
    IF=57
    ELSE=58
    WHILE=59
    DO=60
    FOR=61
    BREAK=62
    CONTINUE=63
    RETURN=64
    SIZEOF=65
    CHAR=66
    SHORT=67
    INT=68
    LONG=69
    SIGNED=70
    UNSIGNED=71
    VOID=72
    FLOAT=73
    DOUBLE=74
    CONST=75
    STRUCT=76
    UNION=77
    ENUM=78
    CLASSQ=79
    ELLIPSIS=80
    STAR=81
    FLOAT_LIT=82
    INT_LIT=83
    CHAR_LIT=84
    STRING_LIT=85
    DOLLAR=86
    ID=87
    BLOCK_COMMENT=88
    LINE_COMMENT=89
    HASH_LINE=90
    WS=91

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
            return self.getToken(VueParser.EOF, 0)

        def item(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.ItemContext)
            else:
                return self.getTypedRuleContext(VueParser.ItemContext,i)


        def getRuleIndex(self):
            return VueParser.RULE_program

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitProgram" ):
                return visitor.visitProgram(self)
            else:
                return visitor.visitChildren(self)




    def program(self):

        localctx = VueParser.ProgramContext(self, self._ctx, self.state)
        self.enterRule(localctx, 0, self.RULE_program)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 41
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while ((((_la - 45)) & ~0x3f) == 0 and ((1 << (_la - 45)) & 17177774079) != 0):
                self.state = 38
                self.item()
                self.state = 43
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 44
            self.match(VueParser.EOF)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ItemContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def declaration(self):
            return self.getTypedRuleContext(VueParser.DeclarationContext,0)


        def clause(self):
            return self.getTypedRuleContext(VueParser.ClauseContext,0)


        def getRuleIndex(self):
            return VueParser.RULE_item

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitItem" ):
                return visitor.visitItem(self)
            else:
                return visitor.visitChildren(self)




    def item(self):

        localctx = VueParser.ItemContext(self, self._ctx, self.state)
        self.enterRule(localctx, 2, self.RULE_item)
        try:
            self.state = 48
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78]:
                self.enterOuterAlt(localctx, 1)
                self.state = 46
                self.declaration()
                pass
            elif token in [45]:
                self.enterOuterAlt(localctx, 2)
                self.state = 47
                self.clause()
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


    class DeclarationContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def typeSpec(self):
            return self.getTypedRuleContext(VueParser.TypeSpecContext,0)


        def declarator(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.DeclaratorContext)
            else:
                return self.getTypedRuleContext(VueParser.DeclaratorContext,i)


        def storageClass(self):
            return self.getTypedRuleContext(VueParser.StorageClassContext,0)


        def getRuleIndex(self):
            return VueParser.RULE_declaration

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitDeclaration" ):
                return visitor.visitDeclaration(self)
            else:
                return visitor.visitChildren(self)




    def declaration(self):

        localctx = VueParser.DeclarationContext(self, self._ctx, self.state)
        self.enterRule(localctx, 4, self.RULE_declaration)
        self._la = 0 # Token type
        try:
            self.state = 75
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,5,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 51
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 4433230883192832) != 0):
                    self.state = 50
                    self.storageClass()


                self.state = 53
                self.typeSpec()
                self.state = 54
                self.declarator()
                self.state = 59
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==1:
                    self.state = 55
                    self.match(VueParser.T__0)
                    self.state = 56
                    self.declarator()
                    self.state = 61
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 62
                self.match(VueParser.T__1)
                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 64
                self.storageClass()
                self.state = 65
                self.declarator()
                self.state = 70
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==1:
                    self.state = 66
                    self.match(VueParser.T__0)
                    self.state = 67
                    self.declarator()
                    self.state = 72
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 73
                self.match(VueParser.T__1)
                pass


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class StorageClassContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def GLOBAL(self):
            return self.getToken(VueParser.GLOBAL, 0)

        def AUTO(self):
            return self.getToken(VueParser.AUTO, 0)

        def THREAD(self):
            return self.getToken(VueParser.THREAD, 0)

        def KERNEL(self):
            return self.getToken(VueParser.KERNEL, 0)

        def STATIC(self):
            return self.getToken(VueParser.STATIC, 0)

        def EXTERN(self):
            return self.getToken(VueParser.EXTERN, 0)

        def getRuleIndex(self):
            return VueParser.RULE_storageClass

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitStorageClass" ):
                return visitor.visitStorageClass(self)
            else:
                return visitor.visitChildren(self)




    def storageClass(self):

        localctx = VueParser.StorageClassContext(self, self._ctx, self.state)
        self.enterRule(localctx, 6, self.RULE_storageClass)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 77
            _la = self._input.LA(1)
            if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 4433230883192832) != 0)):
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


    class TypeSpecContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser


        def getRuleIndex(self):
            return VueParser.RULE_typeSpec

     
        def copyFrom(self, ctx:ParserRuleContext):
            super().copyFrom(ctx)



    class NamedTypeSpecContext(TypeSpecContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.TypeSpecContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def namedType(self):
            return self.getTypedRuleContext(VueParser.NamedTypeContext,0)

        def CONST(self, i:int=None):
            if i is None:
                return self.getTokens(VueParser.CONST)
            else:
                return self.getToken(VueParser.CONST, i)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitNamedTypeSpec" ):
                return visitor.visitNamedTypeSpec(self)
            else:
                return visitor.visitChildren(self)


    class BareSignTypeSpecContext(TypeSpecContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.TypeSpecContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def SIGNED(self):
            return self.getToken(VueParser.SIGNED, 0)
        def UNSIGNED(self):
            return self.getToken(VueParser.UNSIGNED, 0)
        def CONST(self, i:int=None):
            if i is None:
                return self.getTokens(VueParser.CONST)
            else:
                return self.getToken(VueParser.CONST, i)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitBareSignTypeSpec" ):
                return visitor.visitBareSignTypeSpec(self)
            else:
                return visitor.visitChildren(self)


    class IntTypeSpecContext(TypeSpecContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.TypeSpecContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def intType(self):
            return self.getTypedRuleContext(VueParser.IntTypeContext,0)

        def CONST(self, i:int=None):
            if i is None:
                return self.getTokens(VueParser.CONST)
            else:
                return self.getToken(VueParser.CONST, i)
        def SIGNED(self):
            return self.getToken(VueParser.SIGNED, 0)
        def UNSIGNED(self):
            return self.getToken(VueParser.UNSIGNED, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitIntTypeSpec" ):
                return visitor.visitIntTypeSpec(self)
            else:
                return visitor.visitChildren(self)



    def typeSpec(self):

        localctx = VueParser.TypeSpecContext(self, self._ctx, self.state)
        self.enterRule(localctx, 8, self.RULE_typeSpec)
        self._la = 0 # Token type
        try:
            self.state = 103
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,13,self._ctx)
            if la_ == 1:
                localctx = VueParser.IntTypeSpecContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 80
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 79
                    self.match(VueParser.CONST)


                self.state = 83
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==70 or _la==71:
                    self.state = 82
                    _la = self._input.LA(1)
                    if not(_la==70 or _la==71):
                        self._errHandler.recoverInline(self)
                    else:
                        self._errHandler.reportMatch(self)
                        self.consume()


                self.state = 85
                self.intType()
                self.state = 87
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,8,self._ctx)
                if la_ == 1:
                    self.state = 86
                    self.match(VueParser.CONST)


                pass

            elif la_ == 2:
                localctx = VueParser.BareSignTypeSpecContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 90
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 89
                    self.match(VueParser.CONST)


                self.state = 92
                _la = self._input.LA(1)
                if not(_la==70 or _la==71):
                    self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 94
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,10,self._ctx)
                if la_ == 1:
                    self.state = 93
                    self.match(VueParser.CONST)


                pass

            elif la_ == 3:
                localctx = VueParser.NamedTypeSpecContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 97
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 96
                    self.match(VueParser.CONST)


                self.state = 99
                self.namedType()
                self.state = 101
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,12,self._ctx)
                if la_ == 1:
                    self.state = 100
                    self.match(VueParser.CONST)


                pass


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class IntTypeContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def CHAR(self):
            return self.getToken(VueParser.CHAR, 0)

        def SHORT(self):
            return self.getToken(VueParser.SHORT, 0)

        def INT(self):
            return self.getToken(VueParser.INT, 0)

        def LONG(self, i:int=None):
            if i is None:
                return self.getTokens(VueParser.LONG)
            else:
                return self.getToken(VueParser.LONG, i)

        def getRuleIndex(self):
            return VueParser.RULE_intType

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitIntType" ):
                return visitor.visitIntType(self)
            else:
                return visitor.visitChildren(self)




    def intType(self):

        localctx = VueParser.IntTypeContext(self, self._ctx, self.state)
        self.enterRule(localctx, 10, self.RULE_intType)
        self._la = 0 # Token type
        try:
            self.state = 118
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [66]:
                self.enterOuterAlt(localctx, 1)
                self.state = 105
                self.match(VueParser.CHAR)
                pass
            elif token in [67]:
                self.enterOuterAlt(localctx, 2)
                self.state = 106
                self.match(VueParser.SHORT)
                self.state = 108
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==68:
                    self.state = 107
                    self.match(VueParser.INT)


                pass
            elif token in [68]:
                self.enterOuterAlt(localctx, 3)
                self.state = 110
                self.match(VueParser.INT)
                pass
            elif token in [69]:
                self.enterOuterAlt(localctx, 4)
                self.state = 111
                self.match(VueParser.LONG)
                self.state = 113
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==69:
                    self.state = 112
                    self.match(VueParser.LONG)


                self.state = 116
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==68:
                    self.state = 115
                    self.match(VueParser.INT)


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


    class NamedTypeContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def VOID(self):
            return self.getToken(VueParser.VOID, 0)

        def STRING_T(self):
            return self.getToken(VueParser.STRING_T, 0)

        def LIST_T(self):
            return self.getToken(VueParser.LIST_T, 0)

        def TIMESTAMP_T(self):
            return self.getToken(VueParser.TIMESTAMP_T, 0)

        def VUE_TYPE(self):
            return self.getToken(VueParser.VUE_TYPE, 0)

        def FLOAT(self):
            return self.getToken(VueParser.FLOAT, 0)

        def DOUBLE(self):
            return self.getToken(VueParser.DOUBLE, 0)

        def ID(self):
            return self.getToken(VueParser.ID, 0)

        def STRUCT(self):
            return self.getToken(VueParser.STRUCT, 0)

        def UNION(self):
            return self.getToken(VueParser.UNION, 0)

        def ENUM(self):
            return self.getToken(VueParser.ENUM, 0)

        def getRuleIndex(self):
            return VueParser.RULE_namedType

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitNamedType" ):
                return visitor.visitNamedType(self)
            else:
                return visitor.visitChildren(self)




    def namedType(self):

        localctx = VueParser.NamedTypeContext(self, self._ctx, self.state)
        self.enterRule(localctx, 12, self.RULE_namedType)
        self._la = 0 # Token type
        try:
            self.state = 129
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [72]:
                self.enterOuterAlt(localctx, 1)
                self.state = 120
                self.match(VueParser.VOID)
                pass
            elif token in [53]:
                self.enterOuterAlt(localctx, 2)
                self.state = 121
                self.match(VueParser.STRING_T)
                pass
            elif token in [52]:
                self.enterOuterAlt(localctx, 3)
                self.state = 122
                self.match(VueParser.LIST_T)
                pass
            elif token in [54]:
                self.enterOuterAlt(localctx, 4)
                self.state = 123
                self.match(VueParser.TIMESTAMP_T)
                pass
            elif token in [55]:
                self.enterOuterAlt(localctx, 5)
                self.state = 124
                self.match(VueParser.VUE_TYPE)
                pass
            elif token in [73]:
                self.enterOuterAlt(localctx, 6)
                self.state = 125
                self.match(VueParser.FLOAT)
                pass
            elif token in [74]:
                self.enterOuterAlt(localctx, 7)
                self.state = 126
                self.match(VueParser.DOUBLE)
                pass
            elif token in [76, 77, 78]:
                self.enterOuterAlt(localctx, 8)
                self.state = 127
                _la = self._input.LA(1)
                if not(((((_la - 76)) & ~0x3f) == 0 and ((1 << (_la - 76)) & 7) != 0)):
                    self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 128
                self.match(VueParser.ID)
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

        def ID(self):
            return self.getToken(VueParser.ID, 0)

        def STAR(self, i:int=None):
            if i is None:
                return self.getTokens(VueParser.STAR)
            else:
                return self.getToken(VueParser.STAR, i)

        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.ExprContext)
            else:
                return self.getTypedRuleContext(VueParser.ExprContext,i)


        def paramList(self):
            return self.getTypedRuleContext(VueParser.ParamListContext,0)


        def getRuleIndex(self):
            return VueParser.RULE_declarator

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitDeclarator" ):
                return visitor.visitDeclarator(self)
            else:
                return visitor.visitChildren(self)




    def declarator(self):

        localctx = VueParser.DeclaratorContext(self, self._ctx, self.state)
        self.enterRule(localctx, 14, self.RULE_declarator)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 134
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==81:
                self.state = 131
                self.match(VueParser.STAR)
                self.state = 136
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 137
            self.match(VueParser.ID)
            self.state = 143
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==3:
                self.state = 138
                self.match(VueParser.T__2)
                self.state = 140
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 520224) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 8339457) != 0):
                    self.state = 139
                    self.expr(0)


                self.state = 142
                self.match(VueParser.T__3)


            self.state = 150
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==5:
                self.state = 145
                self.match(VueParser.T__4)
                self.state = 147
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if ((((_la - 52)) & ~0x3f) == 0 and ((1 << (_la - 52)) & 34493939727) != 0):
                    self.state = 146
                    self.paramList()


                self.state = 149
                self.match(VueParser.T__5)


            self.state = 154
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==7:
                self.state = 152
                self.match(VueParser.T__6)
                self.state = 153
                self.expr(0)


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ParamListContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def param(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.ParamContext)
            else:
                return self.getTypedRuleContext(VueParser.ParamContext,i)


        def ELLIPSIS(self):
            return self.getToken(VueParser.ELLIPSIS, 0)

        def getRuleIndex(self):
            return VueParser.RULE_paramList

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitParamList" ):
                return visitor.visitParamList(self)
            else:
                return visitor.visitChildren(self)




    def paramList(self):

        localctx = VueParser.ParamListContext(self, self._ctx, self.state)
        self.enterRule(localctx, 16, self.RULE_paramList)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 156
            self.param()
            self.state = 161
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,25,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    self.state = 157
                    self.match(VueParser.T__0)
                    self.state = 158
                    self.param() 
                self.state = 163
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,25,self._ctx)

            self.state = 166
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==1:
                self.state = 164
                self.match(VueParser.T__0)
                self.state = 165
                self.match(VueParser.ELLIPSIS)


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ParamContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def typeSpec(self):
            return self.getTypedRuleContext(VueParser.TypeSpecContext,0)


        def ID(self, i:int=None):
            if i is None:
                return self.getTokens(VueParser.ID)
            else:
                return self.getToken(VueParser.ID, i)

        def STAR(self, i:int=None):
            if i is None:
                return self.getTokens(VueParser.STAR)
            else:
                return self.getToken(VueParser.STAR, i)

        def CONST(self, i:int=None):
            if i is None:
                return self.getTokens(VueParser.CONST)
            else:
                return self.getToken(VueParser.CONST, i)

        def expr(self):
            return self.getTypedRuleContext(VueParser.ExprContext,0)


        def getRuleIndex(self):
            return VueParser.RULE_param

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitParam" ):
                return visitor.visitParam(self)
            else:
                return visitor.visitChildren(self)




    def param(self):

        localctx = VueParser.ParamContext(self, self._ctx, self.state)
        self.enterRule(localctx, 18, self.RULE_param)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 173
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,28,self._ctx)
            if la_ == 1:
                self.state = 168
                self.typeSpec()
                pass

            elif la_ == 2:
                self.state = 170
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 169
                    self.match(VueParser.CONST)


                self.state = 172
                self.match(VueParser.ID)
                pass


            self.state = 178
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==81:
                self.state = 175
                self.match(VueParser.STAR)
                self.state = 180
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 182
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==75:
                self.state = 181
                self.match(VueParser.CONST)


            self.state = 185
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==87:
                self.state = 184
                self.match(VueParser.ID)


            self.state = 192
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==3:
                self.state = 187
                self.match(VueParser.T__2)
                self.state = 189
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 520224) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 8339457) != 0):
                    self.state = 188
                    self.expr(0)


                self.state = 191
                self.match(VueParser.T__3)


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

        def probeTuple(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.ProbeTupleContext)
            else:
                return self.getTypedRuleContext(VueParser.ProbeTupleContext,i)


        def block(self):
            return self.getTypedRuleContext(VueParser.BlockContext,0)


        def predicate(self):
            return self.getTypedRuleContext(VueParser.PredicateContext,0)


        def getRuleIndex(self):
            return VueParser.RULE_clause

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitClause" ):
                return visitor.visitClause(self)
            else:
                return visitor.visitChildren(self)




    def clause(self):

        localctx = VueParser.ClauseContext(self, self._ctx, self.state)
        self.enterRule(localctx, 20, self.RULE_clause)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 194
            self.probeTuple()
            self.state = 199
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==1:
                self.state = 195
                self.match(VueParser.T__0)
                self.state = 196
                self.probeTuple()
                self.state = 201
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 203
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==56:
                self.state = 202
                self.predicate()


            self.state = 205
            self.block()
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ProbeTupleContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def TUPLE(self):
            return self.getToken(VueParser.TUPLE, 0)

        def getRuleIndex(self):
            return VueParser.RULE_probeTuple

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitProbeTuple" ):
                return visitor.visitProbeTuple(self)
            else:
                return visitor.visitChildren(self)




    def probeTuple(self):

        localctx = VueParser.ProbeTupleContext(self, self._ctx, self.state)
        self.enterRule(localctx, 22, self.RULE_probeTuple)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 207
            self.match(VueParser.TUPLE)
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

        def WHEN(self):
            return self.getToken(VueParser.WHEN, 0)

        def expr(self):
            return self.getTypedRuleContext(VueParser.ExprContext,0)


        def getRuleIndex(self):
            return VueParser.RULE_predicate

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPredicate" ):
                return visitor.visitPredicate(self)
            else:
                return visitor.visitChildren(self)




    def predicate(self):

        localctx = VueParser.PredicateContext(self, self._ctx, self.state)
        self.enterRule(localctx, 24, self.RULE_predicate)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 209
            self.match(VueParser.WHEN)
            self.state = 210
            self.match(VueParser.T__4)
            self.state = 211
            self.expr(0)
            self.state = 212
            self.match(VueParser.T__5)
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

        def blockItem(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.BlockItemContext)
            else:
                return self.getTypedRuleContext(VueParser.BlockItemContext,i)


        def getRuleIndex(self):
            return VueParser.RULE_block

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitBlock" ):
                return visitor.visitBlock(self)
            else:
                return visitor.visitChildren(self)




    def block(self):

        localctx = VueParser.BlockContext(self, self._ctx, self.state)
        self.enterRule(localctx, 26, self.RULE_block)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 214
            self.match(VueParser.T__7)
            self.state = 218
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & -360358338933296860) != 0) or ((((_la - 64)) & ~0x3f) == 0 and ((1 << (_la - 64)) & 16711679) != 0):
                self.state = 215
                self.blockItem()
                self.state = 220
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 221
            self.match(VueParser.T__8)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class BlockItemContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def declaration(self):
            return self.getTypedRuleContext(VueParser.DeclarationContext,0)


        def statement(self):
            return self.getTypedRuleContext(VueParser.StatementContext,0)


        def getRuleIndex(self):
            return VueParser.RULE_blockItem

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitBlockItem" ):
                return visitor.visitBlockItem(self)
            else:
                return visitor.visitChildren(self)




    def blockItem(self):

        localctx = VueParser.BlockItemContext(self, self._ctx, self.state)
        self.enterRule(localctx, 28, self.RULE_blockItem)
        try:
            self.state = 225
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78]:
                self.enterOuterAlt(localctx, 1)
                self.state = 223
                self.declaration()
                pass
            elif token in [2, 5, 8, 12, 13, 14, 15, 16, 17, 18, 57, 59, 60, 61, 62, 63, 64, 65, 79, 81, 82, 83, 84, 85, 86, 87]:
                self.enterOuterAlt(localctx, 2)
                self.state = 224
                self.statement()
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


    class StatementContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser


        def getRuleIndex(self):
            return VueParser.RULE_statement

     
        def copyFrom(self, ctx:ParserRuleContext):
            super().copyFrom(ctx)



    class JumpStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.StatementContext
            super().__init__(parser)
            self.kw = None # Token
            self.copyFrom(ctx)

        def BREAK(self):
            return self.getToken(VueParser.BREAK, 0)
        def CONTINUE(self):
            return self.getToken(VueParser.CONTINUE, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitJumpStmt" ):
                return visitor.visitJumpStmt(self)
            else:
                return visitor.visitChildren(self)


    class ForStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def FOR(self):
            return self.getToken(VueParser.FOR, 0)
        def statement(self):
            return self.getTypedRuleContext(VueParser.StatementContext,0)

        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.ExprContext)
            else:
                return self.getTypedRuleContext(VueParser.ExprContext,i)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitForStmt" ):
                return visitor.visitForStmt(self)
            else:
                return visitor.visitChildren(self)


    class ExprStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(VueParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitExprStmt" ):
                return visitor.visitExprStmt(self)
            else:
                return visitor.visitChildren(self)


    class WhileStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def WHILE(self):
            return self.getToken(VueParser.WHILE, 0)
        def expr(self):
            return self.getTypedRuleContext(VueParser.ExprContext,0)

        def statement(self):
            return self.getTypedRuleContext(VueParser.StatementContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitWhileStmt" ):
                return visitor.visitWhileStmt(self)
            else:
                return visitor.visitChildren(self)


    class IfStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def IF(self):
            return self.getToken(VueParser.IF, 0)
        def expr(self):
            return self.getTypedRuleContext(VueParser.ExprContext,0)

        def statement(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.StatementContext)
            else:
                return self.getTypedRuleContext(VueParser.StatementContext,i)

        def ELSE(self):
            return self.getToken(VueParser.ELSE, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitIfStmt" ):
                return visitor.visitIfStmt(self)
            else:
                return visitor.visitChildren(self)


    class BlockStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def block(self):
            return self.getTypedRuleContext(VueParser.BlockContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitBlockStmt" ):
                return visitor.visitBlockStmt(self)
            else:
                return visitor.visitChildren(self)


    class EmptyStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitEmptyStmt" ):
                return visitor.visitEmptyStmt(self)
            else:
                return visitor.visitChildren(self)


    class DoStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def DO(self):
            return self.getToken(VueParser.DO, 0)
        def statement(self):
            return self.getTypedRuleContext(VueParser.StatementContext,0)

        def WHILE(self):
            return self.getToken(VueParser.WHILE, 0)
        def expr(self):
            return self.getTypedRuleContext(VueParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitDoStmt" ):
                return visitor.visitDoStmt(self)
            else:
                return visitor.visitChildren(self)


    class ReturnStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def RETURN(self):
            return self.getToken(VueParser.RETURN, 0)
        def expr(self):
            return self.getTypedRuleContext(VueParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitReturnStmt" ):
                return visitor.visitReturnStmt(self)
            else:
                return visitor.visitChildren(self)



    def statement(self):

        localctx = VueParser.StatementContext(self, self._ctx, self.state)
        self.enterRule(localctx, 30, self.RULE_statement)
        self._la = 0 # Token type
        try:
            self.state = 277
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [8]:
                localctx = VueParser.BlockStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 227
                self.block()
                pass
            elif token in [57]:
                localctx = VueParser.IfStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 228
                self.match(VueParser.IF)
                self.state = 229
                self.match(VueParser.T__4)
                self.state = 230
                self.expr(0)
                self.state = 231
                self.match(VueParser.T__5)
                self.state = 232
                self.statement()
                self.state = 235
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,38,self._ctx)
                if la_ == 1:
                    self.state = 233
                    self.match(VueParser.ELSE)
                    self.state = 234
                    self.statement()


                pass
            elif token in [59]:
                localctx = VueParser.WhileStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 237
                self.match(VueParser.WHILE)
                self.state = 238
                self.match(VueParser.T__4)
                self.state = 239
                self.expr(0)
                self.state = 240
                self.match(VueParser.T__5)
                self.state = 241
                self.statement()
                pass
            elif token in [60]:
                localctx = VueParser.DoStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 243
                self.match(VueParser.DO)
                self.state = 244
                self.statement()
                self.state = 245
                self.match(VueParser.WHILE)
                self.state = 246
                self.match(VueParser.T__4)
                self.state = 247
                self.expr(0)
                self.state = 248
                self.match(VueParser.T__5)
                self.state = 249
                self.match(VueParser.T__1)
                pass
            elif token in [61]:
                localctx = VueParser.ForStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 251
                self.match(VueParser.FOR)
                self.state = 252
                self.match(VueParser.T__4)
                self.state = 254
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 520224) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 8339457) != 0):
                    self.state = 253
                    self.expr(0)


                self.state = 256
                self.match(VueParser.T__1)
                self.state = 258
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 520224) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 8339457) != 0):
                    self.state = 257
                    self.expr(0)


                self.state = 260
                self.match(VueParser.T__1)
                self.state = 262
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 520224) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 8339457) != 0):
                    self.state = 261
                    self.expr(0)


                self.state = 264
                self.match(VueParser.T__5)
                self.state = 265
                self.statement()
                pass
            elif token in [62, 63]:
                localctx = VueParser.JumpStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 266
                localctx.kw = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==62 or _la==63):
                    localctx.kw = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 267
                self.match(VueParser.T__1)
                pass
            elif token in [64]:
                localctx = VueParser.ReturnStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 268
                self.match(VueParser.RETURN)
                self.state = 270
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 520224) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 8339457) != 0):
                    self.state = 269
                    self.expr(0)


                self.state = 272
                self.match(VueParser.T__1)
                pass
            elif token in [5, 12, 13, 14, 15, 16, 17, 18, 65, 79, 81, 82, 83, 84, 85, 86, 87]:
                localctx = VueParser.ExprStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 273
                self.expr(0)
                self.state = 274
                self.match(VueParser.T__1)
                pass
            elif token in [2]:
                localctx = VueParser.EmptyStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 276
                self.match(VueParser.T__1)
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


    class ExprContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser


        def getRuleIndex(self):
            return VueParser.RULE_expr

     
        def copyFrom(self, ctx:ParserRuleContext):
            super().copyFrom(ctx)


    class IndexExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.ExprContext)
            else:
                return self.getTypedRuleContext(VueParser.ExprContext,i)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitIndexExpr" ):
                return visitor.visitIndexExpr(self)
            else:
                return visitor.visitChildren(self)


    class PrefixExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.ExprContext
            super().__init__(parser)
            self.op = None # Token
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(VueParser.ExprContext,0)

        def STAR(self):
            return self.getToken(VueParser.STAR, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPrefixExpr" ):
                return visitor.visitPrefixExpr(self)
            else:
                return visitor.visitChildren(self)


    class SizeofExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def SIZEOF(self):
            return self.getToken(VueParser.SIZEOF, 0)
        def expr(self):
            return self.getTypedRuleContext(VueParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitSizeofExpr" ):
                return visitor.visitSizeofExpr(self)
            else:
                return visitor.visitChildren(self)


    class PrimaryExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def primary(self):
            return self.getTypedRuleContext(VueParser.PrimaryContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPrimaryExpr" ):
                return visitor.visitPrimaryExpr(self)
            else:
                return visitor.visitChildren(self)


    class TernaryExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.ExprContext)
            else:
                return self.getTypedRuleContext(VueParser.ExprContext,i)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTernaryExpr" ):
                return visitor.visitTernaryExpr(self)
            else:
                return visitor.visitChildren(self)


    class SizeofTypeExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def SIZEOF(self):
            return self.getToken(VueParser.SIZEOF, 0)
        def typeName(self):
            return self.getTypedRuleContext(VueParser.TypeNameContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitSizeofTypeExpr" ):
                return visitor.visitSizeofTypeExpr(self)
            else:
                return visitor.visitChildren(self)


    class CastExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def typeName(self):
            return self.getTypedRuleContext(VueParser.TypeNameContext,0)

        def expr(self):
            return self.getTypedRuleContext(VueParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitCastExpr" ):
                return visitor.visitCastExpr(self)
            else:
                return visitor.visitChildren(self)


    class MemberExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.ExprContext
            super().__init__(parser)
            self.op = None # Token
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(VueParser.ExprContext,0)

        def ID(self):
            return self.getToken(VueParser.ID, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitMemberExpr" ):
                return visitor.visitMemberExpr(self)
            else:
                return visitor.visitChildren(self)


    class BinaryExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.ExprContext
            super().__init__(parser)
            self.op = None # Token
            self.copyFrom(ctx)

        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.ExprContext)
            else:
                return self.getTypedRuleContext(VueParser.ExprContext,i)

        def STAR(self):
            return self.getToken(VueParser.STAR, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitBinaryExpr" ):
                return visitor.visitBinaryExpr(self)
            else:
                return visitor.visitChildren(self)


    class PostfixExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.ExprContext
            super().__init__(parser)
            self.op = None # Token
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(VueParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPostfixExpr" ):
                return visitor.visitPostfixExpr(self)
            else:
                return visitor.visitChildren(self)


    class AssignExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.ExprContext
            super().__init__(parser)
            self.op = None # Token
            self.copyFrom(ctx)

        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.ExprContext)
            else:
                return self.getTypedRuleContext(VueParser.ExprContext,i)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitAssignExpr" ):
                return visitor.visitAssignExpr(self)
            else:
                return visitor.visitChildren(self)



    def expr(self, _p:int=0):
        _parentctx = self._ctx
        _parentState = self.state
        localctx = VueParser.ExprContext(self, self._ctx, _parentState)
        _prevctx = localctx
        _startState = 32
        self.enterRecursionRule(localctx, 32, self.RULE_expr, _p)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 295
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,44,self._ctx)
            if la_ == 1:
                localctx = VueParser.PrimaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx

                self.state = 280
                self.primary()
                pass

            elif la_ == 2:
                localctx = VueParser.PrefixExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 281
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 520192) != 0) or _la==81):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 282
                self.expr(16)
                pass

            elif la_ == 3:
                localctx = VueParser.SizeofTypeExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 283
                self.match(VueParser.SIZEOF)
                self.state = 284
                self.match(VueParser.T__4)
                self.state = 285
                self.typeName()
                self.state = 286
                self.match(VueParser.T__5)
                pass

            elif la_ == 4:
                localctx = VueParser.SizeofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 288
                self.match(VueParser.SIZEOF)
                self.state = 289
                self.expr(14)
                pass

            elif la_ == 5:
                localctx = VueParser.CastExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 290
                self.match(VueParser.T__4)
                self.state = 291
                self.typeName()
                self.state = 292
                self.match(VueParser.T__5)
                self.state = 293
                self.expr(13)
                pass


            self._ctx.stop = self._input.LT(-1)
            self.state = 348
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,46,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    self.state = 346
                    self._errHandler.sync(self)
                    la_ = self._interp.adaptivePredict(self._input,45,self._ctx)
                    if la_ == 1:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 297
                        if not self.precpred(self._ctx, 12):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 12)")
                        self.state = 298
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(((((_la - 19)) & ~0x3f) == 0 and ((1 << (_la - 19)) & 4611686018427387907) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 299
                        self.expr(13)
                        pass

                    elif la_ == 2:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 300
                        if not self.precpred(self._ctx, 11):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 11)")
                        self.state = 301
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==14 or _la==15):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 302
                        self.expr(12)
                        pass

                    elif la_ == 3:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 303
                        if not self.precpred(self._ctx, 10):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 10)")
                        self.state = 304
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==21 or _la==22):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 305
                        self.expr(11)
                        pass

                    elif la_ == 4:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 306
                        if not self.precpred(self._ctx, 9):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 9)")
                        self.state = 307
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 125829120) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 308
                        self.expr(10)
                        pass

                    elif la_ == 5:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 309
                        if not self.precpred(self._ctx, 8):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 8)")
                        self.state = 310
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==27 or _la==28):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 311
                        self.expr(9)
                        pass

                    elif la_ == 6:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 312
                        if not self.precpred(self._ctx, 7):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 7)")
                        self.state = 313
                        localctx.op = self.match(VueParser.T__17)
                        self.state = 314
                        self.expr(8)
                        pass

                    elif la_ == 7:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 315
                        if not self.precpred(self._ctx, 6):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 6)")
                        self.state = 316
                        localctx.op = self.match(VueParser.T__28)
                        self.state = 317
                        self.expr(7)
                        pass

                    elif la_ == 8:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 318
                        if not self.precpred(self._ctx, 5):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 5)")
                        self.state = 319
                        localctx.op = self.match(VueParser.T__29)
                        self.state = 320
                        self.expr(6)
                        pass

                    elif la_ == 9:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 321
                        if not self.precpred(self._ctx, 4):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 4)")
                        self.state = 322
                        localctx.op = self.match(VueParser.T__30)
                        self.state = 323
                        self.expr(5)
                        pass

                    elif la_ == 10:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 324
                        if not self.precpred(self._ctx, 3):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 3)")
                        self.state = 325
                        localctx.op = self.match(VueParser.T__31)
                        self.state = 326
                        self.expr(4)
                        pass

                    elif la_ == 11:
                        localctx = VueParser.TernaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 327
                        if not self.precpred(self._ctx, 2):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                        self.state = 328
                        self.match(VueParser.T__32)
                        self.state = 329
                        self.expr(0)
                        self.state = 330
                        self.match(VueParser.T__33)
                        self.state = 331
                        self.expr(2)
                        pass

                    elif la_ == 12:
                        localctx = VueParser.AssignExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 333
                        if not self.precpred(self._ctx, 1):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 1)")
                        self.state = 334
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 35150012350592) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 335
                        self.expr(1)
                        pass

                    elif la_ == 13:
                        localctx = VueParser.IndexExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 336
                        if not self.precpred(self._ctx, 19):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 19)")
                        self.state = 337
                        self.match(VueParser.T__2)
                        self.state = 338
                        self.expr(0)
                        self.state = 339
                        self.match(VueParser.T__3)
                        pass

                    elif la_ == 14:
                        localctx = VueParser.MemberExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 341
                        if not self.precpred(self._ctx, 18):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 18)")
                        self.state = 342
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==10 or _la==11):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 343
                        self.match(VueParser.ID)
                        pass

                    elif la_ == 15:
                        localctx = VueParser.PostfixExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 344
                        if not self.precpred(self._ctx, 17):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 17)")
                        self.state = 345
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==12 or _la==13):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        pass

             
                self.state = 350
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,46,self._ctx)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.unrollRecursionContexts(_parentctx)
        return localctx


    class TypeNameContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def typeSpec(self):
            return self.getTypedRuleContext(VueParser.TypeSpecContext,0)


        def STAR(self, i:int=None):
            if i is None:
                return self.getTokens(VueParser.STAR)
            else:
                return self.getToken(VueParser.STAR, i)

        def getRuleIndex(self):
            return VueParser.RULE_typeName

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTypeName" ):
                return visitor.visitTypeName(self)
            else:
                return visitor.visitChildren(self)




    def typeName(self):

        localctx = VueParser.TypeNameContext(self, self._ctx, self.state)
        self.enterRule(localctx, 34, self.RULE_typeName)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 351
            self.typeSpec()
            self.state = 355
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==81:
                self.state = 352
                self.match(VueParser.STAR)
                self.state = 357
                self._errHandler.sync(self)
                _la = self._input.LA(1)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class PrimaryContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser


        def getRuleIndex(self):
            return VueParser.RULE_primary

     
        def copyFrom(self, ctx:ParserRuleContext):
            super().copyFrom(ctx)



    class StringLitContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def STRING_LIT(self, i:int=None):
            if i is None:
                return self.getTokens(VueParser.STRING_LIT)
            else:
                return self.getToken(VueParser.STRING_LIT, i)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitStringLit" ):
                return visitor.visitStringLit(self)
            else:
                return visitor.visitChildren(self)


    class FloatLitContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def FLOAT_LIT(self):
            return self.getToken(VueParser.FLOAT_LIT, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitFloatLit" ):
                return visitor.visitFloatLit(self)
            else:
                return visitor.visitChildren(self)


    class IntLitContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def INT_LIT(self):
            return self.getToken(VueParser.INT_LIT, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitIntLit" ):
                return visitor.visitIntLit(self)
            else:
                return visitor.visitChildren(self)


    class CallExprContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def ID(self):
            return self.getToken(VueParser.ID, 0)
        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.ExprContext)
            else:
                return self.getTypedRuleContext(VueParser.ExprContext,i)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitCallExpr" ):
                return visitor.visitCallExpr(self)
            else:
                return visitor.visitChildren(self)


    class CharLitContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def CHAR_LIT(self):
            return self.getToken(VueParser.CHAR_LIT, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitCharLit" ):
                return visitor.visitCharLit(self)
            else:
                return visitor.visitChildren(self)


    class NameExprContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def ID(self):
            return self.getToken(VueParser.ID, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitNameExpr" ):
                return visitor.visitNameExpr(self)
            else:
                return visitor.visitChildren(self)


    class ParenExprContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(VueParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitParenExpr" ):
                return visitor.visitParenExpr(self)
            else:
                return visitor.visitChildren(self)


    class DollarArgContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def DOLLAR(self):
            return self.getToken(VueParser.DOLLAR, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitDollarArg" ):
                return visitor.visitDollarArg(self)
            else:
                return visitor.visitChildren(self)


    class QualifiedVarContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def CLASSQ(self):
            return self.getToken(VueParser.CLASSQ, 0)
        def ID(self):
            return self.getToken(VueParser.ID, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitQualifiedVar" ):
                return visitor.visitQualifiedVar(self)
            else:
                return visitor.visitChildren(self)



    def primary(self):

        localctx = VueParser.PrimaryContext(self, self._ctx, self.state)
        self.enterRule(localctx, 36, self.RULE_primary)
        self._la = 0 # Token type
        try:
            self.state = 387
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,51,self._ctx)
            if la_ == 1:
                localctx = VueParser.IntLitContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 358
                self.match(VueParser.INT_LIT)
                pass

            elif la_ == 2:
                localctx = VueParser.FloatLitContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 359
                self.match(VueParser.FLOAT_LIT)
                pass

            elif la_ == 3:
                localctx = VueParser.CharLitContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 360
                self.match(VueParser.CHAR_LIT)
                pass

            elif la_ == 4:
                localctx = VueParser.StringLitContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 362 
                self._errHandler.sync(self)
                _alt = 1
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt == 1:
                        self.state = 361
                        self.match(VueParser.STRING_LIT)

                    else:
                        raise NoViableAltException(self)
                    self.state = 364 
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,48,self._ctx)

                pass

            elif la_ == 5:
                localctx = VueParser.DollarArgContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 366
                self.match(VueParser.DOLLAR)
                pass

            elif la_ == 6:
                localctx = VueParser.QualifiedVarContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 367
                self.match(VueParser.CLASSQ)
                self.state = 368
                self.match(VueParser.ID)
                pass

            elif la_ == 7:
                localctx = VueParser.CallExprContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 369
                self.match(VueParser.ID)
                self.state = 370
                self.match(VueParser.T__4)
                self.state = 379
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 520224) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 8339457) != 0):
                    self.state = 371
                    self.expr(0)
                    self.state = 376
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    while _la==1:
                        self.state = 372
                        self.match(VueParser.T__0)
                        self.state = 373
                        self.expr(0)
                        self.state = 378
                        self._errHandler.sync(self)
                        _la = self._input.LA(1)



                self.state = 381
                self.match(VueParser.T__5)
                pass

            elif la_ == 8:
                localctx = VueParser.NameExprContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 382
                self.match(VueParser.ID)
                pass

            elif la_ == 9:
                localctx = VueParser.ParenExprContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 383
                self.match(VueParser.T__4)
                self.state = 384
                self.expr(0)
                self.state = 385
                self.match(VueParser.T__5)
                pass


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
        self._predicates[16] = self.expr_sempred
        pred = self._predicates.get(ruleIndex, None)
        if pred is None:
            raise Exception("No predicate with index:" + str(ruleIndex))
        else:
            return pred(localctx, predIndex)

    def expr_sempred(self, localctx:ExprContext, predIndex:int):
            if predIndex == 0:
                return self.precpred(self._ctx, 12)
         

            if predIndex == 1:
                return self.precpred(self._ctx, 11)
         

            if predIndex == 2:
                return self.precpred(self._ctx, 10)
         

            if predIndex == 3:
                return self.precpred(self._ctx, 9)
         

            if predIndex == 4:
                return self.precpred(self._ctx, 8)
         

            if predIndex == 5:
                return self.precpred(self._ctx, 7)
         

            if predIndex == 6:
                return self.precpred(self._ctx, 6)
         

            if predIndex == 7:
                return self.precpred(self._ctx, 5)
         

            if predIndex == 8:
                return self.precpred(self._ctx, 4)
         

            if predIndex == 9:
                return self.precpred(self._ctx, 3)
         

            if predIndex == 10:
                return self.precpred(self._ctx, 2)
         

            if predIndex == 11:
                return self.precpred(self._ctx, 1)
         

            if predIndex == 12:
                return self.precpred(self._ctx, 19)
         

            if predIndex == 13:
                return self.precpred(self._ctx, 18)
         

            if predIndex == 14:
                return self.precpred(self._ctx, 17)
         




