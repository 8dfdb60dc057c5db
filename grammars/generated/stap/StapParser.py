# Generated from Stap.g4 by ANTLR 4.13.2
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
        4,1,79,476,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,7,
        6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,13,
        2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,20,
        7,20,2,21,7,21,2,22,7,22,1,0,5,0,48,8,0,10,0,12,0,51,9,0,1,0,1,0,
        1,1,1,1,1,1,1,1,1,1,3,1,60,8,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,
        2,1,2,3,2,72,8,2,1,3,1,3,1,3,5,3,77,8,3,10,3,12,3,80,9,3,1,4,1,4,
        1,4,5,4,85,8,4,10,4,12,4,88,9,4,1,4,3,4,91,8,4,1,4,1,4,1,4,1,4,1,
        4,3,4,98,8,4,1,5,1,5,1,5,1,5,1,5,3,5,105,8,5,1,6,4,6,108,8,6,11,
        6,12,6,109,1,6,3,6,113,8,6,1,7,1,7,1,8,1,8,3,8,119,8,8,1,8,1,8,1,
        8,3,8,124,8,8,1,9,3,9,127,8,9,1,9,1,9,1,9,1,9,5,9,133,8,9,10,9,12,
        9,136,9,9,1,10,1,10,1,10,1,10,3,10,142,8,10,1,10,3,10,145,8,10,1,
        10,1,10,3,10,149,8,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,3,10,158,
        8,10,3,10,160,8,10,1,11,1,11,3,11,164,8,11,1,11,3,11,167,8,11,1,
        12,3,12,170,8,12,1,12,1,12,1,12,1,12,3,12,176,8,12,1,12,1,12,1,12,
        1,12,5,12,182,8,12,10,12,12,12,185,9,12,3,12,187,8,12,1,12,1,12,
        1,12,3,12,192,8,12,1,12,1,12,3,12,196,8,12,1,13,1,13,1,13,3,13,201,
        8,13,1,14,1,14,1,15,1,15,5,15,207,8,15,10,15,12,15,210,9,15,1,15,
        1,15,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,3,16,223,8,16,
        1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,3,16,234,8,16,1,16,
        1,16,3,16,238,8,16,1,16,1,16,3,16,242,8,16,1,16,1,16,1,16,1,16,1,
        16,1,16,1,16,1,16,1,16,1,16,3,16,254,8,16,1,16,1,16,3,16,258,8,16,
        1,16,1,16,3,16,262,8,16,1,16,1,16,3,16,266,8,16,1,16,3,16,269,8,
        16,1,16,1,16,1,16,3,16,274,8,16,1,16,1,16,1,16,1,16,1,16,1,16,3,
        16,282,8,16,1,16,1,16,1,16,1,16,1,16,3,16,289,8,16,3,16,291,8,16,
        1,17,1,17,3,17,295,8,17,1,17,3,17,298,8,17,1,17,1,17,1,17,1,17,3,
        17,304,8,17,1,17,3,17,307,8,17,1,17,1,17,3,17,311,8,17,1,18,1,18,
        1,18,1,18,5,18,317,8,18,10,18,12,18,320,9,18,1,18,1,18,1,18,3,18,
        325,8,18,1,19,1,19,3,19,329,8,19,1,20,1,20,1,20,1,20,1,20,1,20,1,
        20,1,20,1,20,1,20,5,20,341,8,20,10,20,12,20,344,9,20,1,20,1,20,1,
        20,1,20,3,20,350,8,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,
        20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,
        20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,
        20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,5,
        20,399,8,20,10,20,12,20,402,9,20,1,21,1,21,1,21,1,21,1,21,1,21,1,
        21,1,21,1,21,1,21,1,21,5,21,415,8,21,10,21,12,21,418,9,21,3,21,420,
        8,21,1,21,1,21,1,21,1,21,1,21,1,21,5,21,428,8,21,10,21,12,21,431,
        9,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,5,21,441,8,21,10,21,
        12,21,444,9,21,3,21,446,8,21,1,21,1,21,5,21,450,8,21,10,21,12,21,
        453,9,21,1,21,1,21,5,21,457,8,21,10,21,12,21,460,9,21,1,21,1,21,
        1,21,3,21,465,8,21,1,22,1,22,1,22,1,22,1,22,1,22,1,22,3,22,474,8,
        22,1,22,0,1,40,23,0,2,4,6,8,10,12,14,16,18,20,22,24,26,28,30,32,
        34,36,38,40,42,44,0,12,1,0,3,4,1,0,7,8,3,0,12,12,71,71,76,76,3,0,
        2,2,9,9,13,28,2,0,29,29,36,36,1,0,37,38,4,0,8,8,29,29,36,36,39,39,
        3,0,12,12,32,32,40,40,1,0,41,42,1,0,43,48,2,0,3,4,56,66,1,0,49,50,
        557,0,49,1,0,0,0,2,59,1,0,0,0,4,71,1,0,0,0,6,73,1,0,0,0,8,81,1,0,
        0,0,10,99,1,0,0,0,12,112,1,0,0,0,14,114,1,0,0,0,16,123,1,0,0,0,18,
        126,1,0,0,0,20,159,1,0,0,0,22,166,1,0,0,0,24,169,1,0,0,0,26,197,
        1,0,0,0,28,202,1,0,0,0,30,204,1,0,0,0,32,290,1,0,0,0,34,297,1,0,
        0,0,36,324,1,0,0,0,38,326,1,0,0,0,40,349,1,0,0,0,42,464,1,0,0,0,
        44,473,1,0,0,0,46,48,3,2,1,0,47,46,1,0,0,0,48,51,1,0,0,0,49,47,1,
        0,0,0,49,50,1,0,0,0,50,52,1,0,0,0,51,49,1,0,0,0,52,53,5,0,0,1,53,
        1,1,0,0,0,54,60,3,4,2,0,55,60,3,18,9,0,56,60,3,24,12,0,57,60,5,69,
        0,0,58,60,5,1,0,0,59,54,1,0,0,0,59,55,1,0,0,0,59,56,1,0,0,0,59,57,
        1,0,0,0,59,58,1,0,0,0,60,3,1,0,0,0,61,62,5,2,0,0,62,63,3,8,4,0,63,
        64,7,0,0,0,64,65,3,6,3,0,65,66,3,30,15,0,66,72,1,0,0,0,67,68,5,2,
        0,0,68,69,3,6,3,0,69,70,3,30,15,0,70,72,1,0,0,0,71,61,1,0,0,0,71,
        67,1,0,0,0,72,5,1,0,0,0,73,78,3,8,4,0,74,75,5,5,0,0,75,77,3,8,4,
        0,76,74,1,0,0,0,77,80,1,0,0,0,78,76,1,0,0,0,78,79,1,0,0,0,79,7,1,
        0,0,0,80,78,1,0,0,0,81,86,3,10,5,0,82,83,5,6,0,0,83,85,3,10,5,0,
        84,82,1,0,0,0,85,88,1,0,0,0,86,84,1,0,0,0,86,87,1,0,0,0,87,90,1,
        0,0,0,88,86,1,0,0,0,89,91,7,1,0,0,90,89,1,0,0,0,90,91,1,0,0,0,91,
        97,1,0,0,0,92,93,5,9,0,0,93,94,5,10,0,0,94,95,3,40,20,0,95,96,5,
        11,0,0,96,98,1,0,0,0,97,92,1,0,0,0,97,98,1,0,0,0,98,9,1,0,0,0,99,
        104,3,12,6,0,100,101,5,10,0,0,101,102,3,16,8,0,102,103,5,11,0,0,
        103,105,1,0,0,0,104,100,1,0,0,0,104,105,1,0,0,0,105,11,1,0,0,0,106,
        108,7,2,0,0,107,106,1,0,0,0,108,109,1,0,0,0,109,107,1,0,0,0,109,
        110,1,0,0,0,110,113,1,0,0,0,111,113,3,14,7,0,112,107,1,0,0,0,112,
        111,1,0,0,0,113,13,1,0,0,0,114,115,7,3,0,0,115,15,1,0,0,0,116,124,
        5,70,0,0,117,119,5,29,0,0,118,117,1,0,0,0,118,119,1,0,0,0,119,120,
        1,0,0,0,120,124,5,71,0,0,121,124,5,72,0,0,122,124,5,73,0,0,123,116,
        1,0,0,0,123,118,1,0,0,0,123,121,1,0,0,0,123,122,1,0,0,0,124,17,1,
        0,0,0,125,127,5,28,0,0,126,125,1,0,0,0,126,127,1,0,0,0,127,128,1,
        0,0,0,128,129,5,15,0,0,129,134,3,20,10,0,130,131,5,5,0,0,131,133,
        3,20,10,0,132,130,1,0,0,0,133,136,1,0,0,0,134,132,1,0,0,0,134,135,
        1,0,0,0,135,19,1,0,0,0,136,134,1,0,0,0,137,141,5,76,0,0,138,139,
        5,30,0,0,139,140,5,71,0,0,140,142,5,31,0,0,141,138,1,0,0,0,141,142,
        1,0,0,0,142,144,1,0,0,0,143,145,5,32,0,0,144,143,1,0,0,0,144,145,
        1,0,0,0,145,148,1,0,0,0,146,147,5,3,0,0,147,149,3,22,11,0,148,146,
        1,0,0,0,148,149,1,0,0,0,149,160,1,0,0,0,150,151,5,76,0,0,151,152,
        5,32,0,0,152,153,5,30,0,0,153,154,5,71,0,0,154,157,5,31,0,0,155,
        156,5,3,0,0,156,158,3,22,11,0,157,155,1,0,0,0,157,158,1,0,0,0,158,
        160,1,0,0,0,159,137,1,0,0,0,159,150,1,0,0,0,160,21,1,0,0,0,161,167,
        5,70,0,0,162,164,5,29,0,0,163,162,1,0,0,0,163,164,1,0,0,0,164,165,
        1,0,0,0,165,167,5,71,0,0,166,161,1,0,0,0,166,163,1,0,0,0,167,23,
        1,0,0,0,168,170,5,28,0,0,169,168,1,0,0,0,169,170,1,0,0,0,170,171,
        1,0,0,0,171,172,5,14,0,0,172,175,5,76,0,0,173,174,5,33,0,0,174,176,
        3,28,14,0,175,173,1,0,0,0,175,176,1,0,0,0,176,177,1,0,0,0,177,186,
        5,10,0,0,178,183,3,26,13,0,179,180,5,5,0,0,180,182,3,26,13,0,181,
        179,1,0,0,0,182,185,1,0,0,0,183,181,1,0,0,0,183,184,1,0,0,0,184,
        187,1,0,0,0,185,183,1,0,0,0,186,178,1,0,0,0,186,187,1,0,0,0,187,
        188,1,0,0,0,188,191,5,11,0,0,189,190,5,33,0,0,190,192,3,28,14,0,
        191,189,1,0,0,0,191,192,1,0,0,0,192,195,1,0,0,0,193,196,3,30,15,
        0,194,196,5,69,0,0,195,193,1,0,0,0,195,194,1,0,0,0,196,25,1,0,0,
        0,197,200,5,76,0,0,198,199,5,33,0,0,199,201,3,28,14,0,200,198,1,
        0,0,0,200,201,1,0,0,0,201,27,1,0,0,0,202,203,5,76,0,0,203,29,1,0,
        0,0,204,208,5,34,0,0,205,207,3,32,16,0,206,205,1,0,0,0,207,210,1,
        0,0,0,208,206,1,0,0,0,208,209,1,0,0,0,209,211,1,0,0,0,210,208,1,
        0,0,0,211,212,5,35,0,0,212,31,1,0,0,0,213,291,3,30,15,0,214,291,
        5,1,0,0,215,216,5,9,0,0,216,217,5,10,0,0,217,218,3,40,20,0,218,219,
        5,11,0,0,219,222,3,32,16,0,220,221,5,16,0,0,221,223,3,32,16,0,222,
        220,1,0,0,0,222,223,1,0,0,0,223,291,1,0,0,0,224,225,5,17,0,0,225,
        226,5,10,0,0,226,227,3,40,20,0,227,228,5,11,0,0,228,229,3,32,16,
        0,229,291,1,0,0,0,230,231,5,18,0,0,231,233,5,10,0,0,232,234,3,40,
        20,0,233,232,1,0,0,0,233,234,1,0,0,0,234,235,1,0,0,0,235,237,5,1,
        0,0,236,238,3,40,20,0,237,236,1,0,0,0,237,238,1,0,0,0,238,239,1,
        0,0,0,239,241,5,1,0,0,240,242,3,40,20,0,241,240,1,0,0,0,241,242,
        1,0,0,0,242,243,1,0,0,0,243,244,5,11,0,0,244,291,3,32,16,0,245,246,
        5,19,0,0,246,247,5,10,0,0,247,248,3,34,17,0,248,249,5,11,0,0,249,
        250,3,32,16,0,250,291,1,0,0,0,251,253,5,22,0,0,252,254,5,1,0,0,253,
        252,1,0,0,0,253,254,1,0,0,0,254,291,1,0,0,0,255,257,5,23,0,0,256,
        258,5,1,0,0,257,256,1,0,0,0,257,258,1,0,0,0,258,291,1,0,0,0,259,
        261,5,24,0,0,260,262,5,1,0,0,261,260,1,0,0,0,261,262,1,0,0,0,262,
        291,1,0,0,0,263,265,5,13,0,0,264,266,3,40,20,0,265,264,1,0,0,0,265,
        266,1,0,0,0,266,268,1,0,0,0,267,269,5,1,0,0,268,267,1,0,0,0,268,
        269,1,0,0,0,269,291,1,0,0,0,270,271,5,25,0,0,271,273,3,40,20,0,272,
        274,5,1,0,0,273,272,1,0,0,0,273,274,1,0,0,0,274,291,1,0,0,0,275,
        276,5,26,0,0,276,277,3,30,15,0,277,281,5,27,0,0,278,279,5,10,0,0,
        279,280,5,76,0,0,280,282,5,11,0,0,281,278,1,0,0,0,281,282,1,0,0,
        0,282,283,1,0,0,0,283,284,3,30,15,0,284,291,1,0,0,0,285,291,5,69,
        0,0,286,288,3,40,20,0,287,289,5,1,0,0,288,287,1,0,0,0,288,289,1,
        0,0,0,289,291,1,0,0,0,290,213,1,0,0,0,290,214,1,0,0,0,290,215,1,
        0,0,0,290,224,1,0,0,0,290,230,1,0,0,0,290,245,1,0,0,0,290,251,1,
        0,0,0,290,255,1,0,0,0,290,259,1,0,0,0,290,263,1,0,0,0,290,270,1,
        0,0,0,290,275,1,0,0,0,290,285,1,0,0,0,290,286,1,0,0,0,291,33,1,0,
        0,0,292,294,5,76,0,0,293,295,7,4,0,0,294,293,1,0,0,0,294,295,1,0,
        0,0,295,296,1,0,0,0,296,298,5,3,0,0,297,292,1,0,0,0,297,298,1,0,
        0,0,298,299,1,0,0,0,299,300,3,36,18,0,300,301,5,20,0,0,301,306,5,
        76,0,0,302,304,5,75,0,0,303,302,1,0,0,0,303,304,1,0,0,0,304,305,
        1,0,0,0,305,307,7,4,0,0,306,303,1,0,0,0,306,307,1,0,0,0,307,310,
        1,0,0,0,308,309,5,21,0,0,309,311,3,40,20,0,310,308,1,0,0,0,310,311,
        1,0,0,0,311,35,1,0,0,0,312,313,5,30,0,0,313,318,3,38,19,0,314,315,
        5,5,0,0,315,317,3,38,19,0,316,314,1,0,0,0,317,320,1,0,0,0,318,316,
        1,0,0,0,318,319,1,0,0,0,319,321,1,0,0,0,320,318,1,0,0,0,321,322,
        5,31,0,0,322,325,1,0,0,0,323,325,3,38,19,0,324,312,1,0,0,0,324,323,
        1,0,0,0,325,37,1,0,0,0,326,328,5,76,0,0,327,329,7,4,0,0,328,327,
        1,0,0,0,328,329,1,0,0,0,329,39,1,0,0,0,330,331,6,20,-1,0,331,350,
        3,42,21,0,332,333,7,5,0,0,333,350,3,40,20,17,334,335,7,6,0,0,335,
        350,3,40,20,16,336,337,5,30,0,0,337,342,3,40,20,0,338,339,5,5,0,
        0,339,341,3,40,20,0,340,338,1,0,0,0,341,344,1,0,0,0,342,340,1,0,
        0,0,342,343,1,0,0,0,343,345,1,0,0,0,344,342,1,0,0,0,345,346,5,31,
        0,0,346,347,5,20,0,0,347,348,5,76,0,0,348,350,1,0,0,0,349,330,1,
        0,0,0,349,332,1,0,0,0,349,334,1,0,0,0,349,336,1,0,0,0,350,400,1,
        0,0,0,351,352,10,15,0,0,352,353,7,7,0,0,353,399,3,40,20,16,354,355,
        10,14,0,0,355,356,7,4,0,0,356,399,3,40,20,15,357,358,10,13,0,0,358,
        359,5,6,0,0,359,399,3,40,20,14,360,361,10,12,0,0,361,362,7,8,0,0,
        362,399,3,40,20,13,363,364,10,11,0,0,364,365,7,9,0,0,365,399,3,40,
        20,12,366,367,10,7,0,0,367,368,5,51,0,0,368,399,3,40,20,8,369,370,
        10,6,0,0,370,371,5,52,0,0,371,399,3,40,20,7,372,373,10,5,0,0,373,
        374,5,53,0,0,374,399,3,40,20,6,375,376,10,4,0,0,376,377,5,54,0,0,
        377,399,3,40,20,5,378,379,10,3,0,0,379,380,5,55,0,0,380,399,3,40,
        20,4,381,382,10,2,0,0,382,383,5,7,0,0,383,384,3,40,20,0,384,385,
        5,33,0,0,385,386,3,40,20,2,386,399,1,0,0,0,387,388,10,1,0,0,388,
        389,7,10,0,0,389,399,3,40,20,1,390,391,10,18,0,0,391,399,7,5,0,0,
        392,393,10,10,0,0,393,394,7,11,0,0,394,399,5,70,0,0,395,396,10,9,
        0,0,396,397,5,20,0,0,397,399,5,76,0,0,398,351,1,0,0,0,398,354,1,
        0,0,0,398,357,1,0,0,0,398,360,1,0,0,0,398,363,1,0,0,0,398,366,1,
        0,0,0,398,369,1,0,0,0,398,372,1,0,0,0,398,375,1,0,0,0,398,378,1,
        0,0,0,398,381,1,0,0,0,398,387,1,0,0,0,398,390,1,0,0,0,398,392,1,
        0,0,0,398,395,1,0,0,0,399,402,1,0,0,0,400,398,1,0,0,0,400,401,1,
        0,0,0,401,41,1,0,0,0,402,400,1,0,0,0,403,465,5,71,0,0,404,465,5,
        70,0,0,405,406,5,10,0,0,406,407,3,40,20,0,407,408,5,11,0,0,408,465,
        1,0,0,0,409,410,5,76,0,0,410,419,5,10,0,0,411,416,3,40,20,0,412,
        413,5,5,0,0,413,415,3,40,20,0,414,412,1,0,0,0,415,418,1,0,0,0,416,
        414,1,0,0,0,416,417,1,0,0,0,417,420,1,0,0,0,418,416,1,0,0,0,419,
        411,1,0,0,0,419,420,1,0,0,0,420,421,1,0,0,0,421,465,5,11,0,0,422,
        423,5,76,0,0,423,424,5,30,0,0,424,429,3,40,20,0,425,426,5,5,0,0,
        426,428,3,40,20,0,427,425,1,0,0,0,428,431,1,0,0,0,429,427,1,0,0,
        0,429,430,1,0,0,0,430,432,1,0,0,0,431,429,1,0,0,0,432,433,5,31,0,
        0,433,465,1,0,0,0,434,465,5,76,0,0,435,436,5,75,0,0,436,445,5,10,
        0,0,437,442,3,40,20,0,438,439,5,5,0,0,439,441,3,40,20,0,440,438,
        1,0,0,0,441,444,1,0,0,0,442,440,1,0,0,0,442,443,1,0,0,0,443,446,
        1,0,0,0,444,442,1,0,0,0,445,437,1,0,0,0,445,446,1,0,0,0,446,447,
        1,0,0,0,447,451,5,11,0,0,448,450,3,44,22,0,449,448,1,0,0,0,450,453,
        1,0,0,0,451,449,1,0,0,0,451,452,1,0,0,0,452,465,1,0,0,0,453,451,
        1,0,0,0,454,458,5,74,0,0,455,457,3,44,22,0,456,455,1,0,0,0,457,460,
        1,0,0,0,458,456,1,0,0,0,458,459,1,0,0,0,459,465,1,0,0,0,460,458,
        1,0,0,0,461,465,5,72,0,0,462,465,5,73,0,0,463,465,5,69,0,0,464,403,
        1,0,0,0,464,404,1,0,0,0,464,405,1,0,0,0,464,409,1,0,0,0,464,422,
        1,0,0,0,464,434,1,0,0,0,464,435,1,0,0,0,464,454,1,0,0,0,464,461,
        1,0,0,0,464,462,1,0,0,0,464,463,1,0,0,0,465,43,1,0,0,0,466,467,5,
        67,0,0,467,474,5,76,0,0,468,469,5,30,0,0,469,470,3,40,20,0,470,471,
        5,31,0,0,471,474,1,0,0,0,472,474,5,68,0,0,473,466,1,0,0,0,473,468,
        1,0,0,0,473,472,1,0,0,0,474,45,1,0,0,0,63,49,59,71,78,86,90,97,104,
        109,112,118,123,126,134,141,144,148,157,159,163,166,169,175,183,
        186,191,195,200,208,222,233,237,241,253,257,261,265,268,273,281,
        288,290,294,297,303,306,310,318,324,328,342,349,398,400,416,419,
        429,442,445,451,458,464,473
    ]

