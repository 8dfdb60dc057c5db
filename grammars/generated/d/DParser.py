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
        4,1,89,592,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,7,
        6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,13,
        2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,20,
        7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,2,25,7,25,2,26,7,26,
        2,27,7,27,2,28,7,28,2,29,7,29,2,30,7,30,2,31,7,31,2,32,7,32,2,33,
        7,33,2,34,7,34,2,35,7,35,1,0,5,0,74,8,0,10,0,12,0,77,9,0,1,0,1,0,
        1,1,1,1,1,1,1,1,1,1,1,1,1,1,3,1,88,8,1,1,2,1,2,3,2,92,8,2,1,2,1,
        2,1,3,1,3,1,3,5,3,99,8,3,10,3,12,3,102,9,3,1,4,4,4,105,8,4,11,4,
        12,4,106,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,
        3,5,123,8,5,1,6,1,6,1,6,1,6,1,7,1,7,5,7,131,8,7,10,7,12,7,134,9,
        7,1,7,3,7,137,8,7,1,7,1,7,1,8,1,8,1,8,1,8,1,8,1,8,1,8,1,8,1,8,1,
        8,1,8,3,8,152,8,8,1,8,3,8,155,8,8,1,9,1,9,1,10,3,10,160,8,10,1,10,
        1,10,1,10,1,10,5,10,166,8,10,10,10,12,10,169,9,10,1,10,1,10,1,11,
        5,11,174,8,11,10,11,12,11,177,9,11,1,11,4,11,180,8,11,11,11,12,11,
        181,1,11,1,11,3,11,186,8,11,1,12,1,12,1,12,5,12,191,8,12,10,12,12,
        12,194,9,12,1,12,1,12,3,12,198,8,12,1,12,1,12,1,12,1,12,1,13,1,13,
        1,13,1,13,5,13,208,8,13,10,13,12,13,211,9,13,1,13,1,13,1,14,1,14,
        1,14,1,15,1,15,5,15,220,8,15,10,15,12,15,223,9,15,1,15,1,15,3,15,
        227,8,15,1,15,1,15,1,15,1,15,1,15,1,15,3,15,235,8,15,1,15,1,15,1,
        15,1,15,5,15,241,8,15,10,15,12,15,244,9,15,1,15,1,15,3,15,248,8,
        15,1,16,1,16,1,16,4,16,253,8,16,11,16,12,16,254,1,16,1,16,3,16,259,
        8,16,1,17,5,17,262,8,17,10,17,12,17,265,9,17,1,17,1,17,1,17,1,17,
        3,17,271,8,17,1,18,1,18,3,18,275,8,18,1,18,1,18,5,18,279,8,18,10,
        18,12,18,282,9,18,1,18,1,18,1,19,5,19,287,8,19,10,19,12,19,290,9,
        19,1,19,1,19,1,19,1,19,5,19,296,8,19,10,19,12,19,299,9,19,1,19,1,
        19,1,20,5,20,304,8,20,10,20,12,20,307,9,20,1,20,1,20,1,20,1,20,5,
        20,313,8,20,10,20,12,20,316,9,20,1,20,1,20,3,20,320,8,20,1,21,1,
        21,3,21,324,8,21,1,21,1,21,1,21,1,21,5,21,330,8,21,10,21,12,21,333,
        9,21,1,21,3,21,336,8,21,1,21,1,21,1,22,1,22,1,22,3,22,343,8,22,1,
        23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,5,23,353,8,23,10,23,12,23,
        356,9,23,1,23,1,23,1,23,1,24,1,24,1,24,1,24,1,24,1,25,5,25,367,8,
        25,10,25,12,25,370,9,25,1,25,1,25,1,25,1,25,3,25,376,8,25,1,25,3,
        25,379,8,25,1,26,1,26,1,26,5,26,384,8,26,10,26,12,26,387,9,26,1,
        27,5,27,390,8,27,10,27,12,27,393,9,27,1,27,4,27,396,8,27,11,27,12,
        27,397,1,27,1,27,3,27,402,8,27,1,27,5,27,405,8,27,10,27,12,27,408,
        9,27,1,28,5,28,411,8,28,10,28,12,28,414,9,28,1,28,4,28,417,8,28,
        11,28,12,28,418,1,28,3,28,422,8,28,1,28,5,28,425,8,28,10,28,12,28,
        428,9,28,1,28,5,28,431,8,28,10,28,12,28,434,9,28,1,28,1,28,4,28,
        438,8,28,11,28,12,28,439,3,28,442,8,28,1,29,1,29,1,29,1,29,1,29,
        1,29,1,29,1,29,1,29,1,29,3,29,454,8,29,1,30,1,30,1,31,1,31,1,31,
        1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,
        1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,3,31,485,
        8,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,
        1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,
        1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,
        1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,
        1,31,5,31,539,8,31,10,31,12,31,542,9,31,1,32,1,32,1,32,3,32,547,
        8,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,
        1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,
        1,32,3,32,575,8,32,1,33,1,33,1,33,5,33,580,8,33,10,33,12,33,583,
        9,33,1,34,1,34,1,34,3,34,588,8,34,1,35,1,35,1,35,0,1,62,36,0,2,4,
        6,8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38,40,42,44,46,48,
        50,52,54,56,58,60,62,64,66,68,70,0,14,1,0,1,2,1,0,15,16,1,0,15,17,
        1,0,18,19,1,0,55,56,3,0,57,59,70,70,73,74,1,0,59,61,1,0,57,58,1,
        0,62,63,1,0,64,67,1,0,68,69,1,0,78,88,1,0,53,54,1,0,1,24,681,0,75,
        1,0,0,0,2,87,1,0,0,0,4,89,1,0,0,0,6,95,1,0,0,0,8,104,1,0,0,0,10,
        122,1,0,0,0,12,124,1,0,0,0,14,128,1,0,0,0,16,154,1,0,0,0,18,156,
        1,0,0,0,20,159,1,0,0,0,22,175,1,0,0,0,24,187,1,0,0,0,26,203,1,0,
        0,0,28,214,1,0,0,0,30,247,1,0,0,0,32,258,1,0,0,0,34,263,1,0,0,0,
        36,272,1,0,0,0,38,288,1,0,0,0,40,305,1,0,0,0,42,321,1,0,0,0,44,339,
        1,0,0,0,46,344,1,0,0,0,48,360,1,0,0,0,50,368,1,0,0,0,52,380,1,0,
        0,0,54,391,1,0,0,0,56,441,1,0,0,0,58,453,1,0,0,0,60,455,1,0,0,0,
        62,484,1,0,0,0,64,574,1,0,0,0,66,576,1,0,0,0,68,587,1,0,0,0,70,589,
        1,0,0,0,72,74,3,2,1,0,73,72,1,0,0,0,74,77,1,0,0,0,75,73,1,0,0,0,
        75,76,1,0,0,0,76,78,1,0,0,0,77,75,1,0,0,0,78,79,5,0,0,1,79,1,1,0,
        0,0,80,88,5,25,0,0,81,88,3,20,10,0,82,88,3,24,12,0,83,88,3,30,15,
        0,84,88,3,46,23,0,85,88,3,4,2,0,86,88,5,49,0,0,87,80,1,0,0,0,87,
        81,1,0,0,0,87,82,1,0,0,0,87,83,1,0,0,0,87,84,1,0,0,0,87,85,1,0,0,
        0,87,86,1,0,0,0,88,3,1,0,0,0,89,91,3,6,3,0,90,92,3,12,6,0,91,90,
        1,0,0,0,91,92,1,0,0,0,92,93,1,0,0,0,93,94,3,14,7,0,94,5,1,0,0,0,
        95,100,3,8,4,0,96,97,5,50,0,0,97,99,3,8,4,0,98,96,1,0,0,0,99,102,
        1,0,0,0,100,98,1,0,0,0,100,101,1,0,0,0,101,7,1,0,0,0,102,100,1,0,
        0,0,103,105,3,10,5,0,104,103,1,0,0,0,105,106,1,0,0,0,106,104,1,0,
        0,0,106,107,1,0,0,0,107,9,1,0,0,0,108,123,5,27,0,0,109,123,5,26,
        0,0,110,123,5,31,0,0,111,123,5,34,0,0,112,123,5,30,0,0,113,123,3,
        70,35,0,114,123,5,51,0,0,115,123,5,59,0,0,116,123,5,52,0,0,117,123,
        5,58,0,0,118,123,5,47,0,0,119,123,5,48,0,0,120,123,5,53,0,0,121,
        123,5,74,0,0,122,108,1,0,0,0,122,109,1,0,0,0,122,110,1,0,0,0,122,
        111,1,0,0,0,122,112,1,0,0,0,122,113,1,0,0,0,122,114,1,0,0,0,122,
        115,1,0,0,0,122,116,1,0,0,0,122,117,1,0,0,0,122,118,1,0,0,0,122,
        119,1,0,0,0,122,120,1,0,0,0,122,121,1,0,0,0,123,11,1,0,0,0,124,125,
        5,60,0,0,125,126,3,62,31,0,126,127,5,60,0,0,127,13,1,0,0,0,128,132,
        5,43,0,0,129,131,3,16,8,0,130,129,1,0,0,0,131,134,1,0,0,0,132,130,
        1,0,0,0,132,133,1,0,0,0,133,136,1,0,0,0,134,132,1,0,0,0,135,137,
        3,18,9,0,136,135,1,0,0,0,136,137,1,0,0,0,137,138,1,0,0,0,138,139,
        5,44,0,0,139,15,1,0,0,0,140,141,3,62,31,0,141,142,5,49,0,0,142,155,
        1,0,0,0,143,155,5,49,0,0,144,145,5,3,0,0,145,146,5,45,0,0,146,147,
        3,62,31,0,147,148,5,46,0,0,148,151,3,16,8,0,149,150,5,4,0,0,150,
        152,3,16,8,0,151,149,1,0,0,0,151,152,1,0,0,0,152,155,1,0,0,0,153,
        155,3,14,7,0,154,140,1,0,0,0,154,143,1,0,0,0,154,144,1,0,0,0,154,
        153,1,0,0,0,155,17,1,0,0,0,156,157,3,62,31,0,157,19,1,0,0,0,158,
        160,7,0,0,0,159,158,1,0,0,0,159,160,1,0,0,0,160,161,1,0,0,0,161,
        162,3,22,11,0,162,167,3,50,25,0,163,164,5,50,0,0,164,166,3,50,25,
        0,165,163,1,0,0,0,166,169,1,0,0,0,167,165,1,0,0,0,167,168,1,0,0,
        0,168,170,1,0,0,0,169,167,1,0,0,0,170,171,5,49,0,0,171,21,1,0,0,
        0,172,174,3,60,30,0,173,172,1,0,0,0,174,177,1,0,0,0,175,173,1,0,
        0,0,175,176,1,0,0,0,176,185,1,0,0,0,177,175,1,0,0,0,178,180,3,58,
        29,0,179,178,1,0,0,0,180,181,1,0,0,0,181,179,1,0,0,0,181,182,1,0,
        0,0,182,186,1,0,0,0,183,186,5,27,0,0,184,186,5,26,0,0,185,179,1,
        0,0,0,185,183,1,0,0,0,185,184,1,0,0,0,186,23,1,0,0,0,187,188,5,20,
        0,0,188,192,3,22,11,0,189,191,5,59,0,0,190,189,1,0,0,0,191,194,1,
        0,0,0,192,190,1,0,0,0,192,193,1,0,0,0,193,195,1,0,0,0,194,192,1,
        0,0,0,195,197,5,27,0,0,196,198,3,26,13,0,197,196,1,0,0,0,197,198,
        1,0,0,0,198,199,1,0,0,0,199,200,5,78,0,0,200,201,3,62,31,0,201,202,
        5,49,0,0,202,25,1,0,0,0,203,204,5,47,0,0,204,209,3,28,14,0,205,206,
        5,50,0,0,206,208,3,28,14,0,207,205,1,0,0,0,208,211,1,0,0,0,209,207,
        1,0,0,0,209,210,1,0,0,0,210,212,1,0,0,0,211,209,1,0,0,0,212,213,
        5,48,0,0,213,27,1,0,0,0,214,215,3,22,11,0,215,216,5,27,0,0,216,29,
        1,0,0,0,217,221,5,21,0,0,218,220,3,60,30,0,219,218,1,0,0,0,220,223,
        1,0,0,0,221,219,1,0,0,0,221,222,1,0,0,0,222,224,1,0,0,0,223,221,
        1,0,0,0,224,226,3,32,16,0,225,227,3,34,17,0,226,225,1,0,0,0,226,
        227,1,0,0,0,227,228,1,0,0,0,228,229,5,49,0,0,229,248,1,0,0,0,230,
        231,3,32,16,0,231,232,5,49,0,0,232,248,1,0,0,0,233,235,7,0,0,0,234,
        233,1,0,0,0,234,235,1,0,0,0,235,236,1,0,0,0,236,237,3,36,18,0,237,
        242,3,50,25,0,238,239,5,50,0,0,239,241,3,50,25,0,240,238,1,0,0,0,
        241,244,1,0,0,0,242,240,1,0,0,0,242,243,1,0,0,0,243,245,1,0,0,0,
        244,242,1,0,0,0,245,246,5,49,0,0,246,248,1,0,0,0,247,217,1,0,0,0,
        247,230,1,0,0,0,247,234,1,0,0,0,248,31,1,0,0,0,249,259,3,36,18,0,
        250,259,3,42,21,0,251,253,3,58,29,0,252,251,1,0,0,0,253,254,1,0,
        0,0,254,252,1,0,0,0,254,255,1,0,0,0,255,259,1,0,0,0,256,259,5,27,
        0,0,257,259,5,26,0,0,258,249,1,0,0,0,258,250,1,0,0,0,258,252,1,0,
        0,0,258,256,1,0,0,0,258,257,1,0,0,0,259,33,1,0,0,0,260,262,5,59,
        0,0,261,260,1,0,0,0,262,265,1,0,0,0,263,261,1,0,0,0,263,264,1,0,
        0,0,264,266,1,0,0,0,265,263,1,0,0,0,266,270,5,27,0,0,267,268,5,47,
        0,0,268,269,5,31,0,0,269,271,5,48,0,0,270,267,1,0,0,0,270,271,1,
        0,0,0,271,35,1,0,0,0,272,274,7,1,0,0,273,275,5,27,0,0,274,273,1,
        0,0,0,274,275,1,0,0,0,275,276,1,0,0,0,276,280,5,43,0,0,277,279,3,
        38,19,0,278,277,1,0,0,0,279,282,1,0,0,0,280,278,1,0,0,0,280,281,
        1,0,0,0,281,283,1,0,0,0,282,280,1,0,0,0,283,284,5,44,0,0,284,37,
        1,0,0,0,285,287,3,60,30,0,286,285,1,0,0,0,287,290,1,0,0,0,288,286,
        1,0,0,0,288,289,1,0,0,0,289,291,1,0,0,0,290,288,1,0,0,0,291,292,
        3,32,16,0,292,297,3,40,20,0,293,294,5,50,0,0,294,296,3,40,20,0,295,
        293,1,0,0,0,296,299,1,0,0,0,297,295,1,0,0,0,297,298,1,0,0,0,298,
        300,1,0,0,0,299,297,1,0,0,0,300,301,5,49,0,0,301,39,1,0,0,0,302,
        304,5,59,0,0,303,302,1,0,0,0,304,307,1,0,0,0,305,303,1,0,0,0,305,
        306,1,0,0,0,306,308,1,0,0,0,307,305,1,0,0,0,308,314,3,68,34,0,309,
        310,5,47,0,0,310,311,5,31,0,0,311,313,5,48,0,0,312,309,1,0,0,0,313,
        316,1,0,0,0,314,312,1,0,0,0,314,315,1,0,0,0,315,319,1,0,0,0,316,
        314,1,0,0,0,317,318,5,51,0,0,318,320,5,31,0,0,319,317,1,0,0,0,319,
        320,1,0,0,0,320,41,1,0,0,0,321,323,5,17,0,0,322,324,5,27,0,0,323,
        322,1,0,0,0,323,324,1,0,0,0,324,325,1,0,0,0,325,326,5,43,0,0,326,
        331,3,44,22,0,327,328,5,50,0,0,328,330,3,44,22,0,329,327,1,0,0,0,
        330,333,1,0,0,0,331,329,1,0,0,0,331,332,1,0,0,0,332,335,1,0,0,0,
        333,331,1,0,0,0,334,336,5,50,0,0,335,334,1,0,0,0,335,336,1,0,0,0,
        336,337,1,0,0,0,337,338,5,44,0,0,338,43,1,0,0,0,339,342,5,27,0,0,
        340,341,5,78,0,0,341,343,3,62,31,0,342,340,1,0,0,0,342,343,1,0,0,
        0,343,45,1,0,0,0,344,345,5,22,0,0,345,346,3,54,27,0,346,347,5,64,
        0,0,347,348,3,54,27,0,348,349,5,27,0,0,349,350,5,66,0,0,350,354,
        5,43,0,0,351,353,3,48,24,0,352,351,1,0,0,0,353,356,1,0,0,0,354,352,
        1,0,0,0,354,355,1,0,0,0,355,357,1,0,0,0,356,354,1,0,0,0,357,358,
        5,44,0,0,358,359,5,49,0,0,359,47,1,0,0,0,360,361,3,68,34,0,361,362,
        5,78,0,0,362,363,3,62,31,0,363,364,5,49,0,0,364,49,1,0,0,0,365,367,
        5,59,0,0,366,365,1,0,0,0,367,370,1,0,0,0,368,366,1,0,0,0,368,369,
        1,0,0,0,369,371,1,0,0,0,370,368,1,0,0,0,371,378,5,27,0,0,372,375,
        5,47,0,0,373,376,3,52,26,0,374,376,5,31,0,0,375,373,1,0,0,0,375,
        374,1,0,0,0,375,376,1,0,0,0,376,377,1,0,0,0,377,379,5,48,0,0,378,
        372,1,0,0,0,378,379,1,0,0,0,379,51,1,0,0,0,380,385,3,54,27,0,381,
        382,5,50,0,0,382,384,3,54,27,0,383,381,1,0,0,0,384,387,1,0,0,0,385,
        383,1,0,0,0,385,386,1,0,0,0,386,53,1,0,0,0,387,385,1,0,0,0,388,390,
        3,60,30,0,389,388,1,0,0,0,390,393,1,0,0,0,391,389,1,0,0,0,391,392,
        1,0,0,0,392,401,1,0,0,0,393,391,1,0,0,0,394,396,3,58,29,0,395,394,
        1,0,0,0,396,397,1,0,0,0,397,395,1,0,0,0,397,398,1,0,0,0,398,402,
        1,0,0,0,399,402,5,27,0,0,400,402,5,26,0,0,401,395,1,0,0,0,401,399,
        1,0,0,0,401,400,1,0,0,0,402,406,1,0,0,0,403,405,5,59,0,0,404,403,
        1,0,0,0,405,408,1,0,0,0,406,404,1,0,0,0,406,407,1,0,0,0,407,55,1,
        0,0,0,408,406,1,0,0,0,409,411,3,60,30,0,410,409,1,0,0,0,411,414,
        1,0,0,0,412,410,1,0,0,0,412,413,1,0,0,0,413,421,1,0,0,0,414,412,
        1,0,0,0,415,417,3,58,29,0,416,415,1,0,0,0,417,418,1,0,0,0,418,416,
        1,0,0,0,418,419,1,0,0,0,419,422,1,0,0,0,420,422,5,26,0,0,421,416,
        1,0,0,0,421,420,1,0,0,0,422,426,1,0,0,0,423,425,5,59,0,0,424,423,
        1,0,0,0,425,428,1,0,0,0,426,424,1,0,0,0,426,427,1,0,0,0,427,442,
        1,0,0,0,428,426,1,0,0,0,429,431,3,60,30,0,430,429,1,0,0,0,431,434,
        1,0,0,0,432,430,1,0,0,0,432,433,1,0,0,0,433,435,1,0,0,0,434,432,
        1,0,0,0,435,437,5,27,0,0,436,438,5,59,0,0,437,436,1,0,0,0,438,439,
        1,0,0,0,439,437,1,0,0,0,439,440,1,0,0,0,440,442,1,0,0,0,441,412,
        1,0,0,0,441,432,1,0,0,0,442,57,1,0,0,0,443,454,5,7,0,0,444,454,5,
        8,0,0,445,454,5,9,0,0,446,454,5,10,0,0,447,454,5,11,0,0,448,454,
        5,12,0,0,449,454,5,13,0,0,450,454,5,14,0,0,451,452,7,2,0,0,452,454,
        5,27,0,0,453,443,1,0,0,0,453,444,1,0,0,0,453,445,1,0,0,0,453,446,
        1,0,0,0,453,447,1,0,0,0,453,448,1,0,0,0,453,449,1,0,0,0,453,450,
        1,0,0,0,453,451,1,0,0,0,454,59,1,0,0,0,455,456,7,3,0,0,456,61,1,
        0,0,0,457,458,6,31,-1,0,458,485,3,64,32,0,459,460,7,4,0,0,460,485,
        3,62,31,20,461,462,7,5,0,0,462,485,3,62,31,19,463,464,5,45,0,0,464,
        465,3,56,28,0,465,466,5,46,0,0,466,467,3,62,31,18,467,485,1,0,0,
        0,468,469,5,5,0,0,469,470,5,45,0,0,470,471,3,54,27,0,471,472,5,46,
        0,0,472,485,1,0,0,0,473,474,5,5,0,0,474,485,3,62,31,16,475,476,5,
        6,0,0,476,485,3,62,31,15,477,478,5,24,0,0,478,479,5,45,0,0,479,480,
        3,54,27,0,480,481,5,50,0,0,481,482,3,68,34,0,482,483,5,46,0,0,483,
        485,1,0,0,0,484,457,1,0,0,0,484,459,1,0,0,0,484,461,1,0,0,0,484,
        463,1,0,0,0,484,468,1,0,0,0,484,473,1,0,0,0,484,475,1,0,0,0,484,
        477,1,0,0,0,485,540,1,0,0,0,486,487,10,13,0,0,487,488,7,6,0,0,488,
        539,3,62,31,14,489,490,10,12,0,0,490,491,7,7,0,0,491,539,3,62,31,
        13,492,493,10,11,0,0,493,494,7,8,0,0,494,539,3,62,31,12,495,496,
        10,10,0,0,496,497,7,9,0,0,497,539,3,62,31,11,498,499,10,9,0,0,499,
        500,7,10,0,0,500,539,3,62,31,10,501,502,10,8,0,0,502,503,5,70,0,
        0,503,539,3,62,31,9,504,505,10,7,0,0,505,506,5,71,0,0,506,539,3,
        62,31,8,507,508,10,6,0,0,508,509,5,72,0,0,509,539,3,62,31,7,510,
        511,10,5,0,0,511,512,5,75,0,0,512,539,3,62,31,6,513,514,10,4,0,0,
        514,515,5,76,0,0,515,539,3,62,31,5,516,517,10,3,0,0,517,518,5,77,
        0,0,518,539,3,62,31,4,519,520,10,2,0,0,520,521,5,52,0,0,521,522,
        3,62,31,0,522,523,5,51,0,0,523,524,3,62,31,2,524,539,1,0,0,0,525,
        526,10,1,0,0,526,527,7,11,0,0,527,539,3,62,31,1,528,529,10,23,0,
        0,529,530,5,47,0,0,530,531,3,66,33,0,531,532,5,48,0,0,532,539,1,
        0,0,0,533,534,10,22,0,0,534,535,7,12,0,0,535,539,3,68,34,0,536,537,
        10,21,0,0,537,539,7,4,0,0,538,486,1,0,0,0,538,489,1,0,0,0,538,492,
        1,0,0,0,538,495,1,0,0,0,538,498,1,0,0,0,538,501,1,0,0,0,538,504,
        1,0,0,0,538,507,1,0,0,0,538,510,1,0,0,0,538,513,1,0,0,0,538,516,
        1,0,0,0,538,519,1,0,0,0,538,525,1,0,0,0,538,528,1,0,0,0,538,533,
        1,0,0,0,538,536,1,0,0,0,539,542,1,0,0,0,540,538,1,0,0,0,540,541,
        1,0,0,0,541,63,1,0,0,0,542,540,1,0,0,0,543,544,5,27,0,0,544,546,
        5,45,0,0,545,547,3,66,33,0,546,545,1,0,0,0,546,547,1,0,0,0,547,548,
        1,0,0,0,548,575,5,46,0,0,549,575,5,27,0,0,550,575,5,29,0,0,551,575,
        5,28,0,0,552,553,5,1,0,0,553,554,5,54,0,0,554,575,3,68,34,0,555,
        556,5,2,0,0,556,557,5,54,0,0,557,575,3,68,34,0,558,575,5,31,0,0,
        559,575,5,32,0,0,560,575,5,33,0,0,561,575,5,30,0,0,562,563,5,23,
        0,0,563,564,5,64,0,0,564,565,3,54,27,0,565,566,5,66,0,0,566,567,
        5,45,0,0,567,568,3,62,31,0,568,569,5,46,0,0,569,575,1,0,0,0,570,
        571,5,45,0,0,571,572,3,62,31,0,572,573,5,46,0,0,573,575,1,0,0,0,
        574,543,1,0,0,0,574,549,1,0,0,0,574,550,1,0,0,0,574,551,1,0,0,0,
        574,552,1,0,0,0,574,555,1,0,0,0,574,558,1,0,0,0,574,559,1,0,0,0,
        574,560,1,0,0,0,574,561,1,0,0,0,574,562,1,0,0,0,574,570,1,0,0,0,
        575,65,1,0,0,0,576,581,3,62,31,0,577,578,5,50,0,0,578,580,3,62,31,
        0,579,577,1,0,0,0,580,583,1,0,0,0,581,579,1,0,0,0,581,582,1,0,0,
        0,582,67,1,0,0,0,583,581,1,0,0,0,584,588,5,27,0,0,585,588,5,26,0,
        0,586,588,3,70,35,0,587,584,1,0,0,0,587,585,1,0,0,0,587,586,1,0,
        0,0,588,69,1,0,0,0,589,590,7,13,0,0,590,71,1,0,0,0,62,75,87,91,100,
        106,122,132,136,151,154,159,167,175,181,185,192,197,209,221,226,
        234,242,247,254,258,263,270,274,280,288,297,305,314,319,323,331,
        335,342,354,368,375,378,385,391,397,401,406,412,418,421,426,432,
        439,441,453,484,538,540,546,574,581,587
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
    RULE_name = 34
    RULE_keyword = 35

    ruleNames =  [ "program", "topItem", "clause", "probeDescList", "probeDesc", 
                   "probeToken", "predicate", "block", "statement", "tailStatement", 
                   "declaration", "declType", "inlineDecl", "inlineParams", 
                   "inlineParam", "typeDecl", "typeBody", "typedefName", 
                   "souBody", "memberDecl", "memberDeclarator", "enumBody", 
                   "enumerator", "translatorDecl", "translatorMember", "declarator", 
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
            self.state = 75
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 881438910238949374) != 0) or _la==74:
                self.state = 72
                self.topItem()
                self.state = 77
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 78
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
            self.state = 87
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,1,self._ctx)
            if la_ == 1:
                localctx = DParser.DirectiveItemContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 80
                self.match(DParser.DIRECTIVE)
                pass

            elif la_ == 2:
                localctx = DParser.DeclarationItemContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 81
                self.declaration()
                pass

            elif la_ == 3:
                localctx = DParser.InlineItemContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 82
                self.inlineDecl()
                pass

            elif la_ == 4:
                localctx = DParser.TypeDeclItemContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 83
                self.typeDecl()
                pass

            elif la_ == 5:
                localctx = DParser.TranslatorItemContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 84
                self.translatorDecl()
                pass

            elif la_ == 6:
                localctx = DParser.ClauseItemContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 85
                self.clause()
                pass

            elif la_ == 7:
                localctx = DParser.EmptyItemContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 86
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
            self.state = 89
            self.probeDescList()
            self.state = 91
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==60:
                self.state = 90
                self.predicate()


            self.state = 93
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
            self.state = 95
            self.probeDesc()
            self.state = 100
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==50:
                self.state = 96
                self.match(DParser.COMMA)
                self.state = 97
                self.probeDesc()
                self.state = 102
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
            self.state = 104 
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while True:
                self.state = 103
                self.probeToken()
                self.state = 106 
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
            self.state = 122
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [27]:
                self.enterOuterAlt(localctx, 1)
                self.state = 108
                self.match(DParser.IDENT)
                pass
            elif token in [26]:
                self.enterOuterAlt(localctx, 2)
                self.state = 109
                self.match(DParser.TYPEDEF_NAME)
                pass
            elif token in [31]:
                self.enterOuterAlt(localctx, 3)
                self.state = 110
                self.match(DParser.INT)
                pass
            elif token in [34]:
                self.enterOuterAlt(localctx, 4)
                self.state = 111
                self.match(DParser.FLOAT)
                pass
            elif token in [30]:
                self.enterOuterAlt(localctx, 5)
                self.state = 112
                self.match(DParser.MACRO)
                pass
            elif token in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]:
                self.enterOuterAlt(localctx, 6)
                self.state = 113
                self.keyword()
                pass
            elif token in [51]:
                self.enterOuterAlt(localctx, 7)
                self.state = 114
                self.match(DParser.COLON)
                pass
            elif token in [59]:
                self.enterOuterAlt(localctx, 8)
                self.state = 115
                self.match(DParser.STAR)
                pass
            elif token in [52]:
                self.enterOuterAlt(localctx, 9)
                self.state = 116
                self.match(DParser.QUESTION)
                pass
            elif token in [58]:
                self.enterOuterAlt(localctx, 10)
                self.state = 117
                self.match(DParser.MINUS)
                pass
            elif token in [47]:
                self.enterOuterAlt(localctx, 11)
                self.state = 118
                self.match(DParser.LBRACK)
                pass
            elif token in [48]:
                self.enterOuterAlt(localctx, 12)
                self.state = 119
                self.match(DParser.RBRACK)
                pass
            elif token in [53]:
                self.enterOuterAlt(localctx, 13)
                self.state = 120
                self.match(DParser.DOT)
                pass
            elif token in [74]:
                self.enterOuterAlt(localctx, 14)
                self.state = 121
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
            self.state = 124
            self.match(DParser.DIV)
            self.state = 125
            self.expr(0)
            self.state = 126
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
            self.state = 128
            self.match(DParser.LBRACE)
            self.state = 132
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,6,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    self.state = 129
                    self.statement() 
                self.state = 134
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,6,self._ctx)

            self.state = 136
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1116927909030789222) != 0) or ((((_la - 70)) & ~0x3f) == 0 and ((1 << (_la - 70)) & 25) != 0):
                self.state = 135
                self.tailStatement()


            self.state = 138
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
            self.state = 154
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [1, 2, 5, 6, 23, 24, 27, 28, 29, 30, 31, 32, 33, 45, 55, 56, 57, 58, 59, 70, 73, 74]:
                localctx = DParser.ExprStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 140
                self.expr(0)
                self.state = 141
                self.match(DParser.SEMI)
                pass
            elif token in [49]:
                localctx = DParser.EmptyStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 143
                self.match(DParser.SEMI)
                pass
            elif token in [3]:
                localctx = DParser.IfStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 144
                self.match(DParser.K_IF)
                self.state = 145
                self.match(DParser.LPAREN)
                self.state = 146
                self.expr(0)
                self.state = 147
                self.match(DParser.RPAREN)
                self.state = 148
                self.statement()
                self.state = 151
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,8,self._ctx)
                if la_ == 1:
                    self.state = 149
                    self.match(DParser.K_ELSE)
                    self.state = 150
                    self.statement()


                pass
            elif token in [43]:
                localctx = DParser.BlockStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 153
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
            self.state = 156
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
            self.state = 159
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==1 or _la==2:
                self.state = 158
                localctx.scope = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==1 or _la==2):
                    localctx.scope = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()


            self.state = 161
            self.declType()
            self.state = 162
            self.declarator()
            self.state = 167
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==50:
                self.state = 163
                self.match(DParser.COMMA)
                self.state = 164
                self.declarator()
                self.state = 169
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 170
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
            self.state = 175
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==18 or _la==19:
                self.state = 172
                self.typeQual()
                self.state = 177
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 185
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]:
                self.state = 179 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 178
                    self.typeSpec()
                    self.state = 181 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 262016) != 0)):
                        break

                pass
            elif token in [27]:
                self.state = 183
                self.match(DParser.IDENT)
                pass
            elif token in [26]:
                self.state = 184
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
            self.state = 187
            self.match(DParser.K_INLINE)
            self.state = 188
            self.declType()
            self.state = 192
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==59:
                self.state = 189
                self.match(DParser.STAR)
                self.state = 194
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 195
            self.match(DParser.IDENT)
            self.state = 197
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==47:
                self.state = 196
                self.inlineParams()


            self.state = 199
            self.match(DParser.ASSIGN)
            self.state = 200
            self.expr(0)
            self.state = 201
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
            self.state = 203
            self.match(DParser.LBRACK)
            self.state = 204
            self.inlineParam()
            self.state = 209
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==50:
                self.state = 205
                self.match(DParser.COMMA)
                self.state = 206
                self.inlineParam()
                self.state = 211
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 212
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
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 214
            self.declType()
            self.state = 215
            self.match(DParser.IDENT)
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
            self.state = 247
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,22,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 217
                self.match(DParser.K_TYPEDEF)
                self.state = 221
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==18 or _la==19:
                    self.state = 218
                    self.typeQual()
                    self.state = 223
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 224
                self.typeBody()
                self.state = 226
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==27 or _la==59:
                    self.state = 225
                    self.typedefName()


                self.state = 228
                self.match(DParser.SEMI)
                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 230
                self.typeBody()
                self.state = 231
                self.match(DParser.SEMI)
                pass

            elif la_ == 3:
                self.enterOuterAlt(localctx, 3)
                self.state = 234
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==1 or _la==2:
                    self.state = 233
                    localctx.scope = self._input.LT(1)
                    _la = self._input.LA(1)
                    if not(_la==1 or _la==2):
                        localctx.scope = self._errHandler.recoverInline(self)
                    else:
                        self._errHandler.reportMatch(self)
                        self.consume()


                self.state = 236
                self.souBody()
                self.state = 237
                self.declarator()
                self.state = 242
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==50:
                    self.state = 238
                    self.match(DParser.COMMA)
                    self.state = 239
                    self.declarator()
                    self.state = 244
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 245
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
            self.state = 258
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,24,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 249
                self.souBody()
                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 250
                self.enumBody()
                pass

            elif la_ == 3:
                self.enterOuterAlt(localctx, 3)
                self.state = 252 
                self._errHandler.sync(self)
                _alt = 1
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt == 1:
                        self.state = 251
                        self.typeSpec()

                    else:
                        raise NoViableAltException(self)
                    self.state = 254 
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,23,self._ctx)

                pass

            elif la_ == 4:
                self.enterOuterAlt(localctx, 4)
                self.state = 256
                self.match(DParser.IDENT)
                pass

            elif la_ == 5:
                self.enterOuterAlt(localctx, 5)
                self.state = 257
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
            self.state = 263
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==59:
                self.state = 260
                self.match(DParser.STAR)
                self.state = 265
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 266
            self.match(DParser.IDENT)
            self.state = 270
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==47:
                self.state = 267
                self.match(DParser.LBRACK)
                self.state = 268
                self.match(DParser.INT)
                self.state = 269
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
            self.state = 272
            localctx.tag = self._input.LT(1)
            _la = self._input.LA(1)
            if not(_la==15 or _la==16):
                localctx.tag = self._errHandler.recoverInline(self)
            else:
                self._errHandler.reportMatch(self)
                self.consume()
            self.state = 274
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==27:
                self.state = 273
                self.match(DParser.IDENT)


            self.state = 276
            self.match(DParser.LBRACE)
            self.state = 280
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 202375040) != 0):
                self.state = 277
                self.memberDecl()
                self.state = 282
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 283
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
            self.state = 288
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==18 or _la==19:
                self.state = 285
                self.typeQual()
                self.state = 290
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 291
            self.typeBody()
            self.state = 292
            self.memberDeclarator()
            self.state = 297
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==50:
                self.state = 293
                self.match(DParser.COMMA)
                self.state = 294
                self.memberDeclarator()
                self.state = 299
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 300
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
            self.state = 305
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==59:
                self.state = 302
                self.match(DParser.STAR)
                self.state = 307
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 308
            self.name()
            self.state = 314
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==47:
                self.state = 309
                self.match(DParser.LBRACK)
                self.state = 310
                self.match(DParser.INT)
                self.state = 311
                self.match(DParser.RBRACK)
                self.state = 316
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 319
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==51:
                self.state = 317
                self.match(DParser.COLON)
                self.state = 318
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
            self.state = 321
            self.match(DParser.K_ENUM)
            self.state = 323
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==27:
                self.state = 322
                self.match(DParser.IDENT)


            self.state = 325
            self.match(DParser.LBRACE)
            self.state = 326
            self.enumerator()
            self.state = 331
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,35,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    self.state = 327
                    self.match(DParser.COMMA)
                    self.state = 328
                    self.enumerator() 
                self.state = 333
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,35,self._ctx)

            self.state = 335
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==50:
                self.state = 334
                self.match(DParser.COMMA)


            self.state = 337
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
            self.state = 339
            self.match(DParser.IDENT)
            self.state = 342
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==78:
                self.state = 340
                self.match(DParser.ASSIGN)
                self.state = 341
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
            self.state = 344
            self.match(DParser.K_TRANSLATOR)
            self.state = 345
            localctx.out = self.typeName()
            self.state = 346
            self.match(DParser.LT)
            self.state = 347
            localctx.in_ = self.typeName()
            self.state = 348
            self.match(DParser.IDENT)
            self.state = 349
            self.match(DParser.GT)
            self.state = 350
            self.match(DParser.LBRACE)
            self.state = 354
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 234881022) != 0):
                self.state = 351
                self.translatorMember()
                self.state = 356
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 357
            self.match(DParser.RBRACE)
            self.state = 358
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
            self.state = 360
            self.name()
            self.state = 361
            self.match(DParser.ASSIGN)
            self.state = 362
            self.expr(0)
            self.state = 363
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
            self.state = 368
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==59:
                self.state = 365
                self.match(DParser.STAR)
                self.state = 370
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 371
            self.match(DParser.IDENT)
            self.state = 378
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==47:
                self.state = 372
                self.match(DParser.LBRACK)
                self.state = 375
                self._errHandler.sync(self)
                token = self._input.LA(1)
                if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 26, 27]:
                    self.state = 373
                    self.declKeys()
                    pass
                elif token in [31]:
                    self.state = 374
                    self.match(DParser.INT)
                    pass
                elif token in [48]:
                    pass
                else:
                    pass
                self.state = 377
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
            self.state = 380
            self.typeName()
            self.state = 385
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==50:
                self.state = 381
                self.match(DParser.COMMA)
                self.state = 382
                self.typeName()
                self.state = 387
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
            self.state = 391
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==18 or _la==19:
                self.state = 388
                self.typeQual()
                self.state = 393
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 401
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]:
                self.state = 395 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 394
                    self.typeSpec()
                    self.state = 397 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 262016) != 0)):
                        break

                pass
            elif token in [27]:
                self.state = 399
                self.match(DParser.IDENT)
                pass
            elif token in [26]:
                self.state = 400
                self.match(DParser.TYPEDEF_NAME)
                pass
            else:
                raise NoViableAltException(self)

            self.state = 406
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==59:
                self.state = 403
                self.match(DParser.STAR)
                self.state = 408
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
            self.state = 441
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,53,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 412
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==18 or _la==19:
                    self.state = 409
                    self.typeQual()
                    self.state = 414
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 421
                self._errHandler.sync(self)
                token = self._input.LA(1)
                if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]:
                    self.state = 416 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    while True:
                        self.state = 415
                        self.typeSpec()
                        self.state = 418 
                        self._errHandler.sync(self)
                        _la = self._input.LA(1)
                        if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 262016) != 0)):
                            break

                    pass
                elif token in [26]:
                    self.state = 420
                    self.match(DParser.TYPEDEF_NAME)
                    pass
                else:
                    raise NoViableAltException(self)

                self.state = 426
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==59:
                    self.state = 423
                    self.match(DParser.STAR)
                    self.state = 428
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 432
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==18 or _la==19:
                    self.state = 429
                    self.typeQual()
                    self.state = 434
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 435
                self.match(DParser.IDENT)
                self.state = 437 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 436
                    self.match(DParser.STAR)
                    self.state = 439 
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
        self.enterRule(localctx, 58, self.RULE_typeSpec)
        self._la = 0 # Token type
        try:
            self.state = 453
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [7]:
                self.enterOuterAlt(localctx, 1)
                self.state = 443
                self.match(DParser.K_CHAR)
                pass
            elif token in [8]:
                self.enterOuterAlt(localctx, 2)
                self.state = 444
                self.match(DParser.K_SHORT)
                pass
            elif token in [9]:
                self.enterOuterAlt(localctx, 3)
                self.state = 445
                self.match(DParser.K_INT)
                pass
            elif token in [10]:
                self.enterOuterAlt(localctx, 4)
                self.state = 446
                self.match(DParser.K_LONG)
                pass
            elif token in [11]:
                self.enterOuterAlt(localctx, 5)
                self.state = 447
                self.match(DParser.K_SIGNED)
                pass
            elif token in [12]:
                self.enterOuterAlt(localctx, 6)
                self.state = 448
                self.match(DParser.K_UNSIGNED)
                pass
            elif token in [13]:
                self.enterOuterAlt(localctx, 7)
                self.state = 449
                self.match(DParser.K_VOID)
                pass
            elif token in [14]:
                self.enterOuterAlt(localctx, 8)
                self.state = 450
                self.match(DParser.K_STRING)
                pass
            elif token in [15, 16, 17]:
                self.enterOuterAlt(localctx, 9)
                self.state = 451
                _la = self._input.LA(1)
                if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 229376) != 0)):
                    self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 452
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
        self.enterRule(localctx, 60, self.RULE_typeQual)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 455
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
        def typeName(self):
            return self.getTypedRuleContext(DParser.TypeNameContext,0)

        def COMMA(self):
            return self.getToken(DParser.COMMA, 0)
        def name(self):
            return self.getTypedRuleContext(DParser.NameContext,0)

        def RPAREN(self):
            return self.getToken(DParser.RPAREN, 0)

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
            self.state = 484
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,55,self._ctx)
            if la_ == 1:
                localctx = DParser.PrimaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx

                self.state = 458
                self.primary()
                pass

            elif la_ == 2:
                localctx = DParser.PreIncDecExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 459
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==55 or _la==56):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 460
                self.expr(20)
                pass

            elif la_ == 3:
                localctx = DParser.UnaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 461
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not(((((_la - 57)) & ~0x3f) == 0 and ((1 << (_la - 57)) & 204807) != 0)):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 462
                self.expr(19)
                pass

            elif la_ == 4:
                localctx = DParser.CastExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 463
                self.match(DParser.LPAREN)
                self.state = 464
                self.castType()
                self.state = 465
                self.match(DParser.RPAREN)
                self.state = 466
                self.expr(18)
                pass

            elif la_ == 5:
                localctx = DParser.SizeofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 468
                self.match(DParser.K_SIZEOF)
                self.state = 469
                self.match(DParser.LPAREN)
                self.state = 470
                self.typeName()
                self.state = 471
                self.match(DParser.RPAREN)
                pass

            elif la_ == 6:
                localctx = DParser.SizeofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 473
                self.match(DParser.K_SIZEOF)
                self.state = 474
                self.expr(16)
                pass

            elif la_ == 7:
                localctx = DParser.StringofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 475
                self.match(DParser.K_STRINGOF)
                self.state = 476
                self.expr(15)
                pass

            elif la_ == 8:
                localctx = DParser.OffsetofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 477
                self.match(DParser.K_OFFSETOF)
                self.state = 478
                self.match(DParser.LPAREN)
                self.state = 479
                self.typeName()
                self.state = 480
                self.match(DParser.COMMA)
                self.state = 481
                self.name()
                self.state = 482
                self.match(DParser.RPAREN)
                pass


            self._ctx.stop = self._input.LT(-1)
            self.state = 540
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,57,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    self.state = 538
                    self._errHandler.sync(self)
                    la_ = self._interp.adaptivePredict(self._input,56,self._ctx)
                    if la_ == 1:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 486
                        if not self.precpred(self._ctx, 13):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 13)")
                        self.state = 487
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 4035225266123964416) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 488
                        self.expr(14)
                        pass

                    elif la_ == 2:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 489
                        if not self.precpred(self._ctx, 12):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 12)")
                        self.state = 490
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==57 or _la==58):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 491
                        self.expr(13)
                        pass

                    elif la_ == 3:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 492
                        if not self.precpred(self._ctx, 11):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 11)")
                        self.state = 493
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==62 or _la==63):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 494
                        self.expr(12)
                        pass

                    elif la_ == 4:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 495
                        if not self.precpred(self._ctx, 10):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 10)")
                        self.state = 496
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(((((_la - 64)) & ~0x3f) == 0 and ((1 << (_la - 64)) & 15) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 497
                        self.expr(11)
                        pass

                    elif la_ == 5:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 498
                        if not self.precpred(self._ctx, 9):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 9)")
                        self.state = 499
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==68 or _la==69):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 500
                        self.expr(10)
                        pass

                    elif la_ == 6:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 501
                        if not self.precpred(self._ctx, 8):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 8)")
                        self.state = 502
                        localctx.op = self.match(DParser.AMP)
                        self.state = 503
                        self.expr(9)
                        pass

                    elif la_ == 7:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 504
                        if not self.precpred(self._ctx, 7):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 7)")
                        self.state = 505
                        localctx.op = self.match(DParser.CARET)
                        self.state = 506
                        self.expr(8)
                        pass

                    elif la_ == 8:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 507
                        if not self.precpred(self._ctx, 6):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 6)")
                        self.state = 508
                        localctx.op = self.match(DParser.PIPE)
                        self.state = 509
                        self.expr(7)
                        pass

                    elif la_ == 9:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 510
                        if not self.precpred(self._ctx, 5):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 5)")
                        self.state = 511
                        localctx.op = self.match(DParser.ANDAND)
                        self.state = 512
                        self.expr(6)
                        pass

                    elif la_ == 10:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 513
                        if not self.precpred(self._ctx, 4):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 4)")
                        self.state = 514
                        localctx.op = self.match(DParser.XORXOR)
                        self.state = 515
                        self.expr(5)
                        pass

                    elif la_ == 11:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 516
                        if not self.precpred(self._ctx, 3):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 3)")
                        self.state = 517
                        localctx.op = self.match(DParser.OROR)
                        self.state = 518
                        self.expr(4)
                        pass

                    elif la_ == 12:
                        localctx = DParser.TernaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 519
                        if not self.precpred(self._ctx, 2):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                        self.state = 520
                        self.match(DParser.QUESTION)
                        self.state = 521
                        self.expr(0)
                        self.state = 522
                        self.match(DParser.COLON)
                        self.state = 523
                        self.expr(2)
                        pass

                    elif la_ == 13:
                        localctx = DParser.AssignExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 525
                        if not self.precpred(self._ctx, 1):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 1)")
                        self.state = 526
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(((((_la - 78)) & ~0x3f) == 0 and ((1 << (_la - 78)) & 2047) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 527
                        self.expr(1)
                        pass

                    elif la_ == 14:
                        localctx = DParser.IndexExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 528
                        if not self.precpred(self._ctx, 23):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 23)")
                        self.state = 529
                        self.match(DParser.LBRACK)
                        self.state = 530
                        self.exprList()
                        self.state = 531
                        self.match(DParser.RBRACK)
                        pass

                    elif la_ == 15:
                        localctx = DParser.MemberExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 533
                        if not self.precpred(self._ctx, 22):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 22)")
                        self.state = 534
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==53 or _la==54):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 535
                        self.name()
                        pass

                    elif la_ == 16:
                        localctx = DParser.PostIncDecExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 536
                        if not self.precpred(self._ctx, 21):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 21)")
                        self.state = 537
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==55 or _la==56):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        pass

             
                self.state = 542
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,57,self._ctx)

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
        self.enterRule(localctx, 64, self.RULE_primary)
        self._la = 0 # Token type
        try:
            self.state = 574
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,59,self._ctx)
            if la_ == 1:
                localctx = DParser.CallPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 543
                self.match(DParser.IDENT)
                self.state = 544
                self.match(DParser.LPAREN)
                self.state = 546
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1116927909030789222) != 0) or ((((_la - 70)) & ~0x3f) == 0 and ((1 << (_la - 70)) & 25) != 0):
                    self.state = 545
                    self.exprList()


                self.state = 548
                self.match(DParser.RPAREN)
                pass

            elif la_ == 2:
                localctx = DParser.IdentPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 549
                self.match(DParser.IDENT)
                pass

            elif la_ == 3:
                localctx = DParser.AggPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 550
                self.match(DParser.AGG)
                pass

            elif la_ == 4:
                localctx = DParser.KsymPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 551
                self.match(DParser.KSYM)
                pass

            elif la_ == 5:
                localctx = DParser.SelfPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 552
                self.match(DParser.K_SELF)
                self.state = 553
                self.match(DParser.ARROW)
                self.state = 554
                self.name()
                pass

            elif la_ == 6:
                localctx = DParser.ThisPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 555
                self.match(DParser.K_THIS)
                self.state = 556
                self.match(DParser.ARROW)
                self.state = 557
                self.name()
                pass

            elif la_ == 7:
                localctx = DParser.IntPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 558
                self.match(DParser.INT)
                pass

            elif la_ == 8:
                localctx = DParser.CharPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 559
                self.match(DParser.CHAR_LIT)
                pass

            elif la_ == 9:
                localctx = DParser.StringPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 560
                self.match(DParser.STRING_LIT)
                pass

            elif la_ == 10:
                localctx = DParser.MacroPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 10)
                self.state = 561
                self.match(DParser.MACRO)
                pass

            elif la_ == 11:
                localctx = DParser.XlatePrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 11)
                self.state = 562
                self.match(DParser.K_XLATE)
                self.state = 563
                self.match(DParser.LT)
                self.state = 564
                self.typeName()
                self.state = 565
                self.match(DParser.GT)
                self.state = 566
                self.match(DParser.LPAREN)
                self.state = 567
                self.expr(0)
                self.state = 568
                self.match(DParser.RPAREN)
                pass

            elif la_ == 12:
                localctx = DParser.ParenPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 12)
                self.state = 570
                self.match(DParser.LPAREN)
                self.state = 571
                self.expr(0)
                self.state = 572
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
            self.state = 576
            self.expr(0)
            self.state = 581
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==50:
                self.state = 577
                self.match(DParser.COMMA)
                self.state = 578
                self.expr(0)
                self.state = 583
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
        self.enterRule(localctx, 68, self.RULE_name)
        try:
            self.state = 587
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [27]:
                self.enterOuterAlt(localctx, 1)
                self.state = 584
                self.match(DParser.IDENT)
                pass
            elif token in [26]:
                self.enterOuterAlt(localctx, 2)
                self.state = 585
                self.match(DParser.TYPEDEF_NAME)
                pass
            elif token in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]:
                self.enterOuterAlt(localctx, 3)
                self.state = 586
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
        self.enterRule(localctx, 70, self.RULE_keyword)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 589
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
         




