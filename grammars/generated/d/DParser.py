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
        4,1,89,629,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,7,
        6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,13,
        2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,20,
        7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,2,25,7,25,2,26,7,26,
        2,27,7,27,2,28,7,28,2,29,7,29,2,30,7,30,2,31,7,31,2,32,7,32,2,33,
        7,33,2,34,7,34,2,35,7,35,2,36,7,36,1,0,5,0,76,8,0,10,0,12,0,79,9,
        0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,3,1,90,8,1,1,2,1,2,3,2,94,
        8,2,1,2,1,2,1,3,1,3,1,3,5,3,101,8,3,10,3,12,3,104,9,3,1,4,4,4,107,
        8,4,11,4,12,4,108,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,
        5,1,5,1,5,3,5,125,8,5,1,6,1,6,1,6,3,6,130,8,6,1,6,1,6,1,7,1,7,5,
        7,136,8,7,10,7,12,7,139,9,7,1,7,3,7,142,8,7,1,7,1,7,1,8,1,8,1,8,
        1,8,1,8,1,8,1,8,1,8,1,8,1,8,1,8,3,8,157,8,8,1,8,1,8,1,8,1,8,3,8,
        163,8,8,1,8,3,8,166,8,8,1,9,1,9,3,9,170,8,9,1,10,3,10,173,8,10,1,
        10,1,10,1,10,1,10,5,10,179,8,10,10,10,12,10,182,9,10,1,10,1,10,1,
        11,5,11,187,8,11,10,11,12,11,190,9,11,1,11,4,11,193,8,11,11,11,12,
        11,194,1,11,1,11,3,11,199,8,11,1,12,1,12,1,12,5,12,204,8,12,10,12,
        12,12,207,9,12,1,12,1,12,3,12,211,8,12,1,12,1,12,1,12,1,12,1,13,
        1,13,1,13,1,13,5,13,221,8,13,10,13,12,13,224,9,13,1,13,1,13,1,14,
        1,14,5,14,230,8,14,10,14,12,14,233,9,14,1,14,1,14,1,14,1,14,3,14,
        239,8,14,1,15,1,15,5,15,243,8,15,10,15,12,15,246,9,15,1,15,1,15,
        3,15,250,8,15,1,15,1,15,1,15,1,15,1,15,1,15,3,15,258,8,15,1,15,1,
        15,1,15,1,15,5,15,264,8,15,10,15,12,15,267,9,15,1,15,1,15,3,15,271,
        8,15,1,16,1,16,1,16,4,16,276,8,16,11,16,12,16,277,1,16,1,16,3,16,
        282,8,16,1,17,5,17,285,8,17,10,17,12,17,288,9,17,1,17,1,17,1,17,
        1,17,3,17,294,8,17,1,18,1,18,3,18,298,8,18,1,18,1,18,5,18,302,8,
        18,10,18,12,18,305,9,18,1,18,1,18,1,19,5,19,310,8,19,10,19,12,19,
        313,9,19,1,19,1,19,1,19,1,19,5,19,319,8,19,10,19,12,19,322,9,19,
        1,19,1,19,1,20,5,20,327,8,20,10,20,12,20,330,9,20,1,20,1,20,1,20,
        1,20,5,20,336,8,20,10,20,12,20,339,9,20,1,20,1,20,3,20,343,8,20,
        1,21,1,21,3,21,347,8,21,1,21,1,21,1,21,1,21,5,21,353,8,21,10,21,
        12,21,356,9,21,1,21,3,21,359,8,21,1,21,1,21,1,22,1,22,1,22,3,22,
        366,8,22,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,5,23,376,8,23,10,
        23,12,23,379,9,23,1,23,1,23,1,23,1,24,1,24,1,24,1,24,1,24,1,25,5,
        25,390,8,25,10,25,12,25,393,9,25,1,25,1,25,1,25,1,25,3,25,399,8,
        25,1,25,3,25,402,8,25,1,26,1,26,1,26,5,26,407,8,26,10,26,12,26,410,
        9,26,1,27,5,27,413,8,27,10,27,12,27,416,9,27,1,27,4,27,419,8,27,
        11,27,12,27,420,1,27,1,27,3,27,425,8,27,1,27,5,27,428,8,27,10,27,
        12,27,431,9,27,1,28,5,28,434,8,28,10,28,12,28,437,9,28,1,28,4,28,
        440,8,28,11,28,12,28,441,1,28,3,28,445,8,28,1,28,5,28,448,8,28,10,
        28,12,28,451,9,28,1,28,5,28,454,8,28,10,28,12,28,457,9,28,1,28,1,
        28,4,28,461,8,28,11,28,12,28,462,3,28,465,8,28,1,29,1,29,1,29,1,
        29,1,29,1,29,1,29,1,29,1,29,1,29,3,29,477,8,29,1,30,1,30,1,31,1,
        31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,
        31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,3,31,505,8,31,1,
        31,1,31,1,31,1,31,3,31,511,8,31,1,31,1,31,1,31,1,31,1,31,1,31,1,
        31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,
        31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,
        31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,
        31,1,31,1,31,1,31,1,31,1,31,1,31,5,31,565,8,31,10,31,12,31,568,9,
        31,1,32,1,32,1,32,3,32,573,8,32,1,32,1,32,1,32,1,32,1,32,1,32,1,
        32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,
        32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,3,32,605,8,
        32,1,33,1,33,1,33,5,33,610,8,33,10,33,12,33,613,9,33,1,34,1,34,1,
        34,4,34,618,8,34,11,34,12,34,619,1,35,1,35,1,35,3,35,625,8,35,1,
        36,1,36,1,36,0,1,62,37,0,2,4,6,8,10,12,14,16,18,20,22,24,26,28,30,
        32,34,36,38,40,42,44,46,48,50,52,54,56,58,60,62,64,66,68,70,72,0,
        15,1,0,1,2,1,0,15,16,1,0,15,17,1,0,27,28,1,0,18,19,1,0,55,56,3,0,
        57,59,70,70,73,74,1,0,59,61,1,0,57,58,1,0,62,63,1,0,64,67,1,0,68,
        69,1,0,78,88,1,0,53,54,1,0,1,24,726,0,77,1,0,0,0,2,89,1,0,0,0,4,
        91,1,0,0,0,6,97,1,0,0,0,8,106,1,0,0,0,10,124,1,0,0,0,12,126,1,0,
        0,0,14,133,1,0,0,0,16,165,1,0,0,0,18,169,1,0,0,0,20,172,1,0,0,0,
        22,188,1,0,0,0,24,200,1,0,0,0,26,216,1,0,0,0,28,227,1,0,0,0,30,270,
        1,0,0,0,32,281,1,0,0,0,34,286,1,0,0,0,36,295,1,0,0,0,38,311,1,0,
        0,0,40,328,1,0,0,0,42,344,1,0,0,0,44,362,1,0,0,0,46,367,1,0,0,0,
        48,383,1,0,0,0,50,391,1,0,0,0,52,403,1,0,0,0,54,414,1,0,0,0,56,464,
        1,0,0,0,58,476,1,0,0,0,60,478,1,0,0,0,62,510,1,0,0,0,64,604,1,0,
        0,0,66,606,1,0,0,0,68,614,1,0,0,0,70,624,1,0,0,0,72,626,1,0,0,0,
        74,76,3,2,1,0,75,74,1,0,0,0,76,79,1,0,0,0,77,75,1,0,0,0,77,78,1,
        0,0,0,78,80,1,0,0,0,79,77,1,0,0,0,80,81,5,0,0,1,81,1,1,0,0,0,82,
        90,5,25,0,0,83,90,3,20,10,0,84,90,3,24,12,0,85,90,3,30,15,0,86,90,
        3,46,23,0,87,90,3,4,2,0,88,90,5,49,0,0,89,82,1,0,0,0,89,83,1,0,0,
        0,89,84,1,0,0,0,89,85,1,0,0,0,89,86,1,0,0,0,89,87,1,0,0,0,89,88,
        1,0,0,0,90,3,1,0,0,0,91,93,3,6,3,0,92,94,3,12,6,0,93,92,1,0,0,0,
        93,94,1,0,0,0,94,95,1,0,0,0,95,96,3,14,7,0,96,5,1,0,0,0,97,102,3,
        8,4,0,98,99,5,50,0,0,99,101,3,8,4,0,100,98,1,0,0,0,101,104,1,0,0,
        0,102,100,1,0,0,0,102,103,1,0,0,0,103,7,1,0,0,0,104,102,1,0,0,0,
        105,107,3,10,5,0,106,105,1,0,0,0,107,108,1,0,0,0,108,106,1,0,0,0,
        108,109,1,0,0,0,109,9,1,0,0,0,110,125,5,27,0,0,111,125,5,26,0,0,
        112,125,5,31,0,0,113,125,5,34,0,0,114,125,5,30,0,0,115,125,3,72,
        36,0,116,125,5,51,0,0,117,125,5,59,0,0,118,125,5,52,0,0,119,125,
        5,58,0,0,120,125,5,47,0,0,121,125,5,48,0,0,122,125,5,53,0,0,123,
        125,5,74,0,0,124,110,1,0,0,0,124,111,1,0,0,0,124,112,1,0,0,0,124,
        113,1,0,0,0,124,114,1,0,0,0,124,115,1,0,0,0,124,116,1,0,0,0,124,
        117,1,0,0,0,124,118,1,0,0,0,124,119,1,0,0,0,124,120,1,0,0,0,124,
        121,1,0,0,0,124,122,1,0,0,0,124,123,1,0,0,0,125,11,1,0,0,0,126,129,
        5,60,0,0,127,130,3,62,31,0,128,130,3,68,34,0,129,127,1,0,0,0,129,
        128,1,0,0,0,130,131,1,0,0,0,131,132,5,60,0,0,132,13,1,0,0,0,133,
        137,5,43,0,0,134,136,3,16,8,0,135,134,1,0,0,0,136,139,1,0,0,0,137,
        135,1,0,0,0,137,138,1,0,0,0,138,141,1,0,0,0,139,137,1,0,0,0,140,
        142,3,18,9,0,141,140,1,0,0,0,141,142,1,0,0,0,142,143,1,0,0,0,143,
        144,5,44,0,0,144,15,1,0,0,0,145,146,3,62,31,0,146,147,5,49,0,0,147,
        166,1,0,0,0,148,149,3,68,34,0,149,150,5,49,0,0,150,166,1,0,0,0,151,
        166,5,49,0,0,152,153,5,3,0,0,153,156,5,45,0,0,154,157,3,62,31,0,
        155,157,3,68,34,0,156,154,1,0,0,0,156,155,1,0,0,0,157,158,1,0,0,
        0,158,159,5,46,0,0,159,162,3,16,8,0,160,161,5,4,0,0,161,163,3,16,
        8,0,162,160,1,0,0,0,162,163,1,0,0,0,163,166,1,0,0,0,164,166,3,14,
        7,0,165,145,1,0,0,0,165,148,1,0,0,0,165,151,1,0,0,0,165,152,1,0,
        0,0,165,164,1,0,0,0,166,17,1,0,0,0,167,170,3,62,31,0,168,170,3,68,
        34,0,169,167,1,0,0,0,169,168,1,0,0,0,170,19,1,0,0,0,171,173,7,0,
        0,0,172,171,1,0,0,0,172,173,1,0,0,0,173,174,1,0,0,0,174,175,3,22,
        11,0,175,180,3,50,25,0,176,177,5,50,0,0,177,179,3,50,25,0,178,176,
        1,0,0,0,179,182,1,0,0,0,180,178,1,0,0,0,180,181,1,0,0,0,181,183,
        1,0,0,0,182,180,1,0,0,0,183,184,5,49,0,0,184,21,1,0,0,0,185,187,
        3,60,30,0,186,185,1,0,0,0,187,190,1,0,0,0,188,186,1,0,0,0,188,189,
        1,0,0,0,189,198,1,0,0,0,190,188,1,0,0,0,191,193,3,58,29,0,192,191,
        1,0,0,0,193,194,1,0,0,0,194,192,1,0,0,0,194,195,1,0,0,0,195,199,
        1,0,0,0,196,199,5,27,0,0,197,199,5,26,0,0,198,192,1,0,0,0,198,196,
        1,0,0,0,198,197,1,0,0,0,199,23,1,0,0,0,200,201,5,20,0,0,201,205,
        3,22,11,0,202,204,5,59,0,0,203,202,1,0,0,0,204,207,1,0,0,0,205,203,
        1,0,0,0,205,206,1,0,0,0,206,208,1,0,0,0,207,205,1,0,0,0,208,210,
        5,27,0,0,209,211,3,26,13,0,210,209,1,0,0,0,210,211,1,0,0,0,211,212,
        1,0,0,0,212,213,5,78,0,0,213,214,3,62,31,0,214,215,5,49,0,0,215,
        25,1,0,0,0,216,217,5,47,0,0,217,222,3,28,14,0,218,219,5,50,0,0,219,
        221,3,28,14,0,220,218,1,0,0,0,221,224,1,0,0,0,222,220,1,0,0,0,222,
        223,1,0,0,0,223,225,1,0,0,0,224,222,1,0,0,0,225,226,5,48,0,0,226,
        27,1,0,0,0,227,231,3,22,11,0,228,230,5,59,0,0,229,228,1,0,0,0,230,
        233,1,0,0,0,231,229,1,0,0,0,231,232,1,0,0,0,232,234,1,0,0,0,233,
        231,1,0,0,0,234,238,5,27,0,0,235,236,5,47,0,0,236,237,5,31,0,0,237,
        239,5,48,0,0,238,235,1,0,0,0,238,239,1,0,0,0,239,29,1,0,0,0,240,
        244,5,21,0,0,241,243,3,60,30,0,242,241,1,0,0,0,243,246,1,0,0,0,244,
        242,1,0,0,0,244,245,1,0,0,0,245,247,1,0,0,0,246,244,1,0,0,0,247,
        249,3,32,16,0,248,250,3,34,17,0,249,248,1,0,0,0,249,250,1,0,0,0,
        250,251,1,0,0,0,251,252,5,49,0,0,252,271,1,0,0,0,253,254,3,32,16,
        0,254,255,5,49,0,0,255,271,1,0,0,0,256,258,7,0,0,0,257,256,1,0,0,
        0,257,258,1,0,0,0,258,259,1,0,0,0,259,260,3,36,18,0,260,265,3,50,
        25,0,261,262,5,50,0,0,262,264,3,50,25,0,263,261,1,0,0,0,264,267,
        1,0,0,0,265,263,1,0,0,0,265,266,1,0,0,0,266,268,1,0,0,0,267,265,
        1,0,0,0,268,269,5,49,0,0,269,271,1,0,0,0,270,240,1,0,0,0,270,253,
        1,0,0,0,270,257,1,0,0,0,271,31,1,0,0,0,272,282,3,36,18,0,273,282,
        3,42,21,0,274,276,3,58,29,0,275,274,1,0,0,0,276,277,1,0,0,0,277,
        275,1,0,0,0,277,278,1,0,0,0,278,282,1,0,0,0,279,282,5,27,0,0,280,
        282,5,26,0,0,281,272,1,0,0,0,281,273,1,0,0,0,281,275,1,0,0,0,281,
        279,1,0,0,0,281,280,1,0,0,0,282,33,1,0,0,0,283,285,5,59,0,0,284,
        283,1,0,0,0,285,288,1,0,0,0,286,284,1,0,0,0,286,287,1,0,0,0,287,
        289,1,0,0,0,288,286,1,0,0,0,289,293,5,27,0,0,290,291,5,47,0,0,291,
        292,5,31,0,0,292,294,5,48,0,0,293,290,1,0,0,0,293,294,1,0,0,0,294,
        35,1,0,0,0,295,297,7,1,0,0,296,298,5,27,0,0,297,296,1,0,0,0,297,
        298,1,0,0,0,298,299,1,0,0,0,299,303,5,43,0,0,300,302,3,38,19,0,301,
        300,1,0,0,0,302,305,1,0,0,0,303,301,1,0,0,0,303,304,1,0,0,0,304,
        306,1,0,0,0,305,303,1,0,0,0,306,307,5,44,0,0,307,37,1,0,0,0,308,
        310,3,60,30,0,309,308,1,0,0,0,310,313,1,0,0,0,311,309,1,0,0,0,311,
        312,1,0,0,0,312,314,1,0,0,0,313,311,1,0,0,0,314,315,3,32,16,0,315,
        320,3,40,20,0,316,317,5,50,0,0,317,319,3,40,20,0,318,316,1,0,0,0,
        319,322,1,0,0,0,320,318,1,0,0,0,320,321,1,0,0,0,321,323,1,0,0,0,
        322,320,1,0,0,0,323,324,5,49,0,0,324,39,1,0,0,0,325,327,5,59,0,0,
        326,325,1,0,0,0,327,330,1,0,0,0,328,326,1,0,0,0,328,329,1,0,0,0,
        329,331,1,0,0,0,330,328,1,0,0,0,331,337,3,70,35,0,332,333,5,47,0,
        0,333,334,5,31,0,0,334,336,5,48,0,0,335,332,1,0,0,0,336,339,1,0,
        0,0,337,335,1,0,0,0,337,338,1,0,0,0,338,342,1,0,0,0,339,337,1,0,
        0,0,340,341,5,51,0,0,341,343,5,31,0,0,342,340,1,0,0,0,342,343,1,
        0,0,0,343,41,1,0,0,0,344,346,5,17,0,0,345,347,5,27,0,0,346,345,1,
        0,0,0,346,347,1,0,0,0,347,348,1,0,0,0,348,349,5,43,0,0,349,354,3,
        44,22,0,350,351,5,50,0,0,351,353,3,44,22,0,352,350,1,0,0,0,353,356,
        1,0,0,0,354,352,1,0,0,0,354,355,1,0,0,0,355,358,1,0,0,0,356,354,
        1,0,0,0,357,359,5,50,0,0,358,357,1,0,0,0,358,359,1,0,0,0,359,360,
        1,0,0,0,360,361,5,44,0,0,361,43,1,0,0,0,362,365,5,27,0,0,363,364,
        5,78,0,0,364,366,3,62,31,0,365,363,1,0,0,0,365,366,1,0,0,0,366,45,
        1,0,0,0,367,368,5,22,0,0,368,369,3,54,27,0,369,370,5,64,0,0,370,
        371,3,54,27,0,371,372,5,27,0,0,372,373,5,66,0,0,373,377,5,43,0,0,
        374,376,3,48,24,0,375,374,1,0,0,0,376,379,1,0,0,0,377,375,1,0,0,
        0,377,378,1,0,0,0,378,380,1,0,0,0,379,377,1,0,0,0,380,381,5,44,0,
        0,381,382,5,49,0,0,382,47,1,0,0,0,383,384,3,70,35,0,384,385,5,78,
        0,0,385,386,3,62,31,0,386,387,5,49,0,0,387,49,1,0,0,0,388,390,5,
        59,0,0,389,388,1,0,0,0,390,393,1,0,0,0,391,389,1,0,0,0,391,392,1,
        0,0,0,392,394,1,0,0,0,393,391,1,0,0,0,394,401,5,27,0,0,395,398,5,
        47,0,0,396,399,3,52,26,0,397,399,5,31,0,0,398,396,1,0,0,0,398,397,
        1,0,0,0,398,399,1,0,0,0,399,400,1,0,0,0,400,402,5,48,0,0,401,395,
        1,0,0,0,401,402,1,0,0,0,402,51,1,0,0,0,403,408,3,54,27,0,404,405,
        5,50,0,0,405,407,3,54,27,0,406,404,1,0,0,0,407,410,1,0,0,0,408,406,
        1,0,0,0,408,409,1,0,0,0,409,53,1,0,0,0,410,408,1,0,0,0,411,413,3,
        60,30,0,412,411,1,0,0,0,413,416,1,0,0,0,414,412,1,0,0,0,414,415,
        1,0,0,0,415,424,1,0,0,0,416,414,1,0,0,0,417,419,3,58,29,0,418,417,
        1,0,0,0,419,420,1,0,0,0,420,418,1,0,0,0,420,421,1,0,0,0,421,425,
        1,0,0,0,422,425,5,27,0,0,423,425,5,26,0,0,424,418,1,0,0,0,424,422,
        1,0,0,0,424,423,1,0,0,0,425,429,1,0,0,0,426,428,5,59,0,0,427,426,
        1,0,0,0,428,431,1,0,0,0,429,427,1,0,0,0,429,430,1,0,0,0,430,55,1,
        0,0,0,431,429,1,0,0,0,432,434,3,60,30,0,433,432,1,0,0,0,434,437,
        1,0,0,0,435,433,1,0,0,0,435,436,1,0,0,0,436,444,1,0,0,0,437,435,
        1,0,0,0,438,440,3,58,29,0,439,438,1,0,0,0,440,441,1,0,0,0,441,439,
        1,0,0,0,441,442,1,0,0,0,442,445,1,0,0,0,443,445,5,26,0,0,444,439,
        1,0,0,0,444,443,1,0,0,0,445,449,1,0,0,0,446,448,5,59,0,0,447,446,
        1,0,0,0,448,451,1,0,0,0,449,447,1,0,0,0,449,450,1,0,0,0,450,465,
        1,0,0,0,451,449,1,0,0,0,452,454,3,60,30,0,453,452,1,0,0,0,454,457,
        1,0,0,0,455,453,1,0,0,0,455,456,1,0,0,0,456,458,1,0,0,0,457,455,
        1,0,0,0,458,460,5,27,0,0,459,461,5,59,0,0,460,459,1,0,0,0,461,462,
        1,0,0,0,462,460,1,0,0,0,462,463,1,0,0,0,463,465,1,0,0,0,464,435,
        1,0,0,0,464,455,1,0,0,0,465,57,1,0,0,0,466,477,5,7,0,0,467,477,5,
        8,0,0,468,477,5,9,0,0,469,477,5,10,0,0,470,477,5,11,0,0,471,477,
        5,12,0,0,472,477,5,13,0,0,473,477,5,14,0,0,474,475,7,2,0,0,475,477,
        7,3,0,0,476,466,1,0,0,0,476,467,1,0,0,0,476,468,1,0,0,0,476,469,
        1,0,0,0,476,470,1,0,0,0,476,471,1,0,0,0,476,472,1,0,0,0,476,473,
        1,0,0,0,476,474,1,0,0,0,477,59,1,0,0,0,478,479,7,4,0,0,479,61,1,
        0,0,0,480,481,6,31,-1,0,481,511,3,64,32,0,482,483,7,5,0,0,483,511,
        3,62,31,20,484,485,7,6,0,0,485,511,3,62,31,19,486,487,5,45,0,0,487,
        488,3,56,28,0,488,489,5,46,0,0,489,490,3,62,31,18,490,511,1,0,0,
        0,491,492,5,5,0,0,492,493,5,45,0,0,493,494,3,54,27,0,494,495,5,46,
        0,0,495,511,1,0,0,0,496,497,5,5,0,0,497,511,3,62,31,16,498,499,5,
        6,0,0,499,511,3,62,31,15,500,501,5,24,0,0,501,504,5,45,0,0,502,505,
        3,54,27,0,503,505,5,28,0,0,504,502,1,0,0,0,504,503,1,0,0,0,505,506,
        1,0,0,0,506,507,5,50,0,0,507,508,3,70,35,0,508,509,5,46,0,0,509,
        511,1,0,0,0,510,480,1,0,0,0,510,482,1,0,0,0,510,484,1,0,0,0,510,
        486,1,0,0,0,510,491,1,0,0,0,510,496,1,0,0,0,510,498,1,0,0,0,510,
        500,1,0,0,0,511,566,1,0,0,0,512,513,10,13,0,0,513,514,7,7,0,0,514,
        565,3,62,31,14,515,516,10,12,0,0,516,517,7,8,0,0,517,565,3,62,31,
        13,518,519,10,11,0,0,519,520,7,9,0,0,520,565,3,62,31,12,521,522,
        10,10,0,0,522,523,7,10,0,0,523,565,3,62,31,11,524,525,10,9,0,0,525,
        526,7,11,0,0,526,565,3,62,31,10,527,528,10,8,0,0,528,529,5,70,0,
        0,529,565,3,62,31,9,530,531,10,7,0,0,531,532,5,71,0,0,532,565,3,
        62,31,8,533,534,10,6,0,0,534,535,5,72,0,0,535,565,3,62,31,7,536,
        537,10,5,0,0,537,538,5,75,0,0,538,565,3,62,31,6,539,540,10,4,0,0,
        540,541,5,76,0,0,541,565,3,62,31,5,542,543,10,3,0,0,543,544,5,77,
        0,0,544,565,3,62,31,4,545,546,10,2,0,0,546,547,5,52,0,0,547,548,
        3,62,31,0,548,549,5,51,0,0,549,550,3,62,31,2,550,565,1,0,0,0,551,
        552,10,1,0,0,552,553,7,12,0,0,553,565,3,62,31,1,554,555,10,23,0,
        0,555,556,5,47,0,0,556,557,3,66,33,0,557,558,5,48,0,0,558,565,1,
        0,0,0,559,560,10,22,0,0,560,561,7,13,0,0,561,565,3,70,35,0,562,563,
        10,21,0,0,563,565,7,5,0,0,564,512,1,0,0,0,564,515,1,0,0,0,564,518,
        1,0,0,0,564,521,1,0,0,0,564,524,1,0,0,0,564,527,1,0,0,0,564,530,
        1,0,0,0,564,533,1,0,0,0,564,536,1,0,0,0,564,539,1,0,0,0,564,542,
        1,0,0,0,564,545,1,0,0,0,564,551,1,0,0,0,564,554,1,0,0,0,564,559,
        1,0,0,0,564,562,1,0,0,0,565,568,1,0,0,0,566,564,1,0,0,0,566,567,
        1,0,0,0,567,63,1,0,0,0,568,566,1,0,0,0,569,570,5,27,0,0,570,572,
        5,45,0,0,571,573,3,66,33,0,572,571,1,0,0,0,572,573,1,0,0,0,573,574,
        1,0,0,0,574,605,5,46,0,0,575,605,5,27,0,0,576,605,5,29,0,0,577,605,
        5,28,0,0,578,579,5,1,0,0,579,580,5,54,0,0,580,605,3,70,35,0,581,
        582,5,2,0,0,582,583,5,54,0,0,583,605,3,70,35,0,584,605,5,31,0,0,
        585,605,5,32,0,0,586,605,5,33,0,0,587,605,5,30,0,0,588,589,5,23,
        0,0,589,590,5,64,0,0,590,591,3,54,27,0,591,592,5,66,0,0,592,593,
        5,45,0,0,593,594,3,62,31,0,594,595,5,46,0,0,595,605,1,0,0,0,596,
        597,5,45,0,0,597,598,3,62,31,0,598,599,5,46,0,0,599,605,1,0,0,0,
        600,601,5,45,0,0,601,602,3,68,34,0,602,603,5,46,0,0,603,605,1,0,
        0,0,604,569,1,0,0,0,604,575,1,0,0,0,604,576,1,0,0,0,604,577,1,0,
        0,0,604,578,1,0,0,0,604,581,1,0,0,0,604,584,1,0,0,0,604,585,1,0,
        0,0,604,586,1,0,0,0,604,587,1,0,0,0,604,588,1,0,0,0,604,596,1,0,
        0,0,604,600,1,0,0,0,605,65,1,0,0,0,606,611,3,62,31,0,607,608,5,50,
        0,0,608,610,3,62,31,0,609,607,1,0,0,0,610,613,1,0,0,0,611,609,1,
        0,0,0,611,612,1,0,0,0,612,67,1,0,0,0,613,611,1,0,0,0,614,617,3,62,
        31,0,615,616,5,50,0,0,616,618,3,62,31,0,617,615,1,0,0,0,618,619,
        1,0,0,0,619,617,1,0,0,0,619,620,1,0,0,0,620,69,1,0,0,0,621,625,5,
        27,0,0,622,625,5,26,0,0,623,625,3,72,36,0,624,621,1,0,0,0,624,622,
        1,0,0,0,624,623,1,0,0,0,625,71,1,0,0,0,626,627,7,14,0,0,627,73,1,
        0,0,0,69,77,89,93,102,108,124,129,137,141,156,162,165,169,172,180,
        188,194,198,205,210,222,231,238,244,249,257,265,270,277,281,286,
        293,297,303,311,320,328,337,342,346,354,358,365,377,391,398,401,
        408,414,420,424,429,435,441,444,449,455,462,464,476,504,510,564,
        566,572,604,611,619,624
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
                     "'inline'", "'typedef'", "'translator'", "'xlate'", 
                     "'offsetof'", "<INVALID>", "<INVALID>", "<INVALID>", 
                     "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                     "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                     "<INVALID>", "''''", "<INVALID>", "<INVALID>", "<INVALID>", 
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
                      "K_INLINE", "K_TYPEDEF", "K_TRANSLATOR", "K_XLATE", 
                      "K_OFFSETOF", "DIRECTIVE", "TYPEDEF_NAME", "IDENT", 
                      "KSYM", "AGG", "MACRO", "INT", "CHAR_LIT", "STRING_LIT", 
                      "FLOAT", "STRING_NL", "CHAR_NL", "CHAR_EMPTY", "BLOCK_COMMENT", 
                      "COMMENT_EOF", "LINE_COMMENT", "WS", "LINE_SPLICE", 
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
    RULE_inlineDecl = 12
    RULE_inlineParams = 13
    RULE_inlineParam = 14
    RULE_typeDecl = 15
    RULE_typeBody = 16
    RULE_typedefName = 17
    RULE_souBody = 18
    RULE_memberDecl = 19
    RULE_memberDeclarator = 20
    RULE_enumBody = 21
    RULE_enumerator = 22
    RULE_translatorDecl = 23
    RULE_translatorMember = 24
    RULE_declarator = 25
    RULE_declKeys = 26
    RULE_typeName = 27
    RULE_castType = 28
    RULE_typeSpec = 29
    RULE_typeQual = 30
    RULE_expr = 31
    RULE_primary = 32
    RULE_exprList = 33
    RULE_commaExpr = 34
    RULE_name = 35
    RULE_keyword = 36

    ruleNames =  [ "program", "topItem", "clause", "probeDescList", "probeDesc", 
                   "probeToken", "predicate", "block", "statement", "tailStatement", 
                   "declaration", "declType", "inlineDecl", "inlineParams", 
                   "inlineParam", "typeDecl", "typeBody", "typedefName", 
                   "souBody", "memberDecl", "memberDeclarator", "enumBody", 
                   "enumerator", "translatorDecl", "translatorMember", "declarator", 
                   "declKeys", "typeName", "castType", "typeSpec", "typeQual", 
                   "expr", "primary", "exprList", "commaExpr", "name", "keyword" ]

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
    K_TYPEDEF=21
    K_TRANSLATOR=22
    K_XLATE=23
    K_OFFSETOF=24
    DIRECTIVE=25
    TYPEDEF_NAME=26
    IDENT=27
    KSYM=28
    AGG=29
    MACRO=30
    INT=31
    CHAR_LIT=32
    STRING_LIT=33
    FLOAT=34
    STRING_NL=35
    CHAR_NL=36
    CHAR_EMPTY=37
    BLOCK_COMMENT=38
    COMMENT_EOF=39
    LINE_COMMENT=40
    WS=41
    LINE_SPLICE=42
    LBRACE=43
    RBRACE=44
    LPAREN=45
    RPAREN=46
    LBRACK=47
    RBRACK=48
    SEMI=49
    COMMA=50
    COLON=51
    QUESTION=52
    DOT=53
    ARROW=54
    INC=55
    DEC=56
    PLUS=57
    MINUS=58
    STAR=59
    DIV=60
    MOD=61
    SHL=62
    SHR=63
    LT=64
    LE=65
    GT=66
    GE=67
    EQ=68
    NE=69
    AMP=70
    CARET=71
    PIPE=72
    TILDE=73
    BANG=74
    ANDAND=75
    XORXOR=76
    OROR=77
    ASSIGN=78
    ADD_ASSIGN=79
    SUB_ASSIGN=80
    MUL_ASSIGN=81
    DIV_ASSIGN=82
    MOD_ASSIGN=83
    AND_ASSIGN=84
    OR_ASSIGN=85
    XOR_ASSIGN=86
    SHL_ASSIGN=87
    SHR_ASSIGN=88
    ERROR_CHAR=89

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
            self.state = 77
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 881438910238949374) != 0) or _la==74:
                self.state = 74
                self.topItem()
                self.state = 79
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 80
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


    class TranslatorItemContext(TopItemContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.TopItemContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def translatorDecl(self):
            return self.getTypedRuleContext(DParser.TranslatorDeclContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTranslatorItem" ):
                return visitor.visitTranslatorItem(self)
            else:
                return visitor.visitChildren(self)


    class TypeDeclItemContext(TopItemContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.TopItemContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def typeDecl(self):
            return self.getTypedRuleContext(DParser.TypeDeclContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTypeDeclItem" ):
                return visitor.visitTypeDeclItem(self)
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
            self.state = 89
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,1,self._ctx)
            if la_ == 1:
                localctx = DParser.DirectiveItemContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 82
                self.match(DParser.DIRECTIVE)
                pass

            elif la_ == 2:
                localctx = DParser.DeclarationItemContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 83
                self.declaration()
                pass

            elif la_ == 3:
                localctx = DParser.InlineItemContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 84
                self.inlineDecl()
                pass

            elif la_ == 4:
                localctx = DParser.TypeDeclItemContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 85
                self.typeDecl()
                pass

            elif la_ == 5:
                localctx = DParser.TranslatorItemContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 86
                self.translatorDecl()
                pass

            elif la_ == 6:
                localctx = DParser.ClauseItemContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 87
                self.clause()
                pass

            elif la_ == 7:
                localctx = DParser.EmptyItemContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 88
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
            self.state = 91
            self.probeDescList()
            self.state = 93
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==60:
                self.state = 92
                self.predicate()


            self.state = 95
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
            self.state = 97
            self.probeDesc()
            self.state = 102
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==50:
                self.state = 98
                self.match(DParser.COMMA)
                self.state = 99
                self.probeDesc()
                self.state = 104
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
            self.state = 106 
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while True:
                self.state = 105
                self.probeToken()
                self.state = 108 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 880875960251973630) != 0) or _la==74):
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

        def FLOAT(self):
            return self.getToken(DParser.FLOAT, 0)

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
            self.state = 124
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [27]:
                self.enterOuterAlt(localctx, 1)
                self.state = 110
                self.match(DParser.IDENT)
                pass
            elif token in [26]:
                self.enterOuterAlt(localctx, 2)
                self.state = 111
                self.match(DParser.TYPEDEF_NAME)
                pass
            elif token in [31]:
                self.enterOuterAlt(localctx, 3)
                self.state = 112
                self.match(DParser.INT)
                pass
            elif token in [34]:
                self.enterOuterAlt(localctx, 4)
                self.state = 113
                self.match(DParser.FLOAT)
                pass
            elif token in [30]:
                self.enterOuterAlt(localctx, 5)
                self.state = 114
                self.match(DParser.MACRO)
                pass
            elif token in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]:
                self.enterOuterAlt(localctx, 6)
                self.state = 115
                self.keyword()
                pass
            elif token in [51]:
                self.enterOuterAlt(localctx, 7)
                self.state = 116
                self.match(DParser.COLON)
                pass
            elif token in [59]:
                self.enterOuterAlt(localctx, 8)
                self.state = 117
                self.match(DParser.STAR)
                pass
            elif token in [52]:
                self.enterOuterAlt(localctx, 9)
                self.state = 118
                self.match(DParser.QUESTION)
                pass
            elif token in [58]:
                self.enterOuterAlt(localctx, 10)
                self.state = 119
                self.match(DParser.MINUS)
                pass
            elif token in [47]:
                self.enterOuterAlt(localctx, 11)
                self.state = 120
                self.match(DParser.LBRACK)
                pass
            elif token in [48]:
                self.enterOuterAlt(localctx, 12)
                self.state = 121
                self.match(DParser.RBRACK)
                pass
            elif token in [53]:
                self.enterOuterAlt(localctx, 13)
                self.state = 122
                self.match(DParser.DOT)
                pass
            elif token in [74]:
                self.enterOuterAlt(localctx, 14)
                self.state = 123
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


        def commaExpr(self):
            return self.getTypedRuleContext(DParser.CommaExprContext,0)


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
            self.state = 126
            self.match(DParser.DIV)
            self.state = 129
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,6,self._ctx)
            if la_ == 1:
                self.state = 127
                self.expr(0)
                pass

            elif la_ == 2:
                self.state = 128
                self.commaExpr()
                pass


            self.state = 131
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
            self.state = 133
            self.match(DParser.LBRACE)
            self.state = 137
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,7,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    self.state = 134
                    self.statement() 
                self.state = 139
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,7,self._ctx)

            self.state = 141
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1116927909030789222) != 0) or ((((_la - 70)) & ~0x3f) == 0 and ((1 << (_la - 70)) & 25) != 0):
                self.state = 140
                self.tailStatement()


            self.state = 143
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
        def RPAREN(self):
            return self.getToken(DParser.RPAREN, 0)
        def statement(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.StatementContext)
            else:
                return self.getTypedRuleContext(DParser.StatementContext,i)

        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)

        def commaExpr(self):
            return self.getTypedRuleContext(DParser.CommaExprContext,0)

        def K_ELSE(self):
            return self.getToken(DParser.K_ELSE, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitIfStatement" ):
                return visitor.visitIfStatement(self)
            else:
                return visitor.visitChildren(self)


    class CommaStatementContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def commaExpr(self):
            return self.getTypedRuleContext(DParser.CommaExprContext,0)

        def SEMI(self):
            return self.getToken(DParser.SEMI, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitCommaStatement" ):
                return visitor.visitCommaStatement(self)
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
            self.state = 165
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,11,self._ctx)
            if la_ == 1:
                localctx = DParser.ExprStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 145
                self.expr(0)
                self.state = 146
                self.match(DParser.SEMI)
                pass

            elif la_ == 2:
                localctx = DParser.CommaStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 148
                self.commaExpr()
                self.state = 149
                self.match(DParser.SEMI)
                pass

            elif la_ == 3:
                localctx = DParser.EmptyStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 151
                self.match(DParser.SEMI)
                pass

            elif la_ == 4:
                localctx = DParser.IfStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 152
                self.match(DParser.K_IF)
                self.state = 153
                self.match(DParser.LPAREN)
                self.state = 156
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,9,self._ctx)
                if la_ == 1:
                    self.state = 154
                    self.expr(0)
                    pass

                elif la_ == 2:
                    self.state = 155
                    self.commaExpr()
                    pass


                self.state = 158
                self.match(DParser.RPAREN)
                self.state = 159
                self.statement()
                self.state = 162
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,10,self._ctx)
                if la_ == 1:
                    self.state = 160
                    self.match(DParser.K_ELSE)
                    self.state = 161
                    self.statement()


                pass

            elif la_ == 5:
                localctx = DParser.BlockStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 164
                self.block()
                pass


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


        def commaExpr(self):
            return self.getTypedRuleContext(DParser.CommaExprContext,0)


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
            self.state = 169
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,12,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 167
                self.expr(0)
                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 168
                self.commaExpr()
                pass


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
            self.state = 172
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==1 or _la==2:
                self.state = 171
                localctx.scope = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==1 or _la==2):
                    localctx.scope = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()


            self.state = 174
            self.declType()
            self.state = 175
            self.declarator()
            self.state = 180
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==50:
                self.state = 176
                self.match(DParser.COMMA)
                self.state = 177
                self.declarator()
                self.state = 182
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 183
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
            self.state = 188
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==18 or _la==19:
                self.state = 185
                self.typeQual()
                self.state = 190
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 198
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]:
                self.state = 192 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 191
                    self.typeSpec()
                    self.state = 194 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 262016) != 0)):
                        break

                pass
            elif token in [27]:
                self.state = 196
                self.match(DParser.IDENT)
                pass
            elif token in [26]:
                self.state = 197
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

        def inlineParams(self):
            return self.getTypedRuleContext(DParser.InlineParamsContext,0)


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
            self.state = 200
            self.match(DParser.K_INLINE)
            self.state = 201
            self.declType()
            self.state = 205
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==59:
                self.state = 202
                self.match(DParser.STAR)
                self.state = 207
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 208
            self.match(DParser.IDENT)
            self.state = 210
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==47:
                self.state = 209
                self.inlineParams()


            self.state = 212
            self.match(DParser.ASSIGN)
            self.state = 213
            self.expr(0)
            self.state = 214
            self.match(DParser.SEMI)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class InlineParamsContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def LBRACK(self):
            return self.getToken(DParser.LBRACK, 0)

        def inlineParam(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.InlineParamContext)
            else:
                return self.getTypedRuleContext(DParser.InlineParamContext,i)


        def RBRACK(self):
            return self.getToken(DParser.RBRACK, 0)

        def COMMA(self, i:int=None):
            if i is None:
                return self.getTokens(DParser.COMMA)
            else:
                return self.getToken(DParser.COMMA, i)

        def getRuleIndex(self):
            return DParser.RULE_inlineParams

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitInlineParams" ):
                return visitor.visitInlineParams(self)
            else:
                return visitor.visitChildren(self)




    def inlineParams(self):

        localctx = DParser.InlineParamsContext(self, self._ctx, self.state)
        self.enterRule(localctx, 26, self.RULE_inlineParams)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 216
            self.match(DParser.LBRACK)
            self.state = 217
            self.inlineParam()
            self.state = 222
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==50:
                self.state = 218
                self.match(DParser.COMMA)
                self.state = 219
                self.inlineParam()
                self.state = 224
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 225
            self.match(DParser.RBRACK)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class InlineParamContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def declType(self):
            return self.getTypedRuleContext(DParser.DeclTypeContext,0)


        def IDENT(self):
            return self.getToken(DParser.IDENT, 0)

        def STAR(self, i:int=None):
            if i is None:
                return self.getTokens(DParser.STAR)
            else:
                return self.getToken(DParser.STAR, i)

        def LBRACK(self):
            return self.getToken(DParser.LBRACK, 0)

        def INT(self):
            return self.getToken(DParser.INT, 0)

        def RBRACK(self):
            return self.getToken(DParser.RBRACK, 0)

        def getRuleIndex(self):
            return DParser.RULE_inlineParam

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitInlineParam" ):
                return visitor.visitInlineParam(self)
            else:
                return visitor.visitChildren(self)




    def inlineParam(self):

        localctx = DParser.InlineParamContext(self, self._ctx, self.state)
        self.enterRule(localctx, 28, self.RULE_inlineParam)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 227
            self.declType()
            self.state = 231
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==59:
                self.state = 228
                self.match(DParser.STAR)
                self.state = 233
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 234
            self.match(DParser.IDENT)
            self.state = 238
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==47:
                self.state = 235
                self.match(DParser.LBRACK)
                self.state = 236
                self.match(DParser.INT)
                self.state = 237
                self.match(DParser.RBRACK)


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class TypeDeclContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser
            self.scope = None # Token

        def K_TYPEDEF(self):
            return self.getToken(DParser.K_TYPEDEF, 0)

        def typeBody(self):
            return self.getTypedRuleContext(DParser.TypeBodyContext,0)


        def SEMI(self):
            return self.getToken(DParser.SEMI, 0)

        def typeQual(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.TypeQualContext)
            else:
                return self.getTypedRuleContext(DParser.TypeQualContext,i)


        def typedefName(self):
            return self.getTypedRuleContext(DParser.TypedefNameContext,0)


        def souBody(self):
            return self.getTypedRuleContext(DParser.SouBodyContext,0)


        def declarator(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.DeclaratorContext)
            else:
                return self.getTypedRuleContext(DParser.DeclaratorContext,i)


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
            return DParser.RULE_typeDecl

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTypeDecl" ):
                return visitor.visitTypeDecl(self)
            else:
                return visitor.visitChildren(self)




    def typeDecl(self):

        localctx = DParser.TypeDeclContext(self, self._ctx, self.state)
        self.enterRule(localctx, 30, self.RULE_typeDecl)
        self._la = 0 # Token type
        try:
            self.state = 270
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,27,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 240
                self.match(DParser.K_TYPEDEF)
                self.state = 244
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==18 or _la==19:
                    self.state = 241
                    self.typeQual()
                    self.state = 246
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 247
                self.typeBody()
                self.state = 249
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==27 or _la==59:
                    self.state = 248
                    self.typedefName()


                self.state = 251
                self.match(DParser.SEMI)
                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 253
                self.typeBody()
                self.state = 254
                self.match(DParser.SEMI)
                pass

            elif la_ == 3:
                self.enterOuterAlt(localctx, 3)
                self.state = 257
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==1 or _la==2:
                    self.state = 256
                    localctx.scope = self._input.LT(1)
                    _la = self._input.LA(1)
                    if not(_la==1 or _la==2):
                        localctx.scope = self._errHandler.recoverInline(self)
                    else:
                        self._errHandler.reportMatch(self)
                        self.consume()


                self.state = 259
                self.souBody()
                self.state = 260
                self.declarator()
                self.state = 265
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==50:
                    self.state = 261
                    self.match(DParser.COMMA)
                    self.state = 262
                    self.declarator()
                    self.state = 267
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 268
                self.match(DParser.SEMI)
                pass


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class TypeBodyContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def souBody(self):
            return self.getTypedRuleContext(DParser.SouBodyContext,0)


        def enumBody(self):
            return self.getTypedRuleContext(DParser.EnumBodyContext,0)


        def typeSpec(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.TypeSpecContext)
            else:
                return self.getTypedRuleContext(DParser.TypeSpecContext,i)


        def IDENT(self):
            return self.getToken(DParser.IDENT, 0)

        def TYPEDEF_NAME(self):
            return self.getToken(DParser.TYPEDEF_NAME, 0)

        def getRuleIndex(self):
            return DParser.RULE_typeBody

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTypeBody" ):
                return visitor.visitTypeBody(self)
            else:
                return visitor.visitChildren(self)




    def typeBody(self):

        localctx = DParser.TypeBodyContext(self, self._ctx, self.state)
        self.enterRule(localctx, 32, self.RULE_typeBody)
        try:
            self.state = 281
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,29,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 272
                self.souBody()
                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 273
                self.enumBody()
                pass

            elif la_ == 3:
                self.enterOuterAlt(localctx, 3)
                self.state = 275 
                self._errHandler.sync(self)
                _alt = 1
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt == 1:
                        self.state = 274
                        self.typeSpec()

                    else:
                        raise NoViableAltException(self)
                    self.state = 277 
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,28,self._ctx)

                pass

            elif la_ == 4:
                self.enterOuterAlt(localctx, 4)
                self.state = 279
                self.match(DParser.IDENT)
                pass

            elif la_ == 5:
                self.enterOuterAlt(localctx, 5)
                self.state = 280
                self.match(DParser.TYPEDEF_NAME)
                pass


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class TypedefNameContext(ParserRuleContext):
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

        def INT(self):
            return self.getToken(DParser.INT, 0)

        def RBRACK(self):
            return self.getToken(DParser.RBRACK, 0)

        def getRuleIndex(self):
            return DParser.RULE_typedefName

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTypedefName" ):
                return visitor.visitTypedefName(self)
            else:
                return visitor.visitChildren(self)




    def typedefName(self):

        localctx = DParser.TypedefNameContext(self, self._ctx, self.state)
        self.enterRule(localctx, 34, self.RULE_typedefName)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 286
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==59:
                self.state = 283
                self.match(DParser.STAR)
                self.state = 288
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 289
            self.match(DParser.IDENT)
            self.state = 293
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==47:
                self.state = 290
                self.match(DParser.LBRACK)
                self.state = 291
                self.match(DParser.INT)
                self.state = 292
                self.match(DParser.RBRACK)


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class SouBodyContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser
            self.tag = None # Token

        def LBRACE(self):
            return self.getToken(DParser.LBRACE, 0)

        def RBRACE(self):
            return self.getToken(DParser.RBRACE, 0)

        def K_STRUCT(self):
            return self.getToken(DParser.K_STRUCT, 0)

        def K_UNION(self):
            return self.getToken(DParser.K_UNION, 0)

        def IDENT(self):
            return self.getToken(DParser.IDENT, 0)

        def memberDecl(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.MemberDeclContext)
            else:
                return self.getTypedRuleContext(DParser.MemberDeclContext,i)


        def getRuleIndex(self):
            return DParser.RULE_souBody

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitSouBody" ):
                return visitor.visitSouBody(self)
            else:
                return visitor.visitChildren(self)




    def souBody(self):

        localctx = DParser.SouBodyContext(self, self._ctx, self.state)
        self.enterRule(localctx, 36, self.RULE_souBody)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 295
            localctx.tag = self._input.LT(1)
            _la = self._input.LA(1)
            if not(_la==15 or _la==16):
                localctx.tag = self._errHandler.recoverInline(self)
            else:
                self._errHandler.reportMatch(self)
                self.consume()
            self.state = 297
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==27:
                self.state = 296
                self.match(DParser.IDENT)


            self.state = 299
            self.match(DParser.LBRACE)
            self.state = 303
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 202375040) != 0):
                self.state = 300
                self.memberDecl()
                self.state = 305
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 306
            self.match(DParser.RBRACE)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class MemberDeclContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def typeBody(self):
            return self.getTypedRuleContext(DParser.TypeBodyContext,0)


        def memberDeclarator(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.MemberDeclaratorContext)
            else:
                return self.getTypedRuleContext(DParser.MemberDeclaratorContext,i)


        def SEMI(self):
            return self.getToken(DParser.SEMI, 0)

        def typeQual(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.TypeQualContext)
            else:
                return self.getTypedRuleContext(DParser.TypeQualContext,i)


        def COMMA(self, i:int=None):
            if i is None:
                return self.getTokens(DParser.COMMA)
            else:
                return self.getToken(DParser.COMMA, i)

        def getRuleIndex(self):
            return DParser.RULE_memberDecl

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitMemberDecl" ):
                return visitor.visitMemberDecl(self)
            else:
                return visitor.visitChildren(self)




    def memberDecl(self):

        localctx = DParser.MemberDeclContext(self, self._ctx, self.state)
        self.enterRule(localctx, 38, self.RULE_memberDecl)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 311
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==18 or _la==19:
                self.state = 308
                self.typeQual()
                self.state = 313
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 314
            self.typeBody()
            self.state = 315
            self.memberDeclarator()
            self.state = 320
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==50:
                self.state = 316
                self.match(DParser.COMMA)
                self.state = 317
                self.memberDeclarator()
                self.state = 322
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 323
            self.match(DParser.SEMI)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class MemberDeclaratorContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def name(self):
            return self.getTypedRuleContext(DParser.NameContext,0)


        def STAR(self, i:int=None):
            if i is None:
                return self.getTokens(DParser.STAR)
            else:
                return self.getToken(DParser.STAR, i)

        def LBRACK(self, i:int=None):
            if i is None:
                return self.getTokens(DParser.LBRACK)
            else:
                return self.getToken(DParser.LBRACK, i)

        def INT(self, i:int=None):
            if i is None:
                return self.getTokens(DParser.INT)
            else:
                return self.getToken(DParser.INT, i)

        def RBRACK(self, i:int=None):
            if i is None:
                return self.getTokens(DParser.RBRACK)
            else:
                return self.getToken(DParser.RBRACK, i)

        def COLON(self):
            return self.getToken(DParser.COLON, 0)

        def getRuleIndex(self):
            return DParser.RULE_memberDeclarator

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitMemberDeclarator" ):
                return visitor.visitMemberDeclarator(self)
            else:
                return visitor.visitChildren(self)




    def memberDeclarator(self):

        localctx = DParser.MemberDeclaratorContext(self, self._ctx, self.state)
        self.enterRule(localctx, 40, self.RULE_memberDeclarator)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 328
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==59:
                self.state = 325
                self.match(DParser.STAR)
                self.state = 330
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 331
            self.name()
            self.state = 337
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==47:
                self.state = 332
                self.match(DParser.LBRACK)
                self.state = 333
                self.match(DParser.INT)
                self.state = 334
                self.match(DParser.RBRACK)
                self.state = 339
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 342
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==51:
                self.state = 340
                self.match(DParser.COLON)
                self.state = 341
                self.match(DParser.INT)


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class EnumBodyContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def K_ENUM(self):
            return self.getToken(DParser.K_ENUM, 0)

        def LBRACE(self):
            return self.getToken(DParser.LBRACE, 0)

        def enumerator(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.EnumeratorContext)
            else:
                return self.getTypedRuleContext(DParser.EnumeratorContext,i)


        def RBRACE(self):
            return self.getToken(DParser.RBRACE, 0)

        def IDENT(self):
            return self.getToken(DParser.IDENT, 0)

        def COMMA(self, i:int=None):
            if i is None:
                return self.getTokens(DParser.COMMA)
            else:
                return self.getToken(DParser.COMMA, i)

        def getRuleIndex(self):
            return DParser.RULE_enumBody

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitEnumBody" ):
                return visitor.visitEnumBody(self)
            else:
                return visitor.visitChildren(self)




    def enumBody(self):

        localctx = DParser.EnumBodyContext(self, self._ctx, self.state)
        self.enterRule(localctx, 42, self.RULE_enumBody)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 344
            self.match(DParser.K_ENUM)
            self.state = 346
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==27:
                self.state = 345
                self.match(DParser.IDENT)


            self.state = 348
            self.match(DParser.LBRACE)
            self.state = 349
            self.enumerator()
            self.state = 354
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,40,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    self.state = 350
                    self.match(DParser.COMMA)
                    self.state = 351
                    self.enumerator() 
                self.state = 356
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,40,self._ctx)

            self.state = 358
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==50:
                self.state = 357
                self.match(DParser.COMMA)


            self.state = 360
            self.match(DParser.RBRACE)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class EnumeratorContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def IDENT(self):
            return self.getToken(DParser.IDENT, 0)

        def ASSIGN(self):
            return self.getToken(DParser.ASSIGN, 0)

        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)


        def getRuleIndex(self):
            return DParser.RULE_enumerator

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitEnumerator" ):
                return visitor.visitEnumerator(self)
            else:
                return visitor.visitChildren(self)




    def enumerator(self):

        localctx = DParser.EnumeratorContext(self, self._ctx, self.state)
        self.enterRule(localctx, 44, self.RULE_enumerator)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 362
            self.match(DParser.IDENT)
            self.state = 365
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==78:
                self.state = 363
                self.match(DParser.ASSIGN)
                self.state = 364
                self.expr(0)


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class TranslatorDeclContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser
            self.out = None # TypeNameContext
            self.in_ = None # TypeNameContext

        def K_TRANSLATOR(self):
            return self.getToken(DParser.K_TRANSLATOR, 0)

        def LT(self):
            return self.getToken(DParser.LT, 0)

        def IDENT(self):
            return self.getToken(DParser.IDENT, 0)

        def GT(self):
            return self.getToken(DParser.GT, 0)

        def LBRACE(self):
            return self.getToken(DParser.LBRACE, 0)

        def RBRACE(self):
            return self.getToken(DParser.RBRACE, 0)

        def SEMI(self):
            return self.getToken(DParser.SEMI, 0)

        def typeName(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.TypeNameContext)
            else:
                return self.getTypedRuleContext(DParser.TypeNameContext,i)


        def translatorMember(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(DParser.TranslatorMemberContext)
            else:
                return self.getTypedRuleContext(DParser.TranslatorMemberContext,i)


        def getRuleIndex(self):
            return DParser.RULE_translatorDecl

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTranslatorDecl" ):
                return visitor.visitTranslatorDecl(self)
            else:
                return visitor.visitChildren(self)




    def translatorDecl(self):

        localctx = DParser.TranslatorDeclContext(self, self._ctx, self.state)
        self.enterRule(localctx, 46, self.RULE_translatorDecl)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 367
            self.match(DParser.K_TRANSLATOR)
            self.state = 368
            localctx.out = self.typeName()
            self.state = 369
            self.match(DParser.LT)
            self.state = 370
            localctx.in_ = self.typeName()
            self.state = 371
            self.match(DParser.IDENT)
            self.state = 372
            self.match(DParser.GT)
            self.state = 373
            self.match(DParser.LBRACE)
            self.state = 377
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 234881022) != 0):
                self.state = 374
                self.translatorMember()
                self.state = 379
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 380
            self.match(DParser.RBRACE)
            self.state = 381
            self.match(DParser.SEMI)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class TranslatorMemberContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def name(self):
            return self.getTypedRuleContext(DParser.NameContext,0)


        def ASSIGN(self):
            return self.getToken(DParser.ASSIGN, 0)

        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)


        def SEMI(self):
            return self.getToken(DParser.SEMI, 0)

        def getRuleIndex(self):
            return DParser.RULE_translatorMember

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTranslatorMember" ):
                return visitor.visitTranslatorMember(self)
            else:
                return visitor.visitChildren(self)




    def translatorMember(self):

        localctx = DParser.TranslatorMemberContext(self, self._ctx, self.state)
        self.enterRule(localctx, 48, self.RULE_translatorMember)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 383
            self.name()
            self.state = 384
            self.match(DParser.ASSIGN)
            self.state = 385
            self.expr(0)
            self.state = 386
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
        self.enterRule(localctx, 50, self.RULE_declarator)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 391
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==59:
                self.state = 388
                self.match(DParser.STAR)
                self.state = 393
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 394
            self.match(DParser.IDENT)
            self.state = 401
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==47:
                self.state = 395
                self.match(DParser.LBRACK)
                self.state = 398
                self._errHandler.sync(self)
                token = self._input.LA(1)
                if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 26, 27]:
                    self.state = 396
                    self.declKeys()
                    pass
                elif token in [31]:
                    self.state = 397
                    self.match(DParser.INT)
                    pass
                elif token in [48]:
                    pass
                else:
                    pass
                self.state = 400
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
        self.enterRule(localctx, 52, self.RULE_declKeys)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 403
            self.typeName()
            self.state = 408
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==50:
                self.state = 404
                self.match(DParser.COMMA)
                self.state = 405
                self.typeName()
                self.state = 410
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
        self.enterRule(localctx, 54, self.RULE_typeName)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 414
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==18 or _la==19:
                self.state = 411
                self.typeQual()
                self.state = 416
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 424
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]:
                self.state = 418 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 417
                    self.typeSpec()
                    self.state = 420 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 262016) != 0)):
                        break

                pass
            elif token in [27]:
                self.state = 422
                self.match(DParser.IDENT)
                pass
            elif token in [26]:
                self.state = 423
                self.match(DParser.TYPEDEF_NAME)
                pass
            else:
                raise NoViableAltException(self)

            self.state = 429
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==59:
                self.state = 426
                self.match(DParser.STAR)
                self.state = 431
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


        def IDENT(self):
            return self.getToken(DParser.IDENT, 0)

        def getRuleIndex(self):
            return DParser.RULE_castType

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitCastType" ):
                return visitor.visitCastType(self)
            else:
                return visitor.visitChildren(self)




    def castType(self):

        localctx = DParser.CastTypeContext(self, self._ctx, self.state)
        self.enterRule(localctx, 56, self.RULE_castType)
        self._la = 0 # Token type
        try:
            self.state = 464
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,58,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 435
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==18 or _la==19:
                    self.state = 432
                    self.typeQual()
                    self.state = 437
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 444
                self._errHandler.sync(self)
                token = self._input.LA(1)
                if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]:
                    self.state = 439 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    while True:
                        self.state = 438
                        self.typeSpec()
                        self.state = 441 
                        self._errHandler.sync(self)
                        _la = self._input.LA(1)
                        if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 262016) != 0)):
                            break

                    pass
                elif token in [26]:
                    self.state = 443
                    self.match(DParser.TYPEDEF_NAME)
                    pass
                else:
                    raise NoViableAltException(self)

                self.state = 449
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==59:
                    self.state = 446
                    self.match(DParser.STAR)
                    self.state = 451
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 455
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==18 or _la==19:
                    self.state = 452
                    self.typeQual()
                    self.state = 457
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 458
                self.match(DParser.IDENT)
                self.state = 460 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 459
                    self.match(DParser.STAR)
                    self.state = 462 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not (_la==59):
                        break

                pass


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

        def K_STRUCT(self):
            return self.getToken(DParser.K_STRUCT, 0)

        def K_UNION(self):
            return self.getToken(DParser.K_UNION, 0)

        def K_ENUM(self):
            return self.getToken(DParser.K_ENUM, 0)

        def IDENT(self):
            return self.getToken(DParser.IDENT, 0)

        def KSYM(self):
            return self.getToken(DParser.KSYM, 0)

        def getRuleIndex(self):
            return DParser.RULE_typeSpec

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTypeSpec" ):
                return visitor.visitTypeSpec(self)
            else:
                return visitor.visitChildren(self)




    def typeSpec(self):

        localctx = DParser.TypeSpecContext(self, self._ctx, self.state)
        self.enterRule(localctx, 58, self.RULE_typeSpec)
        self._la = 0 # Token type
        try:
            self.state = 476
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [7]:
                self.enterOuterAlt(localctx, 1)
                self.state = 466
                self.match(DParser.K_CHAR)
                pass
            elif token in [8]:
                self.enterOuterAlt(localctx, 2)
                self.state = 467
                self.match(DParser.K_SHORT)
                pass
            elif token in [9]:
                self.enterOuterAlt(localctx, 3)
                self.state = 468
                self.match(DParser.K_INT)
                pass
            elif token in [10]:
                self.enterOuterAlt(localctx, 4)
                self.state = 469
                self.match(DParser.K_LONG)
                pass
            elif token in [11]:
                self.enterOuterAlt(localctx, 5)
                self.state = 470
                self.match(DParser.K_SIGNED)
                pass
            elif token in [12]:
                self.enterOuterAlt(localctx, 6)
                self.state = 471
                self.match(DParser.K_UNSIGNED)
                pass
            elif token in [13]:
                self.enterOuterAlt(localctx, 7)
                self.state = 472
                self.match(DParser.K_VOID)
                pass
            elif token in [14]:
                self.enterOuterAlt(localctx, 8)
                self.state = 473
                self.match(DParser.K_STRING)
                pass
            elif token in [15, 16, 17]:
                self.enterOuterAlt(localctx, 9)
                self.state = 474
                _la = self._input.LA(1)
                if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 229376) != 0)):
                    self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 475
                _la = self._input.LA(1)
                if not(_la==27 or _la==28):
                    self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
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
        self.enterRule(localctx, 60, self.RULE_typeQual)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 478
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


    class OffsetofExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def K_OFFSETOF(self):
            return self.getToken(DParser.K_OFFSETOF, 0)
        def LPAREN(self):
            return self.getToken(DParser.LPAREN, 0)
        def COMMA(self):
            return self.getToken(DParser.COMMA, 0)
        def name(self):
            return self.getTypedRuleContext(DParser.NameContext,0)

        def RPAREN(self):
            return self.getToken(DParser.RPAREN, 0)
        def typeName(self):
            return self.getTypedRuleContext(DParser.TypeNameContext,0)

        def KSYM(self):
            return self.getToken(DParser.KSYM, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitOffsetofExpr" ):
                return visitor.visitOffsetofExpr(self)
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



    def expr(self, _p:int=0):
        _parentctx = self._ctx
        _parentState = self.state
        localctx = DParser.ExprContext(self, self._ctx, _parentState)
        _prevctx = localctx
        _startState = 62
        self.enterRecursionRule(localctx, 62, self.RULE_expr, _p)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 510
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,61,self._ctx)
            if la_ == 1:
                localctx = DParser.PrimaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx

                self.state = 481
                self.primary()
                pass

            elif la_ == 2:
                localctx = DParser.PreIncDecExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 482
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==55 or _la==56):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 483
                self.expr(20)
                pass

            elif la_ == 3:
                localctx = DParser.UnaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 484
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not(((((_la - 57)) & ~0x3f) == 0 and ((1 << (_la - 57)) & 204807) != 0)):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 485
                self.expr(19)
                pass

            elif la_ == 4:
                localctx = DParser.CastExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 486
                self.match(DParser.LPAREN)
                self.state = 487
                self.castType()
                self.state = 488
                self.match(DParser.RPAREN)
                self.state = 489
                self.expr(18)
                pass

            elif la_ == 5:
                localctx = DParser.SizeofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 491
                self.match(DParser.K_SIZEOF)
                self.state = 492
                self.match(DParser.LPAREN)
                self.state = 493
                self.typeName()
                self.state = 494
                self.match(DParser.RPAREN)
                pass

            elif la_ == 6:
                localctx = DParser.SizeofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 496
                self.match(DParser.K_SIZEOF)
                self.state = 497
                self.expr(16)
                pass

            elif la_ == 7:
                localctx = DParser.StringofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 498
                self.match(DParser.K_STRINGOF)
                self.state = 499
                self.expr(15)
                pass

            elif la_ == 8:
                localctx = DParser.OffsetofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 500
                self.match(DParser.K_OFFSETOF)
                self.state = 501
                self.match(DParser.LPAREN)
                self.state = 504
                self._errHandler.sync(self)
                token = self._input.LA(1)
                if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 26, 27]:
                    self.state = 502
                    self.typeName()
                    pass
                elif token in [28]:
                    self.state = 503
                    self.match(DParser.KSYM)
                    pass
                else:
                    raise NoViableAltException(self)

                self.state = 506
                self.match(DParser.COMMA)
                self.state = 507
                self.name()
                self.state = 508
                self.match(DParser.RPAREN)
                pass


            self._ctx.stop = self._input.LT(-1)
            self.state = 566
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,63,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    self.state = 564
                    self._errHandler.sync(self)
                    la_ = self._interp.adaptivePredict(self._input,62,self._ctx)
                    if la_ == 1:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 512
                        if not self.precpred(self._ctx, 13):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 13)")
                        self.state = 513
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 4035225266123964416) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 514
                        self.expr(14)
                        pass

                    elif la_ == 2:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 515
                        if not self.precpred(self._ctx, 12):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 12)")
                        self.state = 516
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==57 or _la==58):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 517
                        self.expr(13)
                        pass

                    elif la_ == 3:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 518
                        if not self.precpred(self._ctx, 11):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 11)")
                        self.state = 519
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==62 or _la==63):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 520
                        self.expr(12)
                        pass

                    elif la_ == 4:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 521
                        if not self.precpred(self._ctx, 10):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 10)")
                        self.state = 522
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(((((_la - 64)) & ~0x3f) == 0 and ((1 << (_la - 64)) & 15) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 523
                        self.expr(11)
                        pass

                    elif la_ == 5:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 524
                        if not self.precpred(self._ctx, 9):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 9)")
                        self.state = 525
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==68 or _la==69):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 526
                        self.expr(10)
                        pass

                    elif la_ == 6:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 527
                        if not self.precpred(self._ctx, 8):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 8)")
                        self.state = 528
                        localctx.op = self.match(DParser.AMP)
                        self.state = 529
                        self.expr(9)
                        pass

                    elif la_ == 7:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 530
                        if not self.precpred(self._ctx, 7):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 7)")
                        self.state = 531
                        localctx.op = self.match(DParser.CARET)
                        self.state = 532
                        self.expr(8)
                        pass

                    elif la_ == 8:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 533
                        if not self.precpred(self._ctx, 6):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 6)")
                        self.state = 534
                        localctx.op = self.match(DParser.PIPE)
                        self.state = 535
                        self.expr(7)
                        pass

                    elif la_ == 9:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 536
                        if not self.precpred(self._ctx, 5):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 5)")
                        self.state = 537
                        localctx.op = self.match(DParser.ANDAND)
                        self.state = 538
                        self.expr(6)
                        pass

                    elif la_ == 10:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 539
                        if not self.precpred(self._ctx, 4):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 4)")
                        self.state = 540
                        localctx.op = self.match(DParser.XORXOR)
                        self.state = 541
                        self.expr(5)
                        pass

                    elif la_ == 11:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 542
                        if not self.precpred(self._ctx, 3):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 3)")
                        self.state = 543
                        localctx.op = self.match(DParser.OROR)
                        self.state = 544
                        self.expr(4)
                        pass

                    elif la_ == 12:
                        localctx = DParser.TernaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 545
                        if not self.precpred(self._ctx, 2):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                        self.state = 546
                        self.match(DParser.QUESTION)
                        self.state = 547
                        self.expr(0)
                        self.state = 548
                        self.match(DParser.COLON)
                        self.state = 549
                        self.expr(2)
                        pass

                    elif la_ == 13:
                        localctx = DParser.AssignExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 551
                        if not self.precpred(self._ctx, 1):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 1)")
                        self.state = 552
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(((((_la - 78)) & ~0x3f) == 0 and ((1 << (_la - 78)) & 2047) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 553
                        self.expr(1)
                        pass

                    elif la_ == 14:
                        localctx = DParser.IndexExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 554
                        if not self.precpred(self._ctx, 23):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 23)")
                        self.state = 555
                        self.match(DParser.LBRACK)
                        self.state = 556
                        self.exprList()
                        self.state = 557
                        self.match(DParser.RBRACK)
                        pass

                    elif la_ == 15:
                        localctx = DParser.MemberExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 559
                        if not self.precpred(self._ctx, 22):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 22)")
                        self.state = 560
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==53 or _la==54):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 561
                        self.name()
                        pass

                    elif la_ == 16:
                        localctx = DParser.PostIncDecExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 562
                        if not self.precpred(self._ctx, 21):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 21)")
                        self.state = 563
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==55 or _la==56):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        pass

             
                self.state = 568
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,63,self._ctx)

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


    class KsymPrimaryContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def KSYM(self):
            return self.getToken(DParser.KSYM, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitKsymPrimary" ):
                return visitor.visitKsymPrimary(self)
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


    class XlatePrimaryContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def K_XLATE(self):
            return self.getToken(DParser.K_XLATE, 0)
        def LT(self):
            return self.getToken(DParser.LT, 0)
        def typeName(self):
            return self.getTypedRuleContext(DParser.TypeNameContext,0)

        def GT(self):
            return self.getToken(DParser.GT, 0)
        def LPAREN(self):
            return self.getToken(DParser.LPAREN, 0)
        def expr(self):
            return self.getTypedRuleContext(DParser.ExprContext,0)

        def RPAREN(self):
            return self.getToken(DParser.RPAREN, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitXlatePrimary" ):
                return visitor.visitXlatePrimary(self)
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


    class CommaPrimaryContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a DParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def LPAREN(self):
            return self.getToken(DParser.LPAREN, 0)
        def commaExpr(self):
            return self.getTypedRuleContext(DParser.CommaExprContext,0)

        def RPAREN(self):
            return self.getToken(DParser.RPAREN, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitCommaPrimary" ):
                return visitor.visitCommaPrimary(self)
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



    def primary(self):

        localctx = DParser.PrimaryContext(self, self._ctx, self.state)
        self.enterRule(localctx, 64, self.RULE_primary)
        self._la = 0 # Token type
        try:
            self.state = 604
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,65,self._ctx)
            if la_ == 1:
                localctx = DParser.CallPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 569
                self.match(DParser.IDENT)
                self.state = 570
                self.match(DParser.LPAREN)
                self.state = 572
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1116927909030789222) != 0) or ((((_la - 70)) & ~0x3f) == 0 and ((1 << (_la - 70)) & 25) != 0):
                    self.state = 571
                    self.exprList()


                self.state = 574
                self.match(DParser.RPAREN)
                pass

            elif la_ == 2:
                localctx = DParser.IdentPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 575
                self.match(DParser.IDENT)
                pass

            elif la_ == 3:
                localctx = DParser.AggPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 576
                self.match(DParser.AGG)
                pass

            elif la_ == 4:
                localctx = DParser.KsymPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 577
                self.match(DParser.KSYM)
                pass

            elif la_ == 5:
                localctx = DParser.SelfPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 578
                self.match(DParser.K_SELF)
                self.state = 579
                self.match(DParser.ARROW)
                self.state = 580
                self.name()
                pass

            elif la_ == 6:
                localctx = DParser.ThisPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 581
                self.match(DParser.K_THIS)
                self.state = 582
                self.match(DParser.ARROW)
                self.state = 583
                self.name()
                pass

            elif la_ == 7:
                localctx = DParser.IntPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 584
                self.match(DParser.INT)
                pass

            elif la_ == 8:
                localctx = DParser.CharPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 585
                self.match(DParser.CHAR_LIT)
                pass

            elif la_ == 9:
                localctx = DParser.StringPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 586
                self.match(DParser.STRING_LIT)
                pass

            elif la_ == 10:
                localctx = DParser.MacroPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 10)
                self.state = 587
                self.match(DParser.MACRO)
                pass

            elif la_ == 11:
                localctx = DParser.XlatePrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 11)
                self.state = 588
                self.match(DParser.K_XLATE)
                self.state = 589
                self.match(DParser.LT)
                self.state = 590
                self.typeName()
                self.state = 591
                self.match(DParser.GT)
                self.state = 592
                self.match(DParser.LPAREN)
                self.state = 593
                self.expr(0)
                self.state = 594
                self.match(DParser.RPAREN)
                pass

            elif la_ == 12:
                localctx = DParser.ParenPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 12)
                self.state = 596
                self.match(DParser.LPAREN)
                self.state = 597
                self.expr(0)
                self.state = 598
                self.match(DParser.RPAREN)
                pass

            elif la_ == 13:
                localctx = DParser.CommaPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 13)
                self.state = 600
                self.match(DParser.LPAREN)
                self.state = 601
                self.commaExpr()
                self.state = 602
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
        self.enterRule(localctx, 66, self.RULE_exprList)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 606
            self.expr(0)
            self.state = 611
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==50:
                self.state = 607
                self.match(DParser.COMMA)
                self.state = 608
                self.expr(0)
                self.state = 613
                self._errHandler.sync(self)
                _la = self._input.LA(1)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class CommaExprContext(ParserRuleContext):
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
            return DParser.RULE_commaExpr

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitCommaExpr" ):
                return visitor.visitCommaExpr(self)
            else:
                return visitor.visitChildren(self)




    def commaExpr(self):

        localctx = DParser.CommaExprContext(self, self._ctx, self.state)
        self.enterRule(localctx, 68, self.RULE_commaExpr)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 614
            self.expr(0)
            self.state = 617 
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while True:
                self.state = 615
                self.match(DParser.COMMA)
                self.state = 616
                self.expr(0)
                self.state = 619 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if not (_la==50):
                    break

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
        self.enterRule(localctx, 70, self.RULE_name)
        try:
            self.state = 624
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [27]:
                self.enterOuterAlt(localctx, 1)
                self.state = 621
                self.match(DParser.IDENT)
                pass
            elif token in [26]:
                self.enterOuterAlt(localctx, 2)
                self.state = 622
                self.match(DParser.TYPEDEF_NAME)
                pass
            elif token in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]:
                self.enterOuterAlt(localctx, 3)
                self.state = 623
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

        def K_TYPEDEF(self):
            return self.getToken(DParser.K_TYPEDEF, 0)

        def K_TRANSLATOR(self):
            return self.getToken(DParser.K_TRANSLATOR, 0)

        def K_XLATE(self):
            return self.getToken(DParser.K_XLATE, 0)

        def K_OFFSETOF(self):
            return self.getToken(DParser.K_OFFSETOF, 0)

        def getRuleIndex(self):
            return DParser.RULE_keyword

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitKeyword" ):
                return visitor.visitKeyword(self)
            else:
                return visitor.visitChildren(self)




    def keyword(self):

        localctx = DParser.KeywordContext(self, self._ctx, self.state)
        self.enterRule(localctx, 72, self.RULE_keyword)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 626
            _la = self._input.LA(1)
            if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 33554430) != 0)):
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
        self._predicates[31] = self.expr_sempred
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
                return self.precpred(self._ctx, 23)
         

            if predIndex == 14:
                return self.precpred(self._ctx, 22)
         

            if predIndex == 15:
                return self.precpred(self._ctx, 21)
         