class StapParser ( Parser ):

    grammarFileName = "Stap.g4"

    atn = ATNDeserializer().deserialize(serializedATN())

    decisionsToDFA = [ DFA(ds, i) for i, ds in enumerate(atn.decisionToState) ]

    sharedContextCache = PredictionContextCache()

    literalNames = [ "<INVALID>", "';'", "'probe'", "'='", "'+='", "','", 
                     "'.'", "'?'", "'!'", "'if'", "'('", "')'", "'*'", "'return'", 
                     "'function'", "'global'", "'else'", "'while'", "'for'", 
                     "'foreach'", "'in'", "'limit'", "'break'", "'continue'", 
                     "'next'", "'delete'", "'try'", "'catch'", "'private'", 
                     "'-'", "'['", "']'", "'%'", "':'", "'{'", "'}'", "'+'", 
                     "'++'", "'--'", "'~'", "'/'", "'<<'", "'>>'", "'<'", 
                     "'<='", "'>'", "'>='", "'=='", "'!='", "'=~'", "'!~'", 
                     "'&'", "'^'", "'|'", "'&&'", "'||'", "'-='", "'*='", 
                     "'/='", "'%='", "'<<='", "'>>='", "'&='", "'^='", "'|='", 
                     "'.='", "'<<<'", "'->'", "'$'" ]

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
                      "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                      "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                      "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                      "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                      "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                      "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                      "<INVALID>", "EMBEDDED", "STRING", "INT", "POS_NUM", 
                      "POS_STR", "TARGET_VAR", "AT_IDENT", "IDENT", "LINE_COMMENT", 
                      "BLOCK_COMMENT", "WS" ]

    RULE_program = 0
    RULE_topDecl = 1
    RULE_probeDecl = 2
    RULE_probePointList = 3
    RULE_probePoint = 4
    RULE_ppComponent = 5
    RULE_ppName = 6
    RULE_ppKeyword = 7
    RULE_ppArg = 8
    RULE_globalDecl = 9
    RULE_globalVar = 10
    RULE_literal = 11
    RULE_functionDecl = 12
    RULE_param = 13
    RULE_typeName = 14
    RULE_block = 15
    RULE_statement = 16
    RULE_foreachHead = 17
    RULE_foreachKeys = 18
    RULE_foreachKey = 19
    RULE_expr = 20
    RULE_primary = 21
    RULE_targetSuffix = 22

    ruleNames =  [ "program", "topDecl", "probeDecl", "probePointList", 
                   "probePoint", "ppComponent", "ppName", "ppKeyword", "ppArg", 
                   "globalDecl", "globalVar", "literal", "functionDecl", 
                   "param", "typeName", "block", "statement", "foreachHead", 
                   "foreachKeys", "foreachKey", "expr", "primary", "targetSuffix" ]

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
    T__44=45
    T__45=46
    T__46=47
    T__47=48
    T__48=49
    T__49=50
    T__50=51
    T__51=52
    T__52=53
    T__53=54
    T__54=55
    T__55=56
    T__56=57
    T__57=58
    T__58=59
    T__59=60
    T__60=61
    T__61=62
    T__62=63
    T__63=64
    T__64=65
    T__65=66
    T__66=67
    T__67=68
    EMBEDDED=69
    STRING=70
    INT=71
    POS_NUM=72
    POS_STR=73
    TARGET_VAR=74
    AT_IDENT=75
    IDENT=76
    LINE_COMMENT=77
    BLOCK_COMMENT=78
    WS=79

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
            return self.getToken(StapParser.EOF, 0)

        def topDecl(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.TopDeclContext)
            else:
                return self.getTypedRuleContext(StapParser.TopDeclContext,i)


        def getRuleIndex(self):
            return StapParser.RULE_program

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitProgram" ):
                return visitor.visitProgram(self)
            else:
                return visitor.visitChildren(self)




    def program(self):

        localctx = StapParser.ProgramContext(self, self._ctx, self.state)
        self.enterRule(localctx, 0, self.RULE_program)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 49
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 268484614) != 0) or _la==69:
                self.state = 46
                self.topDecl()
                self.state = 51
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 52
            self.match(StapParser.EOF)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class TopDeclContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def probeDecl(self):
            return self.getTypedRuleContext(StapParser.ProbeDeclContext,0)


        def globalDecl(self):
            return self.getTypedRuleContext(StapParser.GlobalDeclContext,0)


        def functionDecl(self):
            return self.getTypedRuleContext(StapParser.FunctionDeclContext,0)


        def EMBEDDED(self):
            return self.getToken(StapParser.EMBEDDED, 0)

        def getRuleIndex(self):
            return StapParser.RULE_topDecl

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTopDecl" ):
                return visitor.visitTopDecl(self)
            else:
                return visitor.visitChildren(self)




    def topDecl(self):

        localctx = StapParser.TopDeclContext(self, self._ctx, self.state)
        self.enterRule(localctx, 2, self.RULE_topDecl)
        try:
            self.state = 59
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,1,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 54
                self.probeDecl()
                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 55
                self.globalDecl()
                pass

            elif la_ == 3:
                self.enterOuterAlt(localctx, 3)
                self.state = 56
                self.functionDecl()
                pass

            elif la_ == 4:
                self.enterOuterAlt(localctx, 4)
                self.state = 57
                self.match(StapParser.EMBEDDED)
                pass

            elif la_ == 5:
                self.enterOuterAlt(localctx, 5)
                self.state = 58
                self.match(StapParser.T__0)
                pass


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ProbeDeclContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser


        def getRuleIndex(self):
            return StapParser.RULE_probeDecl

     
        def copyFrom(self, ctx:ParserRuleContext):
            super().copyFrom(ctx)



    class ProbeAliasContext(ProbeDeclContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.ProbeDeclContext
            super().__init__(parser)
            self.aliasOp = None # Token
            self.copyFrom(ctx)

        def probePoint(self):
            return self.getTypedRuleContext(StapParser.ProbePointContext,0)

        def probePointList(self):
            return self.getTypedRuleContext(StapParser.ProbePointListContext,0)

        def block(self):
            return self.getTypedRuleContext(StapParser.BlockContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitProbeAlias" ):
                return visitor.visitProbeAlias(self)
            else:
                return visitor.visitChildren(self)


    class ProbeDefContext(ProbeDeclContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.ProbeDeclContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def probePointList(self):
            return self.getTypedRuleContext(StapParser.ProbePointListContext,0)

        def block(self):
            return self.getTypedRuleContext(StapParser.BlockContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitProbeDef" ):
                return visitor.visitProbeDef(self)
            else:
                return visitor.visitChildren(self)



    def probeDecl(self):

        localctx = StapParser.ProbeDeclContext(self, self._ctx, self.state)
        self.enterRule(localctx, 4, self.RULE_probeDecl)
        self._la = 0 # Token type
        try:
            self.state = 71
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,2,self._ctx)
            if la_ == 1:
                localctx = StapParser.ProbeAliasContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 61
                self.match(StapParser.T__1)
                self.state = 62
                self.probePoint()
                self.state = 63
                localctx.aliasOp = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==3 or _la==4):
                    localctx.aliasOp = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 64
                self.probePointList()
                self.state = 65
                self.block()
                pass

            elif la_ == 2:
                localctx = StapParser.ProbeDefContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 67
                self.match(StapParser.T__1)
                self.state = 68
                self.probePointList()
                self.state = 69
                self.block()
                pass


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ProbePointListContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def probePoint(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.ProbePointContext)
            else:
                return self.getTypedRuleContext(StapParser.ProbePointContext,i)


        def getRuleIndex(self):
            return StapParser.RULE_probePointList

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitProbePointList" ):
                return visitor.visitProbePointList(self)
            else:
                return visitor.visitChildren(self)




    def probePointList(self):

        localctx = StapParser.ProbePointListContext(self, self._ctx, self.state)
        self.enterRule(localctx, 6, self.RULE_probePointList)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 73
            self.probePoint()
            self.state = 78
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==5:
                self.state = 74
                self.match(StapParser.T__4)
                self.state = 75
                self.probePoint()
                self.state = 80
                self._errHandler.sync(self)
                _la = self._input.LA(1)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ProbePointContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser
            self.suffix = None # Token

        def ppComponent(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.PpComponentContext)
            else:
                return self.getTypedRuleContext(StapParser.PpComponentContext,i)


        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)


        def getRuleIndex(self):
            return StapParser.RULE_probePoint

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitProbePoint" ):
                return visitor.visitProbePoint(self)
            else:
                return visitor.visitChildren(self)




    def probePoint(self):

        localctx = StapParser.ProbePointContext(self, self._ctx, self.state)
        self.enterRule(localctx, 8, self.RULE_probePoint)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 81
            self.ppComponent()
            self.state = 86
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==6:
                self.state = 82
                self.match(StapParser.T__5)
                self.state = 83
                self.ppComponent()
                self.state = 88
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 90
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==7 or _la==8:
                self.state = 89
                localctx.suffix = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==7 or _la==8):
                    localctx.suffix = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()


            self.state = 97
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==9:
                self.state = 92
                self.match(StapParser.T__8)
                self.state = 93
                self.match(StapParser.T__9)
                self.state = 94
                self.expr(0)
                self.state = 95
                self.match(StapParser.T__10)


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class PpComponentContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def ppName(self):
            return self.getTypedRuleContext(StapParser.PpNameContext,0)


        def ppArg(self):
            return self.getTypedRuleContext(StapParser.PpArgContext,0)


        def getRuleIndex(self):
            return StapParser.RULE_ppComponent

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPpComponent" ):
                return visitor.visitPpComponent(self)
            else:
                return visitor.visitChildren(self)




    def ppComponent(self):

        localctx = StapParser.PpComponentContext(self, self._ctx, self.state)
        self.enterRule(localctx, 10, self.RULE_ppComponent)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 99
            self.ppName()
            self.state = 104
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==10:
                self.state = 100
                self.match(StapParser.T__9)
                self.state = 101
                self.ppArg()
                self.state = 102
                self.match(StapParser.T__10)


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class PpNameContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def IDENT(self, i:int=None):
            if i is None:
                return self.getTokens(StapParser.IDENT)
            else:
                return self.getToken(StapParser.IDENT, i)

        def INT(self, i:int=None):
            if i is None:
                return self.getTokens(StapParser.INT)
            else:
                return self.getToken(StapParser.INT, i)

        def ppKeyword(self):
            return self.getTypedRuleContext(StapParser.PpKeywordContext,0)


        def getRuleIndex(self):
            return StapParser.RULE_ppName

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPpName" ):
                return visitor.visitPpName(self)
            else:
                return visitor.visitChildren(self)




    def ppName(self):

        localctx = StapParser.PpNameContext(self, self._ctx, self.state)
        self.enterRule(localctx, 12, self.RULE_ppName)
        self._la = 0 # Token type
        try:
            self.state = 112
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [12, 71, 76]:
                self.enterOuterAlt(localctx, 1)
                self.state = 107 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 106
                    _la = self._input.LA(1)
                    if not(_la==12 or _la==71 or _la==76):
                        self._errHandler.recoverInline(self)
                    else:
                        self._errHandler.reportMatch(self)
                        self.consume()
                    self.state = 109 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not (_la==12 or _la==71 or _la==76):
                        break

                pass
            elif token in [2, 9, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28]:
                self.enterOuterAlt(localctx, 2)
                self.state = 111
                self.ppKeyword()
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


    class PpKeywordContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser


        def getRuleIndex(self):
            return StapParser.RULE_ppKeyword

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPpKeyword" ):
                return visitor.visitPpKeyword(self)
            else:
                return visitor.visitChildren(self)




    def ppKeyword(self):

        localctx = StapParser.PpKeywordContext(self, self._ctx, self.state)
        self.enterRule(localctx, 14, self.RULE_ppKeyword)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 114
            _la = self._input.LA(1)
            if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 536863236) != 0)):
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


    class PpArgContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def STRING(self):
            return self.getToken(StapParser.STRING, 0)

        def INT(self):
            return self.getToken(StapParser.INT, 0)

        def POS_NUM(self):
            return self.getToken(StapParser.POS_NUM, 0)

        def POS_STR(self):
            return self.getToken(StapParser.POS_STR, 0)

        def getRuleIndex(self):
            return StapParser.RULE_ppArg

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPpArg" ):
                return visitor.visitPpArg(self)
            else:
                return visitor.visitChildren(self)




    def ppArg(self):

        localctx = StapParser.PpArgContext(self, self._ctx, self.state)
        self.enterRule(localctx, 16, self.RULE_ppArg)
        self._la = 0 # Token type
        try:
            self.state = 123
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [70]:
                self.enterOuterAlt(localctx, 1)
                self.state = 116
                self.match(StapParser.STRING)
                pass
            elif token in [29, 71]:
                self.enterOuterAlt(localctx, 2)
                self.state = 118
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==29:
                    self.state = 117
                    self.match(StapParser.T__28)


                self.state = 120
                self.match(StapParser.INT)
                pass
            elif token in [72]:
                self.enterOuterAlt(localctx, 3)
                self.state = 121
                self.match(StapParser.POS_NUM)
                pass
            elif token in [73]:
                self.enterOuterAlt(localctx, 4)
                self.state = 122
                self.match(StapParser.POS_STR)
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


    class GlobalDeclContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def globalVar(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.GlobalVarContext)
            else:
                return self.getTypedRuleContext(StapParser.GlobalVarContext,i)


        def getRuleIndex(self):
            return StapParser.RULE_globalDecl

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitGlobalDecl" ):
                return visitor.visitGlobalDecl(self)
            else:
                return visitor.visitChildren(self)




    def globalDecl(self):

        localctx = StapParser.GlobalDeclContext(self, self._ctx, self.state)
        self.enterRule(localctx, 18, self.RULE_globalDecl)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 126
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==28:
                self.state = 125
                self.match(StapParser.T__27)


            self.state = 128
            self.match(StapParser.T__14)
            self.state = 129
            self.globalVar()
            self.state = 134
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==5:
                self.state = 130
                self.match(StapParser.T__4)
                self.state = 131
                self.globalVar()
                self.state = 136
                self._errHandler.sync(self)
                _la = self._input.LA(1)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class GlobalVarContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser
            self.wrap = None # Token

        def IDENT(self):
            return self.getToken(StapParser.IDENT, 0)

        def INT(self):
            return self.getToken(StapParser.INT, 0)

        def literal(self):
            return self.getTypedRuleContext(StapParser.LiteralContext,0)


        def getRuleIndex(self):
            return StapParser.RULE_globalVar

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitGlobalVar" ):
                return visitor.visitGlobalVar(self)
            else:
                return visitor.visitChildren(self)




    def globalVar(self):

        localctx = StapParser.GlobalVarContext(self, self._ctx, self.state)
        self.enterRule(localctx, 20, self.RULE_globalVar)
        self._la = 0 # Token type
        try:
            self.state = 159
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,18,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 137
                self.match(StapParser.IDENT)
                self.state = 141
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==30:
                    self.state = 138
                    self.match(StapParser.T__29)
                    self.state = 139
                    self.match(StapParser.INT)
                    self.state = 140
                    self.match(StapParser.T__30)


                self.state = 144
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==32:
                    self.state = 143
                    localctx.wrap = self.match(StapParser.T__31)


                self.state = 148
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==3:
                    self.state = 146
                    self.match(StapParser.T__2)
                    self.state = 147
                    self.literal()


                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 150
                self.match(StapParser.IDENT)
                self.state = 151
                localctx.wrap = self.match(StapParser.T__31)
                self.state = 152
                self.match(StapParser.T__29)
                self.state = 153
                self.match(StapParser.INT)
                self.state = 154
                self.match(StapParser.T__30)
                self.state = 157
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==3:
                    self.state = 155
                    self.match(StapParser.T__2)
                    self.state = 156
                    self.literal()


                pass


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class LiteralContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def STRING(self):
            return self.getToken(StapParser.STRING, 0)

        def INT(self):
            return self.getToken(StapParser.INT, 0)

        def getRuleIndex(self):
            return StapParser.RULE_literal

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitLiteral" ):
                return visitor.visitLiteral(self)
            else:
                return visitor.visitChildren(self)




    def literal(self):

        localctx = StapParser.LiteralContext(self, self._ctx, self.state)
        self.enterRule(localctx, 22, self.RULE_literal)
        self._la = 0 # Token type
        try:
            self.state = 166
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [70]:
                self.enterOuterAlt(localctx, 1)
                self.state = 161
                self.match(StapParser.STRING)
                pass
            elif token in [29, 71]:
                self.enterOuterAlt(localctx, 2)
                self.state = 163
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==29:
                    self.state = 162
                    self.match(StapParser.T__28)


                self.state = 165
                self.match(StapParser.INT)
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


    class FunctionDeclContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def IDENT(self):
            return self.getToken(StapParser.IDENT, 0)

        def block(self):
            return self.getTypedRuleContext(StapParser.BlockContext,0)


        def EMBEDDED(self):
            return self.getToken(StapParser.EMBEDDED, 0)

        def typeName(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.TypeNameContext)
            else:
                return self.getTypedRuleContext(StapParser.TypeNameContext,i)


        def param(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.ParamContext)
            else:
                return self.getTypedRuleContext(StapParser.ParamContext,i)


        def getRuleIndex(self):
            return StapParser.RULE_functionDecl

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitFunctionDecl" ):
                return visitor.visitFunctionDecl(self)
            else:
                return visitor.visitChildren(self)




    def functionDecl(self):

        localctx = StapParser.FunctionDeclContext(self, self._ctx, self.state)
        self.enterRule(localctx, 24, self.RULE_functionDecl)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 169
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==28:
                self.state = 168
                self.match(StapParser.T__27)


            self.state = 171
            self.match(StapParser.T__13)
            self.state = 172
            self.match(StapParser.IDENT)
            self.state = 175
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==33:
                self.state = 173
                self.match(StapParser.T__32)
                self.state = 174
                self.typeName()


            self.state = 177
            self.match(StapParser.T__9)
            self.state = 186
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==76:
                self.state = 178
                self.param()
                self.state = 183
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 179
                    self.match(StapParser.T__4)
                    self.state = 180
                    self.param()
                    self.state = 185
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)



            self.state = 188
            self.match(StapParser.T__10)
            self.state = 191
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==33:
                self.state = 189
                self.match(StapParser.T__32)
                self.state = 190
                self.typeName()


            self.state = 195
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [34]:
                self.state = 193
                self.block()
                pass
            elif token in [69]:
                self.state = 194
                self.match(StapParser.EMBEDDED)
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


    class ParamContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def IDENT(self):
            return self.getToken(StapParser.IDENT, 0)

        def typeName(self):
            return self.getTypedRuleContext(StapParser.TypeNameContext,0)


        def getRuleIndex(self):
            return StapParser.RULE_param

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitParam" ):
                return visitor.visitParam(self)
            else:
                return visitor.visitChildren(self)




    def param(self):

        localctx = StapParser.ParamContext(self, self._ctx, self.state)
        self.enterRule(localctx, 26, self.RULE_param)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 197
            self.match(StapParser.IDENT)
            self.state = 200
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==33:
                self.state = 198
                self.match(StapParser.T__32)
                self.state = 199
                self.typeName()


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
            return self.getToken(StapParser.IDENT, 0)

        def getRuleIndex(self):
            return StapParser.RULE_typeName

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTypeName" ):
                return visitor.visitTypeName(self)
            else:
                return visitor.visitChildren(self)




    def typeName(self):

        localctx = StapParser.TypeNameContext(self, self._ctx, self.state)
        self.enterRule(localctx, 28, self.RULE_typeName)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 202
            self.match(StapParser.IDENT)
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

        def statement(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.StatementContext)
            else:
                return self.getTypedRuleContext(StapParser.StatementContext,i)


        def getRuleIndex(self):
            return StapParser.RULE_block

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitBlock" ):
                return visitor.visitBlock(self)
            else:
                return visitor.visitChildren(self)




    def block(self):

        localctx = StapParser.BlockContext(self, self._ctx, self.state)
        self.enterRule(localctx, 30, self.RULE_block)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 204
            self.match(StapParser.T__33)
            self.state = 208
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 1049713583874) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
                self.state = 205
                self.statement()
                self.state = 210
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 211
            self.match(StapParser.T__34)
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
            return StapParser.RULE_statement

     
        def copyFrom(self, ctx:ParserRuleContext):
            super().copyFrom(ctx)



    class ForStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.StatementContext
            super().__init__(parser)
            self.init = None # ExprContext
            self.cond = None # ExprContext
            self.step = None # ExprContext
            self.copyFrom(ctx)

        def statement(self):
            return self.getTypedRuleContext(StapParser.StatementContext,0)

        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.ExprContext)
            else:
                return self.getTypedRuleContext(StapParser.ExprContext,i)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitForStmt" ):
                return visitor.visitForStmt(self)
            else:
                return visitor.visitChildren(self)


    class WhileStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)

        def statement(self):
            return self.getTypedRuleContext(StapParser.StatementContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitWhileStmt" ):
                return visitor.visitWhileStmt(self)
            else:
                return visitor.visitChildren(self)


    class ForeachStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def foreachHead(self):
            return self.getTypedRuleContext(StapParser.ForeachHeadContext,0)

        def statement(self):
            return self.getTypedRuleContext(StapParser.StatementContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitForeachStmt" ):
                return visitor.visitForeachStmt(self)
            else:
                return visitor.visitChildren(self)


    class TryStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def block(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.BlockContext)
            else:
                return self.getTypedRuleContext(StapParser.BlockContext,i)

        def IDENT(self):
            return self.getToken(StapParser.IDENT, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTryStmt" ):
                return visitor.visitTryStmt(self)
            else:
                return visitor.visitChildren(self)


    class EmbeddedStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def EMBEDDED(self):
            return self.getToken(StapParser.EMBEDDED, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitEmbeddedStmt" ):
                return visitor.visitEmbeddedStmt(self)
            else:
                return visitor.visitChildren(self)


    class EmptyStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitEmptyStmt" ):
                return visitor.visitEmptyStmt(self)
            else:
                return visitor.visitChildren(self)


    class ReturnStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitReturnStmt" ):
                return visitor.visitReturnStmt(self)
            else:
                return visitor.visitChildren(self)


    class ExprStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitExprStmt" ):
                return visitor.visitExprStmt(self)
            else:
                return visitor.visitChildren(self)


    class IfStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)

        def statement(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.StatementContext)
            else:
                return self.getTypedRuleContext(StapParser.StatementContext,i)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitIfStmt" ):
                return visitor.visitIfStmt(self)
            else:
                return visitor.visitChildren(self)


    class BlockStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def block(self):
            return self.getTypedRuleContext(StapParser.BlockContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitBlockStmt" ):
                return visitor.visitBlockStmt(self)
            else:
                return visitor.visitChildren(self)


    class BreakStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitBreakStmt" ):
                return visitor.visitBreakStmt(self)
            else:
                return visitor.visitChildren(self)


    class ContinueStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitContinueStmt" ):
                return visitor.visitContinueStmt(self)
            else:
                return visitor.visitChildren(self)


    class NextStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitNextStmt" ):
                return visitor.visitNextStmt(self)
            else:
                return visitor.visitChildren(self)


    class DeleteStmtContext(StatementContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.StatementContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitDeleteStmt" ):
                return visitor.visitDeleteStmt(self)
            else:
                return visitor.visitChildren(self)



    def statement(self):

        localctx = StapParser.StatementContext(self, self._ctx, self.state)
        self.enterRule(localctx, 32, self.RULE_statement)
        self._la = 0 # Token type
        try:
            self.state = 290
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,41,self._ctx)
            if la_ == 1:
                localctx = StapParser.BlockStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 213
                self.block()
                pass

            elif la_ == 2:
                localctx = StapParser.EmptyStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 214
                self.match(StapParser.T__0)
                pass

            elif la_ == 3:
                localctx = StapParser.IfStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 215
                self.match(StapParser.T__8)
                self.state = 216
                self.match(StapParser.T__9)
                self.state = 217
                self.expr(0)
                self.state = 218
                self.match(StapParser.T__10)
                self.state = 219
                self.statement()
                self.state = 222
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,29,self._ctx)
                if la_ == 1:
                    self.state = 220
                    self.match(StapParser.T__15)
                    self.state = 221
                    self.statement()


                pass

            elif la_ == 4:
                localctx = StapParser.WhileStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 224
                self.match(StapParser.T__16)
                self.state = 225
                self.match(StapParser.T__9)
                self.state = 226
                self.expr(0)
                self.state = 227
                self.match(StapParser.T__10)
                self.state = 228
                self.statement()
                pass

            elif la_ == 5:
                localctx = StapParser.ForStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 230
                self.match(StapParser.T__17)
                self.state = 231
                self.match(StapParser.T__9)
                self.state = 233
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1032402765056) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
                    self.state = 232
                    localctx.init = self.expr(0)


                self.state = 235
                self.match(StapParser.T__0)
                self.state = 237
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1032402765056) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
                    self.state = 236
                    localctx.cond = self.expr(0)


                self.state = 239
                self.match(StapParser.T__0)
                self.state = 241
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1032402765056) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
                    self.state = 240
                    localctx.step = self.expr(0)


                self.state = 243
                self.match(StapParser.T__10)
                self.state = 244
                self.statement()
                pass

            elif la_ == 6:
                localctx = StapParser.ForeachStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 245
                self.match(StapParser.T__18)
                self.state = 246
                self.match(StapParser.T__9)
                self.state = 247
                self.foreachHead()
                self.state = 248
                self.match(StapParser.T__10)
                self.state = 249
                self.statement()
                pass

            elif la_ == 7:
                localctx = StapParser.BreakStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 251
                self.match(StapParser.T__21)
                self.state = 253
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,33,self._ctx)
                if la_ == 1:
                    self.state = 252
                    self.match(StapParser.T__0)


                pass

            elif la_ == 8:
                localctx = StapParser.ContinueStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 255
                self.match(StapParser.T__22)
                self.state = 257
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,34,self._ctx)
                if la_ == 1:
                    self.state = 256
                    self.match(StapParser.T__0)


                pass

            elif la_ == 9:
                localctx = StapParser.NextStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 259
                self.match(StapParser.T__23)
                self.state = 261
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,35,self._ctx)
                if la_ == 1:
                    self.state = 260
                    self.match(StapParser.T__0)


                pass

            elif la_ == 10:
                localctx = StapParser.ReturnStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 10)
                self.state = 263
                self.match(StapParser.T__12)
                self.state = 265
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,36,self._ctx)
                if la_ == 1:
                    self.state = 264
                    self.expr(0)


                self.state = 268
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,37,self._ctx)
                if la_ == 1:
                    self.state = 267
                    self.match(StapParser.T__0)


                pass

            elif la_ == 11:
                localctx = StapParser.DeleteStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 11)
                self.state = 270
                self.match(StapParser.T__24)
                self.state = 271
                self.expr(0)
                self.state = 273
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,38,self._ctx)
                if la_ == 1:
                    self.state = 272
                    self.match(StapParser.T__0)


                pass

            elif la_ == 12:
                localctx = StapParser.TryStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 12)
                self.state = 275
                self.match(StapParser.T__25)
                self.state = 276
                self.block()
                self.state = 277
                self.match(StapParser.T__26)
                self.state = 281
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==10:
                    self.state = 278
                    self.match(StapParser.T__9)
                    self.state = 279
                    self.match(StapParser.IDENT)
                    self.state = 280
                    self.match(StapParser.T__10)


                self.state = 283
                self.block()
                pass

            elif la_ == 13:
                localctx = StapParser.EmbeddedStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 13)
                self.state = 285
                self.match(StapParser.EMBEDDED)
                pass

            elif la_ == 14:
                localctx = StapParser.ExprStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 14)
                self.state = 286
                self.expr(0)
                self.state = 288
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,40,self._ctx)
                if la_ == 1:
                    self.state = 287
                    self.match(StapParser.T__0)


                pass


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ForeachHeadContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser
            self.value = None # Token
            self.valueSort = None # Token
            self.array = None # Token
            self.statOp = None # Token
            self.arraySort = None # Token
            self.limit = None # ExprContext

        def foreachKeys(self):
            return self.getTypedRuleContext(StapParser.ForeachKeysContext,0)


        def IDENT(self, i:int=None):
            if i is None:
                return self.getTokens(StapParser.IDENT)
            else:
                return self.getToken(StapParser.IDENT, i)

        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)


        def AT_IDENT(self):
            return self.getToken(StapParser.AT_IDENT, 0)

        def getRuleIndex(self):
            return StapParser.RULE_foreachHead

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitForeachHead" ):
                return visitor.visitForeachHead(self)
            else:
                return visitor.visitChildren(self)




    def foreachHead(self):

        localctx = StapParser.ForeachHeadContext(self, self._ctx, self.state)
        self.enterRule(localctx, 34, self.RULE_foreachHead)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 297
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,43,self._ctx)
            if la_ == 1:
                self.state = 292
                localctx.value = self.match(StapParser.IDENT)
                self.state = 294
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==29 or _la==36:
                    self.state = 293
                    localctx.valueSort = self._input.LT(1)
                    _la = self._input.LA(1)
                    if not(_la==29 or _la==36):
                        localctx.valueSort = self._errHandler.recoverInline(self)
                    else:
                        self._errHandler.reportMatch(self)
                        self.consume()


                self.state = 296
                self.match(StapParser.T__2)


            self.state = 299
            self.foreachKeys()
            self.state = 300
            self.match(StapParser.T__19)
            self.state = 301
            localctx.array = self.match(StapParser.IDENT)
            self.state = 306
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if ((((_la - 29)) & ~0x3f) == 0 and ((1 << (_la - 29)) & 70368744177793) != 0):
                self.state = 303
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 302
                    localctx.statOp = self.match(StapParser.AT_IDENT)


                self.state = 305
                localctx.arraySort = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==29 or _la==36):
                    localctx.arraySort = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()


            self.state = 310
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==21:
                self.state = 308
                self.match(StapParser.T__20)
                self.state = 309
                localctx.limit = self.expr(0)


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ForeachKeysContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def foreachKey(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.ForeachKeyContext)
            else:
                return self.getTypedRuleContext(StapParser.ForeachKeyContext,i)


        def getRuleIndex(self):
            return StapParser.RULE_foreachKeys

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitForeachKeys" ):
                return visitor.visitForeachKeys(self)
            else:
                return visitor.visitChildren(self)




    def foreachKeys(self):

        localctx = StapParser.ForeachKeysContext(self, self._ctx, self.state)
        self.enterRule(localctx, 36, self.RULE_foreachKeys)
        self._la = 0 # Token type
        try:
            self.state = 324
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [30]:
                self.enterOuterAlt(localctx, 1)
                self.state = 312
                self.match(StapParser.T__29)
                self.state = 313
                self.foreachKey()
                self.state = 318
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 314
                    self.match(StapParser.T__4)
                    self.state = 315
                    self.foreachKey()
                    self.state = 320
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 321
                self.match(StapParser.T__30)
                pass
            elif token in [76]:
                self.enterOuterAlt(localctx, 2)
                self.state = 323
                self.foreachKey()
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


    class ForeachKeyContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser
            self.sort = None # Token

        def IDENT(self):
            return self.getToken(StapParser.IDENT, 0)

        def getRuleIndex(self):
            return StapParser.RULE_foreachKey

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitForeachKey" ):
                return visitor.visitForeachKey(self)
            else:
                return visitor.visitChildren(self)




    def foreachKey(self):

        localctx = StapParser.ForeachKeyContext(self, self._ctx, self.state)
        self.enterRule(localctx, 38, self.RULE_foreachKey)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 326
            self.match(StapParser.IDENT)
            self.state = 328
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==29 or _la==36:
                self.state = 327
                localctx.sort = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==29 or _la==36):
                    localctx.sort = self._errHandler.recoverInline(self)
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
            return StapParser.RULE_expr

     
        def copyFrom(self, ctx:ParserRuleContext):
            super().copyFrom(ctx)


    class PostIncDecExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.ExprContext
            super().__init__(parser)
            self.op = None # Token
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPostIncDecExpr" ):
                return visitor.visitPostIncDecExpr(self)
            else:
                return visitor.visitChildren(self)


    class UnaryExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.ExprContext
            super().__init__(parser)
            self.op = None # Token
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitUnaryExpr" ):
                return visitor.visitUnaryExpr(self)
            else:
                return visitor.visitChildren(self)


    class PrimaryExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def primary(self):
            return self.getTypedRuleContext(StapParser.PrimaryContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPrimaryExpr" ):
                return visitor.visitPrimaryExpr(self)
            else:
                return visitor.visitChildren(self)


    class TernaryExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.ExprContext)
            else:
                return self.getTypedRuleContext(StapParser.ExprContext,i)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTernaryExpr" ):
                return visitor.visitTernaryExpr(self)
            else:
                return visitor.visitChildren(self)


    class InExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)

        def IDENT(self):
            return self.getToken(StapParser.IDENT, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitInExpr" ):
                return visitor.visitInExpr(self)
            else:
                return visitor.visitChildren(self)


    class PreIncDecExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.ExprContext
            super().__init__(parser)
            self.op = None # Token
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPreIncDecExpr" ):
                return visitor.visitPreIncDecExpr(self)
            else:
                return visitor.visitChildren(self)


    class InTupleExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.ExprContext)
            else:
                return self.getTypedRuleContext(StapParser.ExprContext,i)

        def IDENT(self):
            return self.getToken(StapParser.IDENT, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitInTupleExpr" ):
                return visitor.visitInTupleExpr(self)
            else:
                return visitor.visitChildren(self)


    class BinaryExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.ExprContext
            super().__init__(parser)
            self.op = None # Token
            self.copyFrom(ctx)

        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.ExprContext)
            else:
                return self.getTypedRuleContext(StapParser.ExprContext,i)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitBinaryExpr" ):
                return visitor.visitBinaryExpr(self)
            else:
                return visitor.visitChildren(self)


    class RegexExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.ExprContext
            super().__init__(parser)
            self.op = None # Token
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)

        def STRING(self):
            return self.getToken(StapParser.STRING, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitRegexExpr" ):
                return visitor.visitRegexExpr(self)
            else:
                return visitor.visitChildren(self)


    class AssignExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.ExprContext
            super().__init__(parser)
            self.op = None # Token
            self.copyFrom(ctx)

        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.ExprContext)
            else:
                return self.getTypedRuleContext(StapParser.ExprContext,i)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitAssignExpr" ):
                return visitor.visitAssignExpr(self)
            else:
                return visitor.visitChildren(self)



    def expr(self, _p:int=0):
        _parentctx = self._ctx
        _parentState = self.state
        localctx = StapParser.ExprContext(self, self._ctx, _parentState)
        _prevctx = localctx
        _startState = 40
        self.enterRecursionRule(localctx, 40, self.RULE_expr, _p)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 349
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [10, 69, 70, 71, 72, 73, 74, 75, 76]:
                localctx = StapParser.PrimaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx

                self.state = 331
                self.primary()
                pass
            elif token in [37, 38]:
                localctx = StapParser.PreIncDecExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 332
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==37 or _la==38):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 333
                self.expr(17)
                pass
            elif token in [8, 29, 36, 39]:
                localctx = StapParser.UnaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 334
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 619012161792) != 0)):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 335
                self.expr(16)
                pass
            elif token in [30]:
                localctx = StapParser.InTupleExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 336
                self.match(StapParser.T__29)
                self.state = 337
                self.expr(0)
                self.state = 342
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 338
                    self.match(StapParser.T__4)
                    self.state = 339
                    self.expr(0)
                    self.state = 344
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 345
                self.match(StapParser.T__30)
                self.state = 346
                self.match(StapParser.T__19)
                self.state = 347
                self.match(StapParser.IDENT)
                pass
            else:
                raise NoViableAltException(self)

            self._ctx.stop = self._input.LT(-1)
            self.state = 400
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,53,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    self.state = 398
                    self._errHandler.sync(self)
                    la_ = self._interp.adaptivePredict(self._input,52,self._ctx)
                    if la_ == 1:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 351
                        if not self.precpred(self._ctx, 15):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 15)")
                        self.state = 352
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 1103806599168) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 353
                        self.expr(16)
                        pass

                    elif la_ == 2:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 354
                        if not self.precpred(self._ctx, 14):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 14)")
                        self.state = 355
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==29 or _la==36):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 356
                        self.expr(15)
                        pass

                    elif la_ == 3:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 357
                        if not self.precpred(self._ctx, 13):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 13)")
                        self.state = 358
                        localctx.op = self.match(StapParser.T__5)
                        self.state = 359
                        self.expr(14)
                        pass

                    elif la_ == 4:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 360
                        if not self.precpred(self._ctx, 12):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 12)")
                        self.state = 361
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==41 or _la==42):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 362
                        self.expr(13)
                        pass

                    elif la_ == 5:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 363
                        if not self.precpred(self._ctx, 11):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 11)")
                        self.state = 364
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 554153860399104) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 365
                        self.expr(12)
                        pass

                    elif la_ == 6:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 366
                        if not self.precpred(self._ctx, 7):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 7)")
                        self.state = 367
                        localctx.op = self.match(StapParser.T__50)
                        self.state = 368
                        self.expr(8)
                        pass

                    elif la_ == 7:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 369
                        if not self.precpred(self._ctx, 6):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 6)")
                        self.state = 370
                        localctx.op = self.match(StapParser.T__51)
                        self.state = 371
                        self.expr(7)
                        pass

                    elif la_ == 8:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 372
                        if not self.precpred(self._ctx, 5):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 5)")
                        self.state = 373
                        localctx.op = self.match(StapParser.T__52)
                        self.state = 374
                        self.expr(6)
                        pass

                    elif la_ == 9:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 375
                        if not self.precpred(self._ctx, 4):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 4)")
                        self.state = 376
                        localctx.op = self.match(StapParser.T__53)
                        self.state = 377
                        self.expr(5)
                        pass

                    elif la_ == 10:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 378
                        if not self.precpred(self._ctx, 3):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 3)")
                        self.state = 379
                        localctx.op = self.match(StapParser.T__54)
                        self.state = 380
                        self.expr(4)
                        pass

                    elif la_ == 11:
                        localctx = StapParser.TernaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 381
                        if not self.precpred(self._ctx, 2):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                        self.state = 382
                        self.match(StapParser.T__6)
                        self.state = 383
                        self.expr(0)
                        self.state = 384
                        self.match(StapParser.T__32)
                        self.state = 385
                        self.expr(2)
                        pass

                    elif la_ == 12:
                        localctx = StapParser.AssignExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 387
                        if not self.precpred(self._ctx, 1):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 1)")
                        self.state = 388
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(((((_la - 3)) & ~0x3f) == 0 and ((1 << (_la - 3)) & -9007199254740989) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 389
                        self.expr(1)
                        pass

                    elif la_ == 13:
                        localctx = StapParser.PostIncDecExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 390
                        if not self.precpred(self._ctx, 18):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 18)")
                        self.state = 391
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==37 or _la==38):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        pass

                    elif la_ == 14:
                        localctx = StapParser.RegexExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 392
                        if not self.precpred(self._ctx, 10):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 10)")
                        self.state = 393
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==49 or _la==50):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 394
                        self.match(StapParser.STRING)
                        pass

                    elif la_ == 15:
                        localctx = StapParser.InExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 395
                        if not self.precpred(self._ctx, 9):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 9)")
                        self.state = 396
                        self.match(StapParser.T__19)
                        self.state = 397
                        self.match(StapParser.IDENT)
                        pass

             
                self.state = 402
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,53,self._ctx)

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
            return StapParser.RULE_primary

     
        def copyFrom(self, ctx:ParserRuleContext):
            super().copyFrom(ctx)



    class IndexExprContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def IDENT(self):
            return self.getToken(StapParser.IDENT, 0)
        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.ExprContext)
            else:
                return self.getTypedRuleContext(StapParser.ExprContext,i)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitIndexExpr" ):
                return visitor.visitIndexExpr(self)
            else:
                return visitor.visitChildren(self)


    class AtExprContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def AT_IDENT(self):
            return self.getToken(StapParser.AT_IDENT, 0)
        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.ExprContext)
            else:
                return self.getTypedRuleContext(StapParser.ExprContext,i)

        def targetSuffix(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.TargetSuffixContext)
            else:
                return self.getTypedRuleContext(StapParser.TargetSuffixContext,i)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitAtExpr" ):
                return visitor.visitAtExpr(self)
            else:
                return visitor.visitChildren(self)


    class PosStrExprContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def POS_STR(self):
            return self.getToken(StapParser.POS_STR, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPosStrExpr" ):
                return visitor.visitPosStrExpr(self)
            else:
                return visitor.visitChildren(self)


    class StrLitContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def STRING(self):
            return self.getToken(StapParser.STRING, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitStrLit" ):
                return visitor.visitStrLit(self)
            else:
                return visitor.visitChildren(self)


    class PosNumExprContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def POS_NUM(self):
            return self.getToken(StapParser.POS_NUM, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPosNumExpr" ):
                return visitor.visitPosNumExpr(self)
            else:
                return visitor.visitChildren(self)


    class IntLitContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def INT(self):
            return self.getToken(StapParser.INT, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitIntLit" ):
                return visitor.visitIntLit(self)
            else:
                return visitor.visitChildren(self)


    class CallExprContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def IDENT(self):
            return self.getToken(StapParser.IDENT, 0)
        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.ExprContext)
            else:
                return self.getTypedRuleContext(StapParser.ExprContext,i)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitCallExpr" ):
                return visitor.visitCallExpr(self)
            else:
                return visitor.visitChildren(self)


    class TargetExprContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def TARGET_VAR(self):
            return self.getToken(StapParser.TARGET_VAR, 0)
        def targetSuffix(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.TargetSuffixContext)
            else:
                return self.getTypedRuleContext(StapParser.TargetSuffixContext,i)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTargetExpr" ):
                return visitor.visitTargetExpr(self)
            else:
                return visitor.visitChildren(self)


    class EmbeddedExprContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def EMBEDDED(self):
            return self.getToken(StapParser.EMBEDDED, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitEmbeddedExpr" ):
                return visitor.visitEmbeddedExpr(self)
            else:
                return visitor.visitChildren(self)


    class ParenExprContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitParenExpr" ):
                return visitor.visitParenExpr(self)
            else:
                return visitor.visitChildren(self)


    class NameExprContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def IDENT(self):
            return self.getToken(StapParser.IDENT, 0)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitNameExpr" ):
                return visitor.visitNameExpr(self)
            else:
                return visitor.visitChildren(self)



    def primary(self):

        localctx = StapParser.PrimaryContext(self, self._ctx, self.state)
        self.enterRule(localctx, 42, self.RULE_primary)
        self._la = 0 # Token type
        try:
            self.state = 464
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,61,self._ctx)
            if la_ == 1:
                localctx = StapParser.IntLitContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 403
                self.match(StapParser.INT)
                pass

            elif la_ == 2:
                localctx = StapParser.StrLitContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 404
                self.match(StapParser.STRING)
                pass

            elif la_ == 3:
                localctx = StapParser.ParenExprContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 405
                self.match(StapParser.T__9)
                self.state = 406
                self.expr(0)
                self.state = 407
                self.match(StapParser.T__10)
                pass

            elif la_ == 4:
                localctx = StapParser.CallExprContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 409
                self.match(StapParser.IDENT)
                self.state = 410
                self.match(StapParser.T__9)
                self.state = 419
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1032402765056) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
                    self.state = 411
                    self.expr(0)
                    self.state = 416
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    while _la==5:
                        self.state = 412
                        self.match(StapParser.T__4)
                        self.state = 413
                        self.expr(0)
                        self.state = 418
                        self._errHandler.sync(self)
                        _la = self._input.LA(1)



                self.state = 421
                self.match(StapParser.T__10)
                pass

            elif la_ == 5:
                localctx = StapParser.IndexExprContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 422
                self.match(StapParser.IDENT)
                self.state = 423
                self.match(StapParser.T__29)
                self.state = 424
                self.expr(0)
                self.state = 429
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 425
                    self.match(StapParser.T__4)
                    self.state = 426
                    self.expr(0)
                    self.state = 431
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 432
                self.match(StapParser.T__30)
                pass

            elif la_ == 6:
                localctx = StapParser.NameExprContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 434
                self.match(StapParser.IDENT)
                pass

            elif la_ == 7:
                localctx = StapParser.AtExprContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 435
                self.match(StapParser.AT_IDENT)
                self.state = 436
                self.match(StapParser.T__9)
                self.state = 445
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1032402765056) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
                    self.state = 437
                    self.expr(0)
                    self.state = 442
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    while _la==5:
                        self.state = 438
                        self.match(StapParser.T__4)
                        self.state = 439
                        self.expr(0)
                        self.state = 444
                        self._errHandler.sync(self)
                        _la = self._input.LA(1)



                self.state = 447
                self.match(StapParser.T__10)
                self.state = 451
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,59,self._ctx)
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt==1:
                        self.state = 448
                        self.targetSuffix() 
                    self.state = 453
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,59,self._ctx)

                pass

            elif la_ == 8:
                localctx = StapParser.TargetExprContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 454
                self.match(StapParser.TARGET_VAR)
                self.state = 458
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,60,self._ctx)
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt==1:
                        self.state = 455
                        self.targetSuffix() 
                    self.state = 460
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,60,self._ctx)

                pass

            elif la_ == 9:
                localctx = StapParser.PosNumExprContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 461
                self.match(StapParser.POS_NUM)
                pass

            elif la_ == 10:
                localctx = StapParser.PosStrExprContext(self, localctx)
                self.enterOuterAlt(localctx, 10)
                self.state = 462
                self.match(StapParser.POS_STR)
                pass

            elif la_ == 11:
                localctx = StapParser.EmbeddedExprContext(self, localctx)
                self.enterOuterAlt(localctx, 11)
                self.state = 463
                self.match(StapParser.EMBEDDED)
                pass


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class TargetSuffixContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def IDENT(self):
            return self.getToken(StapParser.IDENT, 0)

        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)


        def getRuleIndex(self):
            return StapParser.RULE_targetSuffix

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTargetSuffix" ):
                return visitor.visitTargetSuffix(self)
            else:
                return visitor.visitChildren(self)




    def targetSuffix(self):

        localctx = StapParser.TargetSuffixContext(self, self._ctx, self.state)
        self.enterRule(localctx, 44, self.RULE_targetSuffix)
        try:
            self.state = 473
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [67]:
                self.enterOuterAlt(localctx, 1)
                self.state = 466
                self.match(StapParser.T__66)
                self.state = 467
                self.match(StapParser.IDENT)
                pass
            elif token in [30]:
                self.enterOuterAlt(localctx, 2)
                self.state = 468
                self.match(StapParser.T__29)
                self.state = 469
                self.expr(0)
                self.state = 470
                self.match(StapParser.T__30)
                pass
            elif token in [68]:
                self.enterOuterAlt(localctx, 3)
                self.state = 472
                self.match(StapParser.T__67)
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



    def sempred(self, localctx:RuleContext, ruleIndex:int, predIndex:int):
        if self._predicates == None:
            self._predicates = dict()
        self._predicates[20] = self.expr_sempred
        pred = self._predicates.get(ruleIndex, None)
        if pred is None:
            raise Exception("No predicate with index:" + str(ruleIndex))
        else:
            return pred(localctx, predIndex)

    def expr_sempred(self, localctx:ExprContext, predIndex:int):
            if predIndex == 0:
                return self.precpred(self._ctx, 15)
         

            if predIndex == 1:
                return self.precpred(self._ctx, 14)
         

            if predIndex == 2:
                return self.precpred(self._ctx, 13)
         

            if predIndex == 3:
                return self.precpred(self._ctx, 12)
         

            if predIndex == 4:
                return self.precpred(self._ctx, 11)
         

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
                return self.precpred(self._ctx, 18)
         

            if predIndex == 13:
                return self.precpred(self._ctx, 10)
         

            if predIndex == 14:
                return self.precpred(self._ctx, 9)
         




