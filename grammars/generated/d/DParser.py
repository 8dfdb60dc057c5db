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
        4,1,82,569,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,7,
        6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,13,
        2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,20,
        7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,2,25,7,25,2,26,7,26,
        2,27,7,27,2,28,7,28,2,29,7,29,2,30,7,30,2,31,7,31,2,32,7,32,2,33,
        7,33,1,0,5,0,70,8,0,10,0,12,0,73,9,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,
        1,1,1,1,3,1,84,8,1,1,2,1,2,3,2,88,8,2,1,2,1,2,1,3,1,3,1,3,5,3,95,
        8,3,10,3,12,3,98,9,3,1,4,4,4,101,8,4,11,4,12,4,102,1,5,1,5,1,5,1,
        5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,1,5,3,5,118,8,5,1,6,1,6,1,6,1,
        6,1,7,1,7,5,7,126,8,7,10,7,12,7,129,9,7,1,7,3,7,132,8,7,1,7,1,7,
        1,8,1,8,1,8,1,8,1,8,1,8,1,8,1,8,1,8,1,8,1,8,3,8,147,8,8,1,8,3,8,
        150,8,8,1,9,1,9,1,10,3,10,155,8,10,1,10,1,10,1,10,1,10,5,10,161,
        8,10,10,10,12,10,164,9,10,1,10,1,10,1,11,5,11,169,8,11,10,11,12,
        11,172,9,11,1,11,4,11,175,8,11,11,11,12,11,176,1,11,1,11,3,11,181,
        8,11,1,12,1,12,1,12,5,12,186,8,12,10,12,12,12,189,9,12,1,12,1,12,
        1,12,1,12,1,12,1,13,1,13,5,13,198,8,13,10,13,12,13,201,9,13,1,13,
        1,13,3,13,205,8,13,1,13,1,13,1,13,1,13,1,13,1,13,3,13,213,8,13,1,
        13,1,13,1,13,1,13,5,13,219,8,13,10,13,12,13,222,9,13,1,13,1,13,3,
        13,226,8,13,1,14,1,14,1,14,4,14,231,8,14,11,14,12,14,232,1,14,1,
        14,3,14,237,8,14,1,15,5,15,240,8,15,10,15,12,15,243,9,15,1,15,1,
        15,1,15,1,15,3,15,249,8,15,1,16,1,16,3,16,253,8,16,1,16,1,16,5,16,
        257,8,16,10,16,12,16,260,9,16,1,16,1,16,1,17,5,17,265,8,17,10,17,
        12,17,268,9,17,1,17,1,17,1,17,1,17,5,17,274,8,17,10,17,12,17,277,
        9,17,1,17,1,17,1,18,5,18,282,8,18,10,18,12,18,285,9,18,1,18,1,18,
        1,18,1,18,5,18,291,8,18,10,18,12,18,294,9,18,1,18,1,18,3,18,298,
        8,18,1,19,1,19,3,19,302,8,19,1,19,1,19,1,19,1,19,5,19,308,8,19,10,
        19,12,19,311,9,19,1,19,3,19,314,8,19,1,19,1,19,1,20,1,20,1,20,3,
        20,321,8,20,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,5,21,331,8,21,
        10,21,12,21,334,9,21,1,21,1,21,1,21,1,22,1,22,1,22,1,22,1,22,1,23,
        5,23,345,8,23,10,23,12,23,348,9,23,1,23,1,23,1,23,1,23,3,23,354,
        8,23,1,23,3,23,357,8,23,1,24,1,24,1,24,5,24,362,8,24,10,24,12,24,
        365,9,24,1,25,5,25,368,8,25,10,25,12,25,371,9,25,1,25,4,25,374,8,
        25,11,25,12,25,375,1,25,1,25,3,25,380,8,25,1,25,5,25,383,8,25,10,
        25,12,25,386,9,25,1,26,5,26,389,8,26,10,26,12,26,392,9,26,1,26,4,
        26,395,8,26,11,26,12,26,396,1,26,3,26,400,8,26,1,26,5,26,403,8,26,
        10,26,12,26,406,9,26,1,26,5,26,409,8,26,10,26,12,26,412,9,26,1,26,
        1,26,4,26,416,8,26,11,26,12,26,417,3,26,420,8,26,1,27,1,27,1,27,
        1,27,1,27,1,27,1,27,1,27,1,27,1,27,3,27,432,8,27,1,28,1,28,1,29,
        1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,
        1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,
        3,29,463,8,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,
        1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,
        1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,
        1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,
        1,29,1,29,1,29,5,29,517,8,29,10,29,12,29,520,9,29,1,30,1,30,1,30,
        3,30,525,8,30,1,30,1,30,1,30,1,30,1,30,1,30,1,30,1,30,1,30,1,30,
        1,30,1,30,1,30,1,30,1,30,1,30,1,30,1,30,1,30,1,30,1,30,1,30,1,30,
        1,30,1,30,3,30,552,8,30,1,31,1,31,1,31,5,31,557,8,31,10,31,12,31,
        560,9,31,1,32,1,32,1,32,3,32,565,8,32,1,33,1,33,1,33,0,1,58,34,0,
        2,4,6,8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38,40,42,44,46,
        48,50,52,54,56,58,60,62,64,66,0,14,1,0,1,2,1,0,15,16,1,0,15,17,1,
        0,18,19,1,0,48,49,3,0,50,52,63,63,66,67,1,0,52,54,1,0,50,51,1,0,
        55,56,1,0,57,60,1,0,61,62,1,0,71,81,1,0,46,47,1,0,1,24,656,0,71,
        1,0,0,0,2,83,1,0,0,0,4,85,1,0,0,0,6,91,1,0,0,0,8,100,1,0,0,0,10,
        117,1,0,0,0,12,119,1,0,0,0,14,123,1,0,0,0,16,149,1,0,0,0,18,151,
        1,0,0,0,20,154,1,0,0,0,22,170,1,0,0,0,24,182,1,0,0,0,26,225,1,0,
        0,0,28,236,1,0,0,0,30,241,1,0,0,0,32,250,1,0,0,0,34,266,1,0,0,0,
        36,283,1,0,0,0,38,299,1,0,0,0,40,317,1,0,0,0,42,322,1,0,0,0,44,338,
        1,0,0,0,46,346,1,0,0,0,48,358,1,0,0,0,50,369,1,0,0,0,52,419,1,0,
        0,0,54,431,1,0,0,0,56,433,1,0,0,0,58,462,1,0,0,0,60,551,1,0,0,0,
        62,553,1,0,0,0,64,564,1,0,0,0,66,566,1,0,0,0,68,70,3,2,1,0,69,68,
        1,0,0,0,70,73,1,0,0,0,71,69,1,0,0,0,71,72,1,0,0,0,72,74,1,0,0,0,
        73,71,1,0,0,0,74,75,5,0,0,1,75,1,1,0,0,0,76,84,5,25,0,0,77,84,3,
        20,10,0,78,84,3,24,12,0,79,84,3,26,13,0,80,84,3,42,21,0,81,84,3,
        4,2,0,82,84,5,42,0,0,83,76,1,0,0,0,83,77,1,0,0,0,83,78,1,0,0,0,83,
        79,1,0,0,0,83,80,1,0,0,0,83,81,1,0,0,0,83,82,1,0,0,0,84,3,1,0,0,
        0,85,87,3,6,3,0,86,88,3,12,6,0,87,86,1,0,0,0,87,88,1,0,0,0,88,89,
        1,0,0,0,89,90,3,14,7,0,90,5,1,0,0,0,91,96,3,8,4,0,92,93,5,43,0,0,
        93,95,3,8,4,0,94,92,1,0,0,0,95,98,1,0,0,0,96,94,1,0,0,0,96,97,1,
        0,0,0,97,7,1,0,0,0,98,96,1,0,0,0,99,101,3,10,5,0,100,99,1,0,0,0,
        101,102,1,0,0,0,102,100,1,0,0,0,102,103,1,0,0,0,103,9,1,0,0,0,104,
        118,5,27,0,0,105,118,5,26,0,0,106,118,5,30,0,0,107,118,5,29,0,0,
        108,118,3,66,33,0,109,118,5,44,0,0,110,118,5,52,0,0,111,118,5,45,
        0,0,112,118,5,51,0,0,113,118,5,40,0,0,114,118,5,41,0,0,115,118,5,
        46,0,0,116,118,5,67,0,0,117,104,1,0,0,0,117,105,1,0,0,0,117,106,
        1,0,0,0,117,107,1,0,0,0,117,108,1,0,0,0,117,109,1,0,0,0,117,110,
        1,0,0,0,117,111,1,0,0,0,117,112,1,0,0,0,117,113,1,0,0,0,117,114,
        1,0,0,0,117,115,1,0,0,0,117,116,1,0,0,0,118,11,1,0,0,0,119,120,5,
        53,0,0,120,121,3,58,29,0,121,122,5,53,0,0,122,13,1,0,0,0,123,127,
        5,36,0,0,124,126,3,16,8,0,125,124,1,0,0,0,126,129,1,0,0,0,127,125,
        1,0,0,0,127,128,1,0,0,0,128,131,1,0,0,0,129,127,1,0,0,0,130,132,
        3,18,9,0,131,130,1,0,0,0,131,132,1,0,0,0,132,133,1,0,0,0,133,134,
        5,37,0,0,134,15,1,0,0,0,135,136,3,58,29,0,136,137,5,42,0,0,137,150,
        1,0,0,0,138,150,5,42,0,0,139,140,5,3,0,0,140,141,5,38,0,0,141,142,
        3,58,29,0,142,143,5,39,0,0,143,146,3,16,8,0,144,145,5,4,0,0,145,
        147,3,16,8,0,146,144,1,0,0,0,146,147,1,0,0,0,147,150,1,0,0,0,148,
        150,3,14,7,0,149,135,1,0,0,0,149,138,1,0,0,0,149,139,1,0,0,0,149,
        148,1,0,0,0,150,17,1,0,0,0,151,152,3,58,29,0,152,19,1,0,0,0,153,
        155,7,0,0,0,154,153,1,0,0,0,154,155,1,0,0,0,155,156,1,0,0,0,156,
        157,3,22,11,0,157,162,3,46,23,0,158,159,5,43,0,0,159,161,3,46,23,
        0,160,158,1,0,0,0,161,164,1,0,0,0,162,160,1,0,0,0,162,163,1,0,0,
        0,163,165,1,0,0,0,164,162,1,0,0,0,165,166,5,42,0,0,166,21,1,0,0,
        0,167,169,3,56,28,0,168,167,1,0,0,0,169,172,1,0,0,0,170,168,1,0,
        0,0,170,171,1,0,0,0,171,180,1,0,0,0,172,170,1,0,0,0,173,175,3,54,
        27,0,174,173,1,0,0,0,175,176,1,0,0,0,176,174,1,0,0,0,176,177,1,0,
        0,0,177,181,1,0,0,0,178,181,5,27,0,0,179,181,5,26,0,0,180,174,1,
        0,0,0,180,178,1,0,0,0,180,179,1,0,0,0,181,23,1,0,0,0,182,183,5,20,
        0,0,183,187,3,22,11,0,184,186,5,52,0,0,185,184,1,0,0,0,186,189,1,
        0,0,0,187,185,1,0,0,0,187,188,1,0,0,0,188,190,1,0,0,0,189,187,1,
        0,0,0,190,191,5,27,0,0,191,192,5,71,0,0,192,193,3,58,29,0,193,194,
        5,42,0,0,194,25,1,0,0,0,195,199,5,21,0,0,196,198,3,56,28,0,197,196,
        1,0,0,0,198,201,1,0,0,0,199,197,1,0,0,0,199,200,1,0,0,0,200,202,
        1,0,0,0,201,199,1,0,0,0,202,204,3,28,14,0,203,205,3,30,15,0,204,
        203,1,0,0,0,204,205,1,0,0,0,205,206,1,0,0,0,206,207,5,42,0,0,207,
        226,1,0,0,0,208,209,3,28,14,0,209,210,5,42,0,0,210,226,1,0,0,0,211,
        213,7,0,0,0,212,211,1,0,0,0,212,213,1,0,0,0,213,214,1,0,0,0,214,
        215,3,32,16,0,215,220,3,46,23,0,216,217,5,43,0,0,217,219,3,46,23,
        0,218,216,1,0,0,0,219,222,1,0,0,0,220,218,1,0,0,0,220,221,1,0,0,
        0,221,223,1,0,0,0,222,220,1,0,0,0,223,224,5,42,0,0,224,226,1,0,0,
        0,225,195,1,0,0,0,225,208,1,0,0,0,225,212,1,0,0,0,226,27,1,0,0,0,
        227,237,3,32,16,0,228,237,3,38,19,0,229,231,3,54,27,0,230,229,1,
        0,0,0,231,232,1,0,0,0,232,230,1,0,0,0,232,233,1,0,0,0,233,237,1,
        0,0,0,234,237,5,27,0,0,235,237,5,26,0,0,236,227,1,0,0,0,236,228,
        1,0,0,0,236,230,1,0,0,0,236,234,1,0,0,0,236,235,1,0,0,0,237,29,1,
        0,0,0,238,240,5,52,0,0,239,238,1,0,0,0,240,243,1,0,0,0,241,239,1,
        0,0,0,241,242,1,0,0,0,242,244,1,0,0,0,243,241,1,0,0,0,244,248,5,
        27,0,0,245,246,5,40,0,0,246,247,5,30,0,0,247,249,5,41,0,0,248,245,
        1,0,0,0,248,249,1,0,0,0,249,31,1,0,0,0,250,252,7,1,0,0,251,253,5,
        27,0,0,252,251,1,0,0,0,252,253,1,0,0,0,253,254,1,0,0,0,254,258,5,
        36,0,0,255,257,3,34,17,0,256,255,1,0,0,0,257,260,1,0,0,0,258,256,
        1,0,0,0,258,259,1,0,0,0,259,261,1,0,0,0,260,258,1,0,0,0,261,262,
        5,37,0,0,262,33,1,0,0,0,263,265,3,56,28,0,264,263,1,0,0,0,265,268,
        1,0,0,0,266,264,1,0,0,0,266,267,1,0,0,0,267,269,1,0,0,0,268,266,
        1,0,0,0,269,270,3,28,14,0,270,275,3,36,18,0,271,272,5,43,0,0,272,
        274,3,36,18,0,273,271,1,0,0,0,274,277,1,0,0,0,275,273,1,0,0,0,275,
        276,1,0,0,0,276,278,1,0,0,0,277,275,1,0,0,0,278,279,5,42,0,0,279,
        35,1,0,0,0,280,282,5,52,0,0,281,280,1,0,0,0,282,285,1,0,0,0,283,
        281,1,0,0,0,283,284,1,0,0,0,284,286,1,0,0,0,285,283,1,0,0,0,286,
        292,3,64,32,0,287,288,5,40,0,0,288,289,5,30,0,0,289,291,5,41,0,0,
        290,287,1,0,0,0,291,294,1,0,0,0,292,290,1,0,0,0,292,293,1,0,0,0,
        293,297,1,0,0,0,294,292,1,0,0,0,295,296,5,44,0,0,296,298,5,30,0,
        0,297,295,1,0,0,0,297,298,1,0,0,0,298,37,1,0,0,0,299,301,5,17,0,
        0,300,302,5,27,0,0,301,300,1,0,0,0,301,302,1,0,0,0,302,303,1,0,0,
        0,303,304,5,36,0,0,304,309,3,40,20,0,305,306,5,43,0,0,306,308,3,
        40,20,0,307,305,1,0,0,0,308,311,1,0,0,0,309,307,1,0,0,0,309,310,
        1,0,0,0,310,313,1,0,0,0,311,309,1,0,0,0,312,314,5,43,0,0,313,312,
        1,0,0,0,313,314,1,0,0,0,314,315,1,0,0,0,315,316,5,37,0,0,316,39,
        1,0,0,0,317,320,5,27,0,0,318,319,5,71,0,0,319,321,3,58,29,0,320,
        318,1,0,0,0,320,321,1,0,0,0,321,41,1,0,0,0,322,323,5,22,0,0,323,
        324,3,50,25,0,324,325,5,57,0,0,325,326,3,50,25,0,326,327,5,27,0,
        0,327,328,5,59,0,0,328,332,5,36,0,0,329,331,3,44,22,0,330,329,1,
        0,0,0,331,334,1,0,0,0,332,330,1,0,0,0,332,333,1,0,0,0,333,335,1,
        0,0,0,334,332,1,0,0,0,335,336,5,37,0,0,336,337,5,42,0,0,337,43,1,
        0,0,0,338,339,3,64,32,0,339,340,5,71,0,0,340,341,3,58,29,0,341,342,
        5,42,0,0,342,45,1,0,0,0,343,345,5,52,0,0,344,343,1,0,0,0,345,348,
        1,0,0,0,346,344,1,0,0,0,346,347,1,0,0,0,347,349,1,0,0,0,348,346,
        1,0,0,0,349,356,5,27,0,0,350,353,5,40,0,0,351,354,3,48,24,0,352,
        354,5,30,0,0,353,351,1,0,0,0,353,352,1,0,0,0,353,354,1,0,0,0,354,
        355,1,0,0,0,355,357,5,41,0,0,356,350,1,0,0,0,356,357,1,0,0,0,357,
        47,1,0,0,0,358,363,3,50,25,0,359,360,5,43,0,0,360,362,3,50,25,0,
        361,359,1,0,0,0,362,365,1,0,0,0,363,361,1,0,0,0,363,364,1,0,0,0,
        364,49,1,0,0,0,365,363,1,0,0,0,366,368,3,56,28,0,367,366,1,0,0,0,
        368,371,1,0,0,0,369,367,1,0,0,0,369,370,1,0,0,0,370,379,1,0,0,0,
        371,369,1,0,0,0,372,374,3,54,27,0,373,372,1,0,0,0,374,375,1,0,0,
        0,375,373,1,0,0,0,375,376,1,0,0,0,376,380,1,0,0,0,377,380,5,27,0,
        0,378,380,5,26,0,0,379,373,1,0,0,0,379,377,1,0,0,0,379,378,1,0,0,
        0,380,384,1,0,0,0,381,383,5,52,0,0,382,381,1,0,0,0,383,386,1,0,0,
        0,384,382,1,0,0,0,384,385,1,0,0,0,385,51,1,0,0,0,386,384,1,0,0,0,
        387,389,3,56,28,0,388,387,1,0,0,0,389,392,1,0,0,0,390,388,1,0,0,
        0,390,391,1,0,0,0,391,399,1,0,0,0,392,390,1,0,0,0,393,395,3,54,27,
        0,394,393,1,0,0,0,395,396,1,0,0,0,396,394,1,0,0,0,396,397,1,0,0,
        0,397,400,1,0,0,0,398,400,5,26,0,0,399,394,1,0,0,0,399,398,1,0,0,
        0,400,404,1,0,0,0,401,403,5,52,0,0,402,401,1,0,0,0,403,406,1,0,0,
        0,404,402,1,0,0,0,404,405,1,0,0,0,405,420,1,0,0,0,406,404,1,0,0,
        0,407,409,3,56,28,0,408,407,1,0,0,0,409,412,1,0,0,0,410,408,1,0,
        0,0,410,411,1,0,0,0,411,413,1,0,0,0,412,410,1,0,0,0,413,415,5,27,
        0,0,414,416,5,52,0,0,415,414,1,0,0,0,416,417,1,0,0,0,417,415,1,0,
        0,0,417,418,1,0,0,0,418,420,1,0,0,0,419,390,1,0,0,0,419,410,1,0,
        0,0,420,53,1,0,0,0,421,432,5,7,0,0,422,432,5,8,0,0,423,432,5,9,0,
        0,424,432,5,10,0,0,425,432,5,11,0,0,426,432,5,12,0,0,427,432,5,13,
        0,0,428,432,5,14,0,0,429,430,7,2,0,0,430,432,5,27,0,0,431,421,1,
        0,0,0,431,422,1,0,0,0,431,423,1,0,0,0,431,424,1,0,0,0,431,425,1,
        0,0,0,431,426,1,0,0,0,431,427,1,0,0,0,431,428,1,0,0,0,431,429,1,
        0,0,0,432,55,1,0,0,0,433,434,7,3,0,0,434,57,1,0,0,0,435,436,6,29,
        -1,0,436,463,3,60,30,0,437,438,7,4,0,0,438,463,3,58,29,20,439,440,
        7,5,0,0,440,463,3,58,29,19,441,442,5,38,0,0,442,443,3,52,26,0,443,
        444,5,39,0,0,444,445,3,58,29,18,445,463,1,0,0,0,446,447,5,5,0,0,
        447,448,5,38,0,0,448,449,3,50,25,0,449,450,5,39,0,0,450,463,1,0,
        0,0,451,452,5,5,0,0,452,463,3,58,29,16,453,454,5,6,0,0,454,463,3,
        58,29,15,455,456,5,24,0,0,456,457,5,38,0,0,457,458,3,50,25,0,458,
        459,5,43,0,0,459,460,3,64,32,0,460,461,5,39,0,0,461,463,1,0,0,0,
        462,435,1,0,0,0,462,437,1,0,0,0,462,439,1,0,0,0,462,441,1,0,0,0,
        462,446,1,0,0,0,462,451,1,0,0,0,462,453,1,0,0,0,462,455,1,0,0,0,
        463,518,1,0,0,0,464,465,10,13,0,0,465,466,7,6,0,0,466,517,3,58,29,
        14,467,468,10,12,0,0,468,469,7,7,0,0,469,517,3,58,29,13,470,471,
        10,11,0,0,471,472,7,8,0,0,472,517,3,58,29,12,473,474,10,10,0,0,474,
        475,7,9,0,0,475,517,3,58,29,11,476,477,10,9,0,0,477,478,7,10,0,0,
        478,517,3,58,29,10,479,480,10,8,0,0,480,481,5,63,0,0,481,517,3,58,
        29,9,482,483,10,7,0,0,483,484,5,64,0,0,484,517,3,58,29,8,485,486,
        10,6,0,0,486,487,5,65,0,0,487,517,3,58,29,7,488,489,10,5,0,0,489,
        490,5,68,0,0,490,517,3,58,29,6,491,492,10,4,0,0,492,493,5,69,0,0,
        493,517,3,58,29,5,494,495,10,3,0,0,495,496,5,70,0,0,496,517,3,58,
        29,4,497,498,10,2,0,0,498,499,5,45,0,0,499,500,3,58,29,0,500,501,
        5,44,0,0,501,502,3,58,29,2,502,517,1,0,0,0,503,504,10,1,0,0,504,
        505,7,11,0,0,505,517,3,58,29,1,506,507,10,23,0,0,507,508,5,40,0,
        0,508,509,3,62,31,0,509,510,5,41,0,0,510,517,1,0,0,0,511,512,10,
        22,0,0,512,513,7,12,0,0,513,517,3,64,32,0,514,515,10,21,0,0,515,
        517,7,4,0,0,516,464,1,0,0,0,516,467,1,0,0,0,516,470,1,0,0,0,516,
        473,1,0,0,0,516,476,1,0,0,0,516,479,1,0,0,0,516,482,1,0,0,0,516,
        485,1,0,0,0,516,488,1,0,0,0,516,491,1,0,0,0,516,494,1,0,0,0,516,
        497,1,0,0,0,516,503,1,0,0,0,516,506,1,0,0,0,516,511,1,0,0,0,516,
        514,1,0,0,0,517,520,1,0,0,0,518,516,1,0,0,0,518,519,1,0,0,0,519,
        59,1,0,0,0,520,518,1,0,0,0,521,522,5,27,0,0,522,524,5,38,0,0,523,
        525,3,62,31,0,524,523,1,0,0,0,524,525,1,0,0,0,525,526,1,0,0,0,526,
        552,5,39,0,0,527,552,5,27,0,0,528,552,5,28,0,0,529,530,5,1,0,0,530,
        531,5,47,0,0,531,552,3,64,32,0,532,533,5,2,0,0,533,534,5,47,0,0,
        534,552,3,64,32,0,535,552,5,30,0,0,536,552,5,31,0,0,537,552,5,32,
        0,0,538,552,5,29,0,0,539,540,5,23,0,0,540,541,5,57,0,0,541,542,3,
        50,25,0,542,543,5,59,0,0,543,544,5,38,0,0,544,545,3,58,29,0,545,
        546,5,39,0,0,546,552,1,0,0,0,547,548,5,38,0,0,548,549,3,58,29,0,
        549,550,5,39,0,0,550,552,1,0,0,0,551,521,1,0,0,0,551,527,1,0,0,0,
        551,528,1,0,0,0,551,529,1,0,0,0,551,532,1,0,0,0,551,535,1,0,0,0,
        551,536,1,0,0,0,551,537,1,0,0,0,551,538,1,0,0,0,551,539,1,0,0,0,
        551,547,1,0,0,0,552,61,1,0,0,0,553,558,3,58,29,0,554,555,5,43,0,
        0,555,557,3,58,29,0,556,554,1,0,0,0,557,560,1,0,0,0,558,556,1,0,
        0,0,558,559,1,0,0,0,559,63,1,0,0,0,560,558,1,0,0,0,561,565,5,27,
        0,0,562,565,5,26,0,0,563,565,3,66,33,0,564,561,1,0,0,0,564,562,1,
        0,0,0,564,563,1,0,0,0,565,65,1,0,0,0,566,567,7,13,0,0,567,67,1,0,
        0,0,60,71,83,87,96,102,117,127,131,146,149,154,162,170,176,180,187,
        199,204,212,220,225,232,236,241,248,252,258,266,275,283,292,297,
        301,309,313,320,332,346,353,356,363,369,375,379,384,390,396,399,
        404,410,417,419,431,462,516,518,524,551,558,564
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
                      "K_INLINE", "K_TYPEDEF", "K_TRANSLATOR", "K_XLATE", 
                      "K_OFFSETOF", "DIRECTIVE", "TYPEDEF_NAME", "IDENT", 
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
    RULE_typeDecl = 13
    RULE_typeBody = 14
    RULE_typedefName = 15
    RULE_souBody = 16
    RULE_memberDecl = 17
    RULE_memberDeclarator = 18
    RULE_enumBody = 19
    RULE_enumerator = 20
    RULE_translatorDecl = 21
    RULE_translatorMember = 22
    RULE_declarator = 23
    RULE_declKeys = 24
    RULE_typeName = 25
    RULE_castType = 26
    RULE_typeSpec = 27
    RULE_typeQual = 28
    RULE_expr = 29
    RULE_primary = 30
    RULE_exprList = 31
    RULE_name = 32
    RULE_keyword = 33

    ruleNames =  [ "program", "topItem", "clause", "probeDescList", "probeDesc", 
                   "probeToken", "predicate", "block", "statement", "tailStatement", 
                   "declaration", "declType", "inlineDecl", "typeDecl", 
                   "typeBody", "typedefName", "souBody", "memberDecl", "memberDeclarator", 
                   "enumBody", "enumerator", "translatorDecl", "translatorMember", 
                   "declarator", "declKeys", "typeName", "castType", "typeSpec", 
                   "typeQual", "expr", "primary", "exprList", "name", "keyword" ]

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
    AGG=28
    MACRO=29
    INT=30
    CHAR_LIT=31
    STRING_LIT=32
    BLOCK_COMMENT=33
    LINE_COMMENT=34
    WS=35
    LBRACE=36
    RBRACE=37
    LPAREN=38
    RPAREN=39
    LBRACK=40
    RBRACK=41
    SEMI=42
    COMMA=43
    COLON=44
    QUESTION=45
    DOT=46
    ARROW=47
    INC=48
    DEC=49
    PLUS=50
    MINUS=51
    STAR=52
    DIV=53
    MOD=54
    SHL=55
    SHR=56
    LT=57
    LE=58
    GT=59
    GE=60
    EQ=61
    NE=62
    AMP=63
    CARET=64
    PIPE=65
    TILDE=66
    BANG=67
    ANDAND=68
    XORXOR=69
    OROR=70
    ASSIGN=71
    ADD_ASSIGN=72
    SUB_ASSIGN=73
    MUL_ASSIGN=74
    DIV_ASSIGN=75
    MOD_ASSIGN=76
    AND_ASSIGN=77
    OR_ASSIGN=78
    XOR_ASSIGN=79
    SHL_ASSIGN=80
    SHR_ASSIGN=81
    ERROR_CHAR=82

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
            self.state = 71
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 6886243203809278) != 0) or _la==67:
                self.state = 68
                self.topItem()
                self.state = 73
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 74
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
            self.state = 83
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,1,self._ctx)
            if la_ == 1:
                localctx = DParser.DirectiveItemContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 76
                self.match(DParser.DIRECTIVE)
                pass

            elif la_ == 2:
                localctx = DParser.DeclarationItemContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 77
                self.declaration()
                pass

            elif la_ == 3:
                localctx = DParser.InlineItemContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 78
                self.inlineDecl()
                pass

            elif la_ == 4:
                localctx = DParser.TypeDeclItemContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 79
                self.typeDecl()
                pass

            elif la_ == 5:
                localctx = DParser.TranslatorItemContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 80
                self.translatorDecl()
                pass

            elif la_ == 6:
                localctx = DParser.ClauseItemContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 81
                self.clause()
                pass

            elif la_ == 7:
                localctx = DParser.EmptyItemContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 82
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
            self.state = 85
            self.probeDescList()
            self.state = 87
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==53:
                self.state = 86
                self.predicate()


            self.state = 89
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
            self.state = 91
            self.probeDesc()
            self.state = 96
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==43:
                self.state = 92
                self.match(DParser.COMMA)
                self.state = 93
                self.probeDesc()
                self.state = 98
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
            self.state = 100 
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while True:
                self.state = 99
                self.probeToken()
                self.state = 102 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 6881845123743742) != 0) or _la==67):
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
            self.state = 117
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [27]:
                self.enterOuterAlt(localctx, 1)
                self.state = 104
                self.match(DParser.IDENT)
                pass
            elif token in [26]:
                self.enterOuterAlt(localctx, 2)
                self.state = 105
                self.match(DParser.TYPEDEF_NAME)
                pass
            elif token in [30]:
                self.enterOuterAlt(localctx, 3)
                self.state = 106
                self.match(DParser.INT)
                pass
            elif token in [29]:
                self.enterOuterAlt(localctx, 4)
                self.state = 107
                self.match(DParser.MACRO)
                pass
            elif token in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]:
                self.enterOuterAlt(localctx, 5)
                self.state = 108
                self.keyword()
                pass
            elif token in [44]:
                self.enterOuterAlt(localctx, 6)
                self.state = 109
                self.match(DParser.COLON)
                pass
            elif token in [52]:
                self.enterOuterAlt(localctx, 7)
                self.state = 110
                self.match(DParser.STAR)
                pass
            elif token in [45]:
                self.enterOuterAlt(localctx, 8)
                self.state = 111
                self.match(DParser.QUESTION)
                pass
            elif token in [51]:
                self.enterOuterAlt(localctx, 9)
                self.state = 112
                self.match(DParser.MINUS)
                pass
            elif token in [40]:
                self.enterOuterAlt(localctx, 10)
                self.state = 113
                self.match(DParser.LBRACK)
                pass
            elif token in [41]:
                self.enterOuterAlt(localctx, 11)
                self.state = 114
                self.match(DParser.RBRACK)
                pass
            elif token in [46]:
                self.enterOuterAlt(localctx, 12)
                self.state = 115
                self.match(DParser.DOT)
                pass
            elif token in [67]:
                self.enterOuterAlt(localctx, 13)
                self.state = 116
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
            self.state = 119
            self.match(DParser.DIV)
            self.state = 120
            self.expr(0)
            self.state = 121
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
            self.state = 123
            self.match(DParser.LBRACE)
            self.state = 127
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,6,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    self.state = 124
                    self.statement() 
                self.state = 129
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,6,self._ctx)

            self.state = 131
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if (((_la) & ~0x3f) == 0 and ((1 << _la) & -9214646029217955738) != 0) or _la==66 or _la==67:
                self.state = 130
                self.tailStatement()


            self.state = 133
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
            self.state = 149
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [1, 2, 5, 6, 23, 24, 27, 28, 29, 30, 31, 32, 38, 48, 49, 50, 51, 52, 63, 66, 67]:
                localctx = DParser.ExprStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 135
                self.expr(0)
                self.state = 136
                self.match(DParser.SEMI)
                pass
            elif token in [42]:
                localctx = DParser.EmptyStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 138
                self.match(DParser.SEMI)
                pass
            elif token in [3]:
                localctx = DParser.IfStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 139
                self.match(DParser.K_IF)
                self.state = 140
                self.match(DParser.LPAREN)
                self.state = 141
                self.expr(0)
                self.state = 142
                self.match(DParser.RPAREN)
                self.state = 143
                self.statement()
                self.state = 146
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,8,self._ctx)
                if la_ == 1:
                    self.state = 144
                    self.match(DParser.K_ELSE)
                    self.state = 145
                    self.statement()


                pass
            elif token in [36]:
                localctx = DParser.BlockStatementContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 148
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
            self.state = 151
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
            self.state = 154
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==1 or _la==2:
                self.state = 153
                localctx.scope = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==1 or _la==2):
                    localctx.scope = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()


            self.state = 156
            self.declType()
            self.state = 157
            self.declarator()
            self.state = 162
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==43:
                self.state = 158
                self.match(DParser.COMMA)
                self.state = 159
                self.declarator()
                self.state = 164
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 165
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
            self.state = 170
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==18 or _la==19:
                self.state = 167
                self.typeQual()
                self.state = 172
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 180
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]:
                self.state = 174 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 173
                    self.typeSpec()
                    self.state = 176 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 262016) != 0)):
                        break

                pass
            elif token in [27]:
                self.state = 178
                self.match(DParser.IDENT)
                pass
            elif token in [26]:
                self.state = 179
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
            self.state = 182
            self.match(DParser.K_INLINE)
            self.state = 183
            self.declType()
            self.state = 187
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==52:
                self.state = 184
                self.match(DParser.STAR)
                self.state = 189
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 190
            self.match(DParser.IDENT)
            self.state = 191
            self.match(DParser.ASSIGN)
            self.state = 192
            self.expr(0)
            self.state = 193
            self.match(DParser.SEMI)
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
        self.enterRule(localctx, 26, self.RULE_typeDecl)
        self._la = 0 # Token type
        try:
            self.state = 225
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,20,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 195
                self.match(DParser.K_TYPEDEF)
                self.state = 199
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==18 or _la==19:
                    self.state = 196
                    self.typeQual()
                    self.state = 201
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 202
                self.typeBody()
                self.state = 204
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==27 or _la==52:
                    self.state = 203
                    self.typedefName()


                self.state = 206
                self.match(DParser.SEMI)
                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 208
                self.typeBody()
                self.state = 209
                self.match(DParser.SEMI)
                pass

            elif la_ == 3:
                self.enterOuterAlt(localctx, 3)
                self.state = 212
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==1 or _la==2:
                    self.state = 211
                    localctx.scope = self._input.LT(1)
                    _la = self._input.LA(1)
                    if not(_la==1 or _la==2):
                        localctx.scope = self._errHandler.recoverInline(self)
                    else:
                        self._errHandler.reportMatch(self)
                        self.consume()


                self.state = 214
                self.souBody()
                self.state = 215
                self.declarator()
                self.state = 220
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==43:
                    self.state = 216
                    self.match(DParser.COMMA)
                    self.state = 217
                    self.declarator()
                    self.state = 222
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 223
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
        self.enterRule(localctx, 28, self.RULE_typeBody)
        try:
            self.state = 236
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,22,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 227
                self.souBody()
                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 228
                self.enumBody()
                pass

            elif la_ == 3:
                self.enterOuterAlt(localctx, 3)
                self.state = 230 
                self._errHandler.sync(self)
                _alt = 1
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt == 1:
                        self.state = 229
                        self.typeSpec()

                    else:
                        raise NoViableAltException(self)
                    self.state = 232 
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,21,self._ctx)

                pass

            elif la_ == 4:
                self.enterOuterAlt(localctx, 4)
                self.state = 234
                self.match(DParser.IDENT)
                pass

            elif la_ == 5:
                self.enterOuterAlt(localctx, 5)
                self.state = 235
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
        self.enterRule(localctx, 30, self.RULE_typedefName)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 241
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==52:
                self.state = 238
                self.match(DParser.STAR)
                self.state = 243
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 244
            self.match(DParser.IDENT)
            self.state = 248
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==40:
                self.state = 245
                self.match(DParser.LBRACK)
                self.state = 246
                self.match(DParser.INT)
                self.state = 247
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
        self.enterRule(localctx, 32, self.RULE_souBody)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 250
            localctx.tag = self._input.LT(1)
            _la = self._input.LA(1)
            if not(_la==15 or _la==16):
                localctx.tag = self._errHandler.recoverInline(self)
            else:
                self._errHandler.reportMatch(self)
                self.consume()
            self.state = 252
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==27:
                self.state = 251
                self.match(DParser.IDENT)


            self.state = 254
            self.match(DParser.LBRACE)
            self.state = 258
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 202375040) != 0):
                self.state = 255
                self.memberDecl()
                self.state = 260
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 261
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
        self.enterRule(localctx, 34, self.RULE_memberDecl)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 266
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==18 or _la==19:
                self.state = 263
                self.typeQual()
                self.state = 268
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 269
            self.typeBody()
            self.state = 270
            self.memberDeclarator()
            self.state = 275
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==43:
                self.state = 271
                self.match(DParser.COMMA)
                self.state = 272
                self.memberDeclarator()
                self.state = 277
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 278
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
        self.enterRule(localctx, 36, self.RULE_memberDeclarator)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 283
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==52:
                self.state = 280
                self.match(DParser.STAR)
                self.state = 285
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 286
            self.name()
            self.state = 292
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==40:
                self.state = 287
                self.match(DParser.LBRACK)
                self.state = 288
                self.match(DParser.INT)
                self.state = 289
                self.match(DParser.RBRACK)
                self.state = 294
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 297
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==44:
                self.state = 295
                self.match(DParser.COLON)
                self.state = 296
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
        self.enterRule(localctx, 38, self.RULE_enumBody)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 299
            self.match(DParser.K_ENUM)
            self.state = 301
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==27:
                self.state = 300
                self.match(DParser.IDENT)


            self.state = 303
            self.match(DParser.LBRACE)
            self.state = 304
            self.enumerator()
            self.state = 309
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,33,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    self.state = 305
                    self.match(DParser.COMMA)
                    self.state = 306
                    self.enumerator() 
                self.state = 311
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,33,self._ctx)

            self.state = 313
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==43:
                self.state = 312
                self.match(DParser.COMMA)


            self.state = 315
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
        self.enterRule(localctx, 40, self.RULE_enumerator)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 317
            self.match(DParser.IDENT)
            self.state = 320
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==71:
                self.state = 318
                self.match(DParser.ASSIGN)
                self.state = 319
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
        self.enterRule(localctx, 42, self.RULE_translatorDecl)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 322
            self.match(DParser.K_TRANSLATOR)
            self.state = 323
            localctx.out = self.typeName()
            self.state = 324
            self.match(DParser.LT)
            self.state = 325
            localctx.in_ = self.typeName()
            self.state = 326
            self.match(DParser.IDENT)
            self.state = 327
            self.match(DParser.GT)
            self.state = 328
            self.match(DParser.LBRACE)
            self.state = 332
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 234881022) != 0):
                self.state = 329
                self.translatorMember()
                self.state = 334
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 335
            self.match(DParser.RBRACE)
            self.state = 336
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
        self.enterRule(localctx, 44, self.RULE_translatorMember)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 338
            self.name()
            self.state = 339
            self.match(DParser.ASSIGN)
            self.state = 340
            self.expr(0)
            self.state = 341
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
        self.enterRule(localctx, 46, self.RULE_declarator)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 346
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==52:
                self.state = 343
                self.match(DParser.STAR)
                self.state = 348
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 349
            self.match(DParser.IDENT)
            self.state = 356
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==40:
                self.state = 350
                self.match(DParser.LBRACK)
                self.state = 353
                self._errHandler.sync(self)
                token = self._input.LA(1)
                if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 26, 27]:
                    self.state = 351
                    self.declKeys()
                    pass
                elif token in [30]:
                    self.state = 352
                    self.match(DParser.INT)
                    pass
                elif token in [41]:
                    pass
                else:
                    pass
                self.state = 355
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
        self.enterRule(localctx, 48, self.RULE_declKeys)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 358
            self.typeName()
            self.state = 363
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==43:
                self.state = 359
                self.match(DParser.COMMA)
                self.state = 360
                self.typeName()
                self.state = 365
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
        self.enterRule(localctx, 50, self.RULE_typeName)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 369
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==18 or _la==19:
                self.state = 366
                self.typeQual()
                self.state = 371
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 379
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]:
                self.state = 373 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 372
                    self.typeSpec()
                    self.state = 375 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 262016) != 0)):
                        break

                pass
            elif token in [27]:
                self.state = 377
                self.match(DParser.IDENT)
                pass
            elif token in [26]:
                self.state = 378
                self.match(DParser.TYPEDEF_NAME)
                pass
            else:
                raise NoViableAltException(self)

            self.state = 384
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==52:
                self.state = 381
                self.match(DParser.STAR)
                self.state = 386
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
        self.enterRule(localctx, 52, self.RULE_castType)
        self._la = 0 # Token type
        try:
            self.state = 419
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,51,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 390
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==18 or _la==19:
                    self.state = 387
                    self.typeQual()
                    self.state = 392
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 399
                self._errHandler.sync(self)
                token = self._input.LA(1)
                if token in [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]:
                    self.state = 394 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    while True:
                        self.state = 393
                        self.typeSpec()
                        self.state = 396 
                        self._errHandler.sync(self)
                        _la = self._input.LA(1)
                        if not ((((_la) & ~0x3f) == 0 and ((1 << _la) & 262016) != 0)):
                            break

                    pass
                elif token in [26]:
                    self.state = 398
                    self.match(DParser.TYPEDEF_NAME)
                    pass
                else:
                    raise NoViableAltException(self)

                self.state = 404
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==52:
                    self.state = 401
                    self.match(DParser.STAR)
                    self.state = 406
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 410
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==18 or _la==19:
                    self.state = 407
                    self.typeQual()
                    self.state = 412
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 413
                self.match(DParser.IDENT)
                self.state = 415 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 414
                    self.match(DParser.STAR)
                    self.state = 417 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not (_la==52):
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
        self.enterRule(localctx, 54, self.RULE_typeSpec)
        self._la = 0 # Token type
        try:
            self.state = 431
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [7]:
                self.enterOuterAlt(localctx, 1)
                self.state = 421
                self.match(DParser.K_CHAR)
                pass
            elif token in [8]:
                self.enterOuterAlt(localctx, 2)
                self.state = 422
                self.match(DParser.K_SHORT)
                pass
            elif token in [9]:
                self.enterOuterAlt(localctx, 3)
                self.state = 423
                self.match(DParser.K_INT)
                pass
            elif token in [10]:
                self.enterOuterAlt(localctx, 4)
                self.state = 424
                self.match(DParser.K_LONG)
                pass
            elif token in [11]:
                self.enterOuterAlt(localctx, 5)
                self.state = 425
                self.match(DParser.K_SIGNED)
                pass
            elif token in [12]:
                self.enterOuterAlt(localctx, 6)
                self.state = 426
                self.match(DParser.K_UNSIGNED)
                pass
            elif token in [13]:
                self.enterOuterAlt(localctx, 7)
                self.state = 427
                self.match(DParser.K_VOID)
                pass
            elif token in [14]:
                self.enterOuterAlt(localctx, 8)
                self.state = 428
                self.match(DParser.K_STRING)
                pass
            elif token in [15, 16, 17]:
                self.enterOuterAlt(localctx, 9)
                self.state = 429
                _la = self._input.LA(1)
                if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 229376) != 0)):
                    self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 430
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
        self.enterRule(localctx, 56, self.RULE_typeQual)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 433
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
        _startState = 58
        self.enterRecursionRule(localctx, 58, self.RULE_expr, _p)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 462
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,53,self._ctx)
            if la_ == 1:
                localctx = DParser.PrimaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx

                self.state = 436
                self.primary()
                pass

            elif la_ == 2:
                localctx = DParser.PreIncDecExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 437
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==48 or _la==49):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 438
                self.expr(20)
                pass

            elif la_ == 3:
                localctx = DParser.UnaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 439
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not(((((_la - 50)) & ~0x3f) == 0 and ((1 << (_la - 50)) & 204807) != 0)):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 440
                self.expr(19)
                pass

            elif la_ == 4:
                localctx = DParser.CastExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 441
                self.match(DParser.LPAREN)
                self.state = 442
                self.castType()
                self.state = 443
                self.match(DParser.RPAREN)
                self.state = 444
                self.expr(18)
                pass

            elif la_ == 5:
                localctx = DParser.SizeofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 446
                self.match(DParser.K_SIZEOF)
                self.state = 447
                self.match(DParser.LPAREN)
                self.state = 448
                self.typeName()
                self.state = 449
                self.match(DParser.RPAREN)
                pass

            elif la_ == 6:
                localctx = DParser.SizeofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 451
                self.match(DParser.K_SIZEOF)
                self.state = 452
                self.expr(16)
                pass

            elif la_ == 7:
                localctx = DParser.StringofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 453
                self.match(DParser.K_STRINGOF)
                self.state = 454
                self.expr(15)
                pass

            elif la_ == 8:
                localctx = DParser.OffsetofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 455
                self.match(DParser.K_OFFSETOF)
                self.state = 456
                self.match(DParser.LPAREN)
                self.state = 457
                self.typeName()
                self.state = 458
                self.match(DParser.COMMA)
                self.state = 459
                self.name()
                self.state = 460
                self.match(DParser.RPAREN)
                pass


            self._ctx.stop = self._input.LT(-1)
            self.state = 518
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,55,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    self.state = 516
                    self._errHandler.sync(self)
                    la_ = self._interp.adaptivePredict(self._input,54,self._ctx)
                    if la_ == 1:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 464
                        if not self.precpred(self._ctx, 13):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 13)")
                        self.state = 465
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 31525197391593472) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 466
                        self.expr(14)
                        pass

                    elif la_ == 2:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 467
                        if not self.precpred(self._ctx, 12):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 12)")
                        self.state = 468
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==50 or _la==51):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 469
                        self.expr(13)
                        pass

                    elif la_ == 3:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 470
                        if not self.precpred(self._ctx, 11):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 11)")
                        self.state = 471
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==55 or _la==56):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 472
                        self.expr(12)
                        pass

                    elif la_ == 4:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 473
                        if not self.precpred(self._ctx, 10):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 10)")
                        self.state = 474
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 2161727821137838080) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 475
                        self.expr(11)
                        pass

                    elif la_ == 5:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 476
                        if not self.precpred(self._ctx, 9):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 9)")
                        self.state = 477
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==61 or _la==62):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 478
                        self.expr(10)
                        pass

                    elif la_ == 6:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 479
                        if not self.precpred(self._ctx, 8):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 8)")
                        self.state = 480
                        localctx.op = self.match(DParser.AMP)
                        self.state = 481
                        self.expr(9)
                        pass

                    elif la_ == 7:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 482
                        if not self.precpred(self._ctx, 7):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 7)")
                        self.state = 483
                        localctx.op = self.match(DParser.CARET)
                        self.state = 484
                        self.expr(8)
                        pass

                    elif la_ == 8:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 485
                        if not self.precpred(self._ctx, 6):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 6)")
                        self.state = 486
                        localctx.op = self.match(DParser.PIPE)
                        self.state = 487
                        self.expr(7)
                        pass

                    elif la_ == 9:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 488
                        if not self.precpred(self._ctx, 5):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 5)")
                        self.state = 489
                        localctx.op = self.match(DParser.ANDAND)
                        self.state = 490
                        self.expr(6)
                        pass

                    elif la_ == 10:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 491
                        if not self.precpred(self._ctx, 4):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 4)")
                        self.state = 492
                        localctx.op = self.match(DParser.XORXOR)
                        self.state = 493
                        self.expr(5)
                        pass

                    elif la_ == 11:
                        localctx = DParser.BinaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 494
                        if not self.precpred(self._ctx, 3):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 3)")
                        self.state = 495
                        localctx.op = self.match(DParser.OROR)
                        self.state = 496
                        self.expr(4)
                        pass

                    elif la_ == 12:
                        localctx = DParser.TernaryExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 497
                        if not self.precpred(self._ctx, 2):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                        self.state = 498
                        self.match(DParser.QUESTION)
                        self.state = 499
                        self.expr(0)
                        self.state = 500
                        self.match(DParser.COLON)
                        self.state = 501
                        self.expr(2)
                        pass

                    elif la_ == 13:
                        localctx = DParser.AssignExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 503
                        if not self.precpred(self._ctx, 1):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 1)")
                        self.state = 504
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(((((_la - 71)) & ~0x3f) == 0 and ((1 << (_la - 71)) & 2047) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 505
                        self.expr(1)
                        pass

                    elif la_ == 14:
                        localctx = DParser.IndexExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 506
                        if not self.precpred(self._ctx, 23):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 23)")
                        self.state = 507
                        self.match(DParser.LBRACK)
                        self.state = 508
                        self.exprList()
                        self.state = 509
                        self.match(DParser.RBRACK)
                        pass

                    elif la_ == 15:
                        localctx = DParser.MemberExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 511
                        if not self.precpred(self._ctx, 22):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 22)")
                        self.state = 512
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==46 or _la==47):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 513
                        self.name()
                        pass

                    elif la_ == 16:
                        localctx = DParser.PostIncDecExprContext(self, DParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 514
                        if not self.precpred(self._ctx, 21):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 21)")
                        self.state = 515
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==48 or _la==49):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        pass

             
                self.state = 520
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,55,self._ctx)

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
        self.enterRule(localctx, 60, self.RULE_primary)
        self._la = 0 # Token type
        try:
            self.state = 551
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,57,self._ctx)
            if la_ == 1:
                localctx = DParser.CallPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 521
                self.match(DParser.IDENT)
                self.state = 522
                self.match(DParser.LPAREN)
                self.state = 524
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & -9214646029217955738) != 0) or _la==66 or _la==67:
                    self.state = 523
                    self.exprList()


                self.state = 526
                self.match(DParser.RPAREN)
                pass

            elif la_ == 2:
                localctx = DParser.IdentPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 527
                self.match(DParser.IDENT)
                pass

            elif la_ == 3:
                localctx = DParser.AggPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 528
                self.match(DParser.AGG)
                pass

            elif la_ == 4:
                localctx = DParser.SelfPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 529
                self.match(DParser.K_SELF)
                self.state = 530
                self.match(DParser.ARROW)
                self.state = 531
                self.name()
                pass

            elif la_ == 5:
                localctx = DParser.ThisPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 532
                self.match(DParser.K_THIS)
                self.state = 533
                self.match(DParser.ARROW)
                self.state = 534
                self.name()
                pass

            elif la_ == 6:
                localctx = DParser.IntPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 535
                self.match(DParser.INT)
                pass

            elif la_ == 7:
                localctx = DParser.CharPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 536
                self.match(DParser.CHAR_LIT)
                pass

            elif la_ == 8:
                localctx = DParser.StringPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 537
                self.match(DParser.STRING_LIT)
                pass

            elif la_ == 9:
                localctx = DParser.MacroPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 538
                self.match(DParser.MACRO)
                pass

            elif la_ == 10:
                localctx = DParser.XlatePrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 10)
                self.state = 539
                self.match(DParser.K_XLATE)
                self.state = 540
                self.match(DParser.LT)
                self.state = 541
                self.typeName()
                self.state = 542
                self.match(DParser.GT)
                self.state = 543
                self.match(DParser.LPAREN)
                self.state = 544
                self.expr(0)
                self.state = 545
                self.match(DParser.RPAREN)
                pass

            elif la_ == 11:
                localctx = DParser.ParenPrimaryContext(self, localctx)
                self.enterOuterAlt(localctx, 11)
                self.state = 547
                self.match(DParser.LPAREN)
                self.state = 548
                self.expr(0)
                self.state = 549
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
        self.enterRule(localctx, 62, self.RULE_exprList)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 553
            self.expr(0)
            self.state = 558
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==43:
                self.state = 554
                self.match(DParser.COMMA)
                self.state = 555
                self.expr(0)
                self.state = 560
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
        self.enterRule(localctx, 64, self.RULE_name)
        try:
            self.state = 564
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [27]:
                self.enterOuterAlt(localctx, 1)
                self.state = 561
                self.match(DParser.IDENT)
                pass
            elif token in [26]:
                self.enterOuterAlt(localctx, 2)
                self.state = 562
                self.match(DParser.TYPEDEF_NAME)
                pass
            elif token in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]:
                self.enterOuterAlt(localctx, 3)
                self.state = 563
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
        self.enterRule(localctx, 66, self.RULE_keyword)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 566
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
        self._predicates[29] = self.expr_sempred
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
         




