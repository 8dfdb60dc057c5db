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
        4,1,79,502,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,7,
        6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,13,
        2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,20,
        7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,1,0,5,0,52,8,0,10,0,
        12,0,55,9,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,3,1,64,8,1,1,2,1,2,1,2,1,
        2,1,2,1,2,1,2,1,2,1,2,1,2,3,2,76,8,2,1,3,1,3,1,3,5,3,81,8,3,10,3,
        12,3,84,9,3,1,4,1,4,1,4,5,4,89,8,4,10,4,12,4,92,9,4,1,4,3,4,95,8,
        4,1,4,1,4,1,4,1,4,1,4,3,4,102,8,4,1,5,1,5,1,5,1,5,1,5,5,5,109,8,
        5,10,5,12,5,112,9,5,1,5,1,5,3,5,116,8,5,1,6,1,6,1,6,5,6,121,8,6,
        10,6,12,6,124,9,6,1,7,1,7,1,7,1,7,1,7,3,7,131,8,7,1,8,4,8,134,8,
        8,11,8,12,8,135,1,8,3,8,139,8,8,1,9,1,9,1,10,1,10,3,10,145,8,10,
        1,10,1,10,1,10,3,10,150,8,10,1,11,3,11,153,8,11,1,11,1,11,1,11,1,
        11,5,11,159,8,11,10,11,12,11,162,9,11,1,12,1,12,1,12,1,12,3,12,168,
        8,12,1,12,3,12,171,8,12,1,12,1,12,3,12,175,8,12,1,12,1,12,1,12,1,
        12,1,12,1,12,1,12,3,12,184,8,12,3,12,186,8,12,1,13,1,13,3,13,190,
        8,13,1,13,3,13,193,8,13,1,14,3,14,196,8,14,1,14,1,14,1,14,1,14,3,
        14,202,8,14,1,14,1,14,1,14,1,14,5,14,208,8,14,10,14,12,14,211,9,
        14,3,14,213,8,14,1,14,1,14,1,14,3,14,218,8,14,1,14,1,14,3,14,222,
        8,14,1,15,1,15,1,15,3,15,227,8,15,1,16,1,16,1,17,1,17,5,17,233,8,
        17,10,17,12,17,236,9,17,1,17,1,17,1,18,1,18,1,18,1,18,1,18,1,18,
        1,18,1,18,1,18,3,18,249,8,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,
        1,18,1,18,3,18,260,8,18,1,18,1,18,3,18,264,8,18,1,18,1,18,3,18,268,
        8,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,3,18,280,
        8,18,1,18,1,18,3,18,284,8,18,1,18,1,18,3,18,288,8,18,1,18,1,18,3,
        18,292,8,18,1,18,3,18,295,8,18,1,18,1,18,1,18,3,18,300,8,18,1,18,
        1,18,1,18,1,18,1,18,1,18,3,18,308,8,18,1,18,1,18,1,18,1,18,1,18,
        3,18,315,8,18,3,18,317,8,18,1,19,1,19,3,19,321,8,19,1,19,3,19,324,
        8,19,1,19,1,19,1,19,1,19,3,19,330,8,19,1,19,3,19,333,8,19,1,19,1,
        19,3,19,337,8,19,1,20,1,20,1,20,1,20,5,20,343,8,20,10,20,12,20,346,
        9,20,1,20,1,20,1,20,3,20,351,8,20,1,21,1,21,3,21,355,8,21,1,22,1,
        22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,5,22,367,8,22,10,22,12,
        22,370,9,22,1,22,1,22,1,22,1,22,3,22,376,8,22,1,22,1,22,1,22,1,22,
        1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,
        1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,
        1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,
        1,22,1,22,1,22,1,22,5,22,425,8,22,10,22,12,22,428,9,22,1,23,1,23,
        1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,5,23,441,8,23,10,23,
        12,23,444,9,23,3,23,446,8,23,1,23,1,23,1,23,1,23,1,23,1,23,5,23,
        454,8,23,10,23,12,23,457,9,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,
        1,23,5,23,467,8,23,10,23,12,23,470,9,23,3,23,472,8,23,1,23,1,23,
        5,23,476,8,23,10,23,12,23,479,9,23,1,23,1,23,5,23,483,8,23,10,23,
        12,23,486,9,23,1,23,1,23,1,23,3,23,491,8,23,1,24,1,24,1,24,1,24,
        1,24,1,24,1,24,3,24,500,8,24,1,24,0,1,44,25,0,2,4,6,8,10,12,14,16,
        18,20,22,24,26,28,30,32,34,36,38,40,42,44,46,48,0,12,1,0,3,4,1,0,
        7,8,3,0,14,14,71,71,76,76,3,0,2,2,9,9,15,30,2,0,31,31,36,36,1,0,
        37,38,4,0,8,8,31,31,36,36,39,39,3,0,14,14,34,34,40,40,1,0,41,42,
        1,0,43,48,2,0,3,4,56,66,1,0,49,50,584,0,53,1,0,0,0,2,63,1,0,0,0,
        4,75,1,0,0,0,6,77,1,0,0,0,8,85,1,0,0,0,10,115,1,0,0,0,12,117,1,0,
        0,0,14,125,1,0,0,0,16,138,1,0,0,0,18,140,1,0,0,0,20,149,1,0,0,0,
        22,152,1,0,0,0,24,185,1,0,0,0,26,192,1,0,0,0,28,195,1,0,0,0,30,223,
        1,0,0,0,32,228,1,0,0,0,34,230,1,0,0,0,36,316,1,0,0,0,38,323,1,0,
        0,0,40,350,1,0,0,0,42,352,1,0,0,0,44,375,1,0,0,0,46,490,1,0,0,0,
        48,499,1,0,0,0,50,52,3,2,1,0,51,50,1,0,0,0,52,55,1,0,0,0,53,51,1,
        0,0,0,53,54,1,0,0,0,54,56,1,0,0,0,55,53,1,0,0,0,56,57,5,0,0,1,57,
        1,1,0,0,0,58,64,3,4,2,0,59,64,3,22,11,0,60,64,3,28,14,0,61,64,5,
        69,0,0,62,64,5,1,0,0,63,58,1,0,0,0,63,59,1,0,0,0,63,60,1,0,0,0,63,
        61,1,0,0,0,63,62,1,0,0,0,64,3,1,0,0,0,65,66,5,2,0,0,66,67,3,8,4,
        0,67,68,7,0,0,0,68,69,3,6,3,0,69,70,3,34,17,0,70,76,1,0,0,0,71,72,
        5,2,0,0,72,73,3,6,3,0,73,74,3,34,17,0,74,76,1,0,0,0,75,65,1,0,0,
        0,75,71,1,0,0,0,76,5,1,0,0,0,77,82,3,8,4,0,78,79,5,5,0,0,79,81,3,
        8,4,0,80,78,1,0,0,0,81,84,1,0,0,0,82,80,1,0,0,0,82,83,1,0,0,0,83,
        7,1,0,0,0,84,82,1,0,0,0,85,90,3,10,5,0,86,87,5,6,0,0,87,89,3,10,
        5,0,88,86,1,0,0,0,89,92,1,0,0,0,90,88,1,0,0,0,90,91,1,0,0,0,91,94,
        1,0,0,0,92,90,1,0,0,0,93,95,7,1,0,0,94,93,1,0,0,0,94,95,1,0,0,0,
        95,101,1,0,0,0,96,97,5,9,0,0,97,98,5,10,0,0,98,99,3,44,22,0,99,100,
        5,11,0,0,100,102,1,0,0,0,101,96,1,0,0,0,101,102,1,0,0,0,102,9,1,
        0,0,0,103,116,3,14,7,0,104,105,5,12,0,0,105,110,3,12,6,0,106,107,
        5,5,0,0,107,109,3,12,6,0,108,106,1,0,0,0,109,112,1,0,0,0,110,108,
        1,0,0,0,110,111,1,0,0,0,111,113,1,0,0,0,112,110,1,0,0,0,113,114,
        5,13,0,0,114,116,1,0,0,0,115,103,1,0,0,0,115,104,1,0,0,0,116,11,
        1,0,0,0,117,122,3,10,5,0,118,119,5,6,0,0,119,121,3,10,5,0,120,118,
        1,0,0,0,121,124,1,0,0,0,122,120,1,0,0,0,122,123,1,0,0,0,123,13,1,
        0,0,0,124,122,1,0,0,0,125,130,3,16,8,0,126,127,5,10,0,0,127,128,
        3,20,10,0,128,129,5,11,0,0,129,131,1,0,0,0,130,126,1,0,0,0,130,131,
        1,0,0,0,131,15,1,0,0,0,132,134,7,2,0,0,133,132,1,0,0,0,134,135,1,
        0,0,0,135,133,1,0,0,0,135,136,1,0,0,0,136,139,1,0,0,0,137,139,3,
        18,9,0,138,133,1,0,0,0,138,137,1,0,0,0,139,17,1,0,0,0,140,141,7,
        3,0,0,141,19,1,0,0,0,142,150,5,70,0,0,143,145,5,31,0,0,144,143,1,
        0,0,0,144,145,1,0,0,0,145,146,1,0,0,0,146,150,5,71,0,0,147,150,5,
        72,0,0,148,150,5,73,0,0,149,142,1,0,0,0,149,144,1,0,0,0,149,147,
        1,0,0,0,149,148,1,0,0,0,150,21,1,0,0,0,151,153,5,30,0,0,152,151,
        1,0,0,0,152,153,1,0,0,0,153,154,1,0,0,0,154,155,5,17,0,0,155,160,
        3,24,12,0,156,157,5,5,0,0,157,159,3,24,12,0,158,156,1,0,0,0,159,
        162,1,0,0,0,160,158,1,0,0,0,160,161,1,0,0,0,161,23,1,0,0,0,162,160,
        1,0,0,0,163,167,5,76,0,0,164,165,5,32,0,0,165,166,5,71,0,0,166,168,
        5,33,0,0,167,164,1,0,0,0,167,168,1,0,0,0,168,170,1,0,0,0,169,171,
        5,34,0,0,170,169,1,0,0,0,170,171,1,0,0,0,171,174,1,0,0,0,172,173,
        5,3,0,0,173,175,3,26,13,0,174,172,1,0,0,0,174,175,1,0,0,0,175,186,
        1,0,0,0,176,177,5,76,0,0,177,178,5,34,0,0,178,179,5,32,0,0,179,180,
        5,71,0,0,180,183,5,33,0,0,181,182,5,3,0,0,182,184,3,26,13,0,183,
        181,1,0,0,0,183,184,1,0,0,0,184,186,1,0,0,0,185,163,1,0,0,0,185,
        176,1,0,0,0,186,25,1,0,0,0,187,193,5,70,0,0,188,190,5,31,0,0,189,
        188,1,0,0,0,189,190,1,0,0,0,190,191,1,0,0,0,191,193,5,71,0,0,192,
        187,1,0,0,0,192,189,1,0,0,0,193,27,1,0,0,0,194,196,5,30,0,0,195,
        194,1,0,0,0,195,196,1,0,0,0,196,197,1,0,0,0,197,198,5,16,0,0,198,
        201,5,76,0,0,199,200,5,35,0,0,200,202,3,32,16,0,201,199,1,0,0,0,
        201,202,1,0,0,0,202,203,1,0,0,0,203,212,5,10,0,0,204,209,3,30,15,
        0,205,206,5,5,0,0,206,208,3,30,15,0,207,205,1,0,0,0,208,211,1,0,
        0,0,209,207,1,0,0,0,209,210,1,0,0,0,210,213,1,0,0,0,211,209,1,0,
        0,0,212,204,1,0,0,0,212,213,1,0,0,0,213,214,1,0,0,0,214,217,5,11,
        0,0,215,216,5,35,0,0,216,218,3,32,16,0,217,215,1,0,0,0,217,218,1,
        0,0,0,218,221,1,0,0,0,219,222,3,34,17,0,220,222,5,69,0,0,221,219,
        1,0,0,0,221,220,1,0,0,0,222,29,1,0,0,0,223,226,5,76,0,0,224,225,
        5,35,0,0,225,227,3,32,16,0,226,224,1,0,0,0,226,227,1,0,0,0,227,31,
        1,0,0,0,228,229,5,76,0,0,229,33,1,0,0,0,230,234,5,12,0,0,231,233,
        3,36,18,0,232,231,1,0,0,0,233,236,1,0,0,0,234,232,1,0,0,0,234,235,
        1,0,0,0,235,237,1,0,0,0,236,234,1,0,0,0,237,238,5,13,0,0,238,35,
        1,0,0,0,239,317,3,34,17,0,240,317,5,1,0,0,241,242,5,9,0,0,242,243,
        5,10,0,0,243,244,3,44,22,0,244,245,5,11,0,0,245,248,3,36,18,0,246,
        247,5,18,0,0,247,249,3,36,18,0,248,246,1,0,0,0,248,249,1,0,0,0,249,
        317,1,0,0,0,250,251,5,19,0,0,251,252,5,10,0,0,252,253,3,44,22,0,
        253,254,5,11,0,0,254,255,3,36,18,0,255,317,1,0,0,0,256,257,5,20,
        0,0,257,259,5,10,0,0,258,260,3,44,22,0,259,258,1,0,0,0,259,260,1,
        0,0,0,260,261,1,0,0,0,261,263,5,1,0,0,262,264,3,44,22,0,263,262,
        1,0,0,0,263,264,1,0,0,0,264,265,1,0,0,0,265,267,5,1,0,0,266,268,
        3,44,22,0,267,266,1,0,0,0,267,268,1,0,0,0,268,269,1,0,0,0,269,270,
        5,11,0,0,270,317,3,36,18,0,271,272,5,21,0,0,272,273,5,10,0,0,273,
        274,3,38,19,0,274,275,5,11,0,0,275,276,3,36,18,0,276,317,1,0,0,0,
        277,279,5,24,0,0,278,280,5,1,0,0,279,278,1,0,0,0,279,280,1,0,0,0,
        280,317,1,0,0,0,281,283,5,25,0,0,282,284,5,1,0,0,283,282,1,0,0,0,
        283,284,1,0,0,0,284,317,1,0,0,0,285,287,5,26,0,0,286,288,5,1,0,0,
        287,286,1,0,0,0,287,288,1,0,0,0,288,317,1,0,0,0,289,291,5,15,0,0,
        290,292,3,44,22,0,291,290,1,0,0,0,291,292,1,0,0,0,292,294,1,0,0,
        0,293,295,5,1,0,0,294,293,1,0,0,0,294,295,1,0,0,0,295,317,1,0,0,
        0,296,297,5,27,0,0,297,299,3,44,22,0,298,300,5,1,0,0,299,298,1,0,
        0,0,299,300,1,0,0,0,300,317,1,0,0,0,301,302,5,28,0,0,302,303,3,34,
        17,0,303,307,5,29,0,0,304,305,5,10,0,0,305,306,5,76,0,0,306,308,
        5,11,0,0,307,304,1,0,0,0,307,308,1,0,0,0,308,309,1,0,0,0,309,310,
        3,34,17,0,310,317,1,0,0,0,311,317,5,69,0,0,312,314,3,44,22,0,313,
        315,5,1,0,0,314,313,1,0,0,0,314,315,1,0,0,0,315,317,1,0,0,0,316,
        239,1,0,0,0,316,240,1,0,0,0,316,241,1,0,0,0,316,250,1,0,0,0,316,
        256,1,0,0,0,316,271,1,0,0,0,316,277,1,0,0,0,316,281,1,0,0,0,316,
        285,1,0,0,0,316,289,1,0,0,0,316,296,1,0,0,0,316,301,1,0,0,0,316,
        311,1,0,0,0,316,312,1,0,0,0,317,37,1,0,0,0,318,320,5,76,0,0,319,
        321,7,4,0,0,320,319,1,0,0,0,320,321,1,0,0,0,321,322,1,0,0,0,322,
        324,5,3,0,0,323,318,1,0,0,0,323,324,1,0,0,0,324,325,1,0,0,0,325,
        326,3,40,20,0,326,327,5,22,0,0,327,332,5,76,0,0,328,330,5,75,0,0,
        329,328,1,0,0,0,329,330,1,0,0,0,330,331,1,0,0,0,331,333,7,4,0,0,
        332,329,1,0,0,0,332,333,1,0,0,0,333,336,1,0,0,0,334,335,5,23,0,0,
        335,337,3,44,22,0,336,334,1,0,0,0,336,337,1,0,0,0,337,39,1,0,0,0,
        338,339,5,32,0,0,339,344,3,42,21,0,340,341,5,5,0,0,341,343,3,42,
        21,0,342,340,1,0,0,0,343,346,1,0,0,0,344,342,1,0,0,0,344,345,1,0,
        0,0,345,347,1,0,0,0,346,344,1,0,0,0,347,348,5,33,0,0,348,351,1,0,
        0,0,349,351,3,42,21,0,350,338,1,0,0,0,350,349,1,0,0,0,351,41,1,0,
        0,0,352,354,5,76,0,0,353,355,7,4,0,0,354,353,1,0,0,0,354,355,1,0,
        0,0,355,43,1,0,0,0,356,357,6,22,-1,0,357,376,3,46,23,0,358,359,7,
        5,0,0,359,376,3,44,22,17,360,361,7,6,0,0,361,376,3,44,22,16,362,
        363,5,32,0,0,363,368,3,44,22,0,364,365,5,5,0,0,365,367,3,44,22,0,
        366,364,1,0,0,0,367,370,1,0,0,0,368,366,1,0,0,0,368,369,1,0,0,0,
        369,371,1,0,0,0,370,368,1,0,0,0,371,372,5,33,0,0,372,373,5,22,0,
        0,373,374,5,76,0,0,374,376,1,0,0,0,375,356,1,0,0,0,375,358,1,0,0,
        0,375,360,1,0,0,0,375,362,1,0,0,0,376,426,1,0,0,0,377,378,10,15,
        0,0,378,379,7,7,0,0,379,425,3,44,22,16,380,381,10,14,0,0,381,382,
        7,4,0,0,382,425,3,44,22,15,383,384,10,13,0,0,384,385,5,6,0,0,385,
        425,3,44,22,14,386,387,10,12,0,0,387,388,7,8,0,0,388,425,3,44,22,
        13,389,390,10,11,0,0,390,391,7,9,0,0,391,425,3,44,22,12,392,393,
        10,7,0,0,393,394,5,51,0,0,394,425,3,44,22,8,395,396,10,6,0,0,396,
        397,5,52,0,0,397,425,3,44,22,7,398,399,10,5,0,0,399,400,5,53,0,0,
        400,425,3,44,22,6,401,402,10,4,0,0,402,403,5,54,0,0,403,425,3,44,
        22,5,404,405,10,3,0,0,405,406,5,55,0,0,406,425,3,44,22,4,407,408,
        10,2,0,0,408,409,5,7,0,0,409,410,3,44,22,0,410,411,5,35,0,0,411,
        412,3,44,22,2,412,425,1,0,0,0,413,414,10,1,0,0,414,415,7,10,0,0,
        415,425,3,44,22,1,416,417,10,18,0,0,417,425,7,5,0,0,418,419,10,10,
        0,0,419,420,7,11,0,0,420,425,5,70,0,0,421,422,10,9,0,0,422,423,5,
        22,0,0,423,425,5,76,0,0,424,377,1,0,0,0,424,380,1,0,0,0,424,383,
        1,0,0,0,424,386,1,0,0,0,424,389,1,0,0,0,424,392,1,0,0,0,424,395,
        1,0,0,0,424,398,1,0,0,0,424,401,1,0,0,0,424,404,1,0,0,0,424,407,
        1,0,0,0,424,413,1,0,0,0,424,416,1,0,0,0,424,418,1,0,0,0,424,421,
        1,0,0,0,425,428,1,0,0,0,426,424,1,0,0,0,426,427,1,0,0,0,427,45,1,
        0,0,0,428,426,1,0,0,0,429,491,5,71,0,0,430,491,5,70,0,0,431,432,
        5,10,0,0,432,433,3,44,22,0,433,434,5,11,0,0,434,491,1,0,0,0,435,
        436,5,76,0,0,436,445,5,10,0,0,437,442,3,44,22,0,438,439,5,5,0,0,
        439,441,3,44,22,0,440,438,1,0,0,0,441,444,1,0,0,0,442,440,1,0,0,
        0,442,443,1,0,0,0,443,446,1,0,0,0,444,442,1,0,0,0,445,437,1,0,0,
        0,445,446,1,0,0,0,446,447,1,0,0,0,447,491,5,11,0,0,448,449,5,76,
        0,0,449,450,5,32,0,0,450,455,3,44,22,0,451,452,5,5,0,0,452,454,3,
        44,22,0,453,451,1,0,0,0,454,457,1,0,0,0,455,453,1,0,0,0,455,456,
        1,0,0,0,456,458,1,0,0,0,457,455,1,0,0,0,458,459,5,33,0,0,459,491,
        1,0,0,0,460,491,5,76,0,0,461,462,5,75,0,0,462,471,5,10,0,0,463,468,
        3,44,22,0,464,465,5,5,0,0,465,467,3,44,22,0,466,464,1,0,0,0,467,
        470,1,0,0,0,468,466,1,0,0,0,468,469,1,0,0,0,469,472,1,0,0,0,470,
        468,1,0,0,0,471,463,1,0,0,0,471,472,1,0,0,0,472,473,1,0,0,0,473,
        477,5,11,0,0,474,476,3,48,24,0,475,474,1,0,0,0,476,479,1,0,0,0,477,
        475,1,0,0,0,477,478,1,0,0,0,478,491,1,0,0,0,479,477,1,0,0,0,480,
        484,5,74,0,0,481,483,3,48,24,0,482,481,1,0,0,0,483,486,1,0,0,0,484,
        482,1,0,0,0,484,485,1,0,0,0,485,491,1,0,0,0,486,484,1,0,0,0,487,
        491,5,72,0,0,488,491,5,73,0,0,489,491,5,69,0,0,490,429,1,0,0,0,490,
        430,1,0,0,0,490,431,1,0,0,0,490,435,1,0,0,0,490,448,1,0,0,0,490,
        460,1,0,0,0,490,461,1,0,0,0,490,480,1,0,0,0,490,487,1,0,0,0,490,
        488,1,0,0,0,490,489,1,0,0,0,491,47,1,0,0,0,492,493,5,67,0,0,493,
        500,5,76,0,0,494,495,5,32,0,0,495,496,3,44,22,0,496,497,5,33,0,0,
        497,500,1,0,0,0,498,500,5,68,0,0,499,492,1,0,0,0,499,494,1,0,0,0,
        499,498,1,0,0,0,500,49,1,0,0,0,66,53,63,75,82,90,94,101,110,115,
        122,130,135,138,144,149,152,160,167,170,174,183,185,189,192,195,
        201,209,212,217,221,226,234,248,259,263,267,279,283,287,291,294,
        299,307,314,316,320,323,329,332,336,344,350,354,368,375,424,426,
        442,445,455,468,471,477,484,490,499
    ]

class StapParser ( Parser ):

    grammarFileName = "Stap.g4"

    atn = ATNDeserializer().deserialize(serializedATN())

    decisionsToDFA = [ DFA(ds, i) for i, ds in enumerate(atn.decisionToState) ]

    sharedContextCache = PredictionContextCache()

    literalNames = [ "<INVALID>", "';'", "'probe'", "'='", "'+='", "','", 
                     "'.'", "'?'", "'!'", "'if'", "'('", "')'", "'{'", "'}'", 
                     "'*'", "'return'", "'function'", "'global'", "'else'", 
                     "'while'", "'for'", "'foreach'", "'in'", "'limit'", 
                     "'break'", "'continue'", "'next'", "'delete'", "'try'", 
                     "'catch'", "'private'", "'-'", "'['", "']'", "'%'", 
                     "':'", "'+'", "'++'", "'--'", "'~'", "'/'", "'<<'", 
                     "'>>'", "'<'", "'<='", "'>'", "'>='", "'=='", "'!='", 
                     "'=~'", "'!~'", "'&'", "'^'", "'|'", "'&&'", "'||'", 
                     "'-='", "'*='", "'/='", "'%='", "'<<='", "'>>='", "'&='", 
                     "'^='", "'|='", "'.='", "'<<<'", "'->'", "'$'" ]

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
    RULE_ppPart = 5
    RULE_ppSeq = 6
    RULE_ppComponent = 7
    RULE_ppName = 8
    RULE_ppKeyword = 9
    RULE_ppArg = 10
    RULE_globalDecl = 11
    RULE_globalVar = 12
    RULE_literal = 13
    RULE_functionDecl = 14
    RULE_param = 15
    RULE_typeName = 16
    RULE_block = 17
    RULE_statement = 18
    RULE_foreachHead = 19
    RULE_foreachKeys = 20
    RULE_foreachKey = 21
    RULE_expr = 22
    RULE_primary = 23
    RULE_targetSuffix = 24

    ruleNames =  [ "program", "topDecl", "probeDecl", "probePointList", 
                   "probePoint", "ppPart", "ppSeq", "ppComponent", "ppName", 
                   "ppKeyword", "ppArg", "globalDecl", "globalVar", "literal", 
                   "functionDecl", "param", "typeName", "block", "statement", 
                   "foreachHead", "foreachKeys", "foreachKey", "expr", "primary", 
                   "targetSuffix" ]

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
            self.state = 53
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 1073938438) != 0) or _la==69:
                self.state = 50
                self.topDecl()
                self.state = 55
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 56
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
            self.state = 63
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,1,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 58
                self.probeDecl()
                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 59
                self.globalDecl()
                pass

            elif la_ == 3:
                self.enterOuterAlt(localctx, 3)
                self.state = 60
                self.functionDecl()
                pass

            elif la_ == 4:
                self.enterOuterAlt(localctx, 4)
                self.state = 61
                self.match(StapParser.EMBEDDED)
                pass

            elif la_ == 5:
                self.enterOuterAlt(localctx, 5)
                self.state = 62
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
            self.state = 75
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,2,self._ctx)
            if la_ == 1:
                localctx = StapParser.ProbeAliasContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 65
                self.match(StapParser.T__1)
                self.state = 66
                self.probePoint()
                self.state = 67
                localctx.aliasOp = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==3 or _la==4):
                    localctx.aliasOp = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 68
                self.probePointList()
                self.state = 69
                self.block()
                pass

            elif la_ == 2:
                localctx = StapParser.ProbeDefContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 71
                self.match(StapParser.T__1)
                self.state = 72
                self.probePointList()
                self.state = 73
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
            self.state = 77
            self.probePoint()
            self.state = 82
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==5:
                self.state = 78
                self.match(StapParser.T__4)
                self.state = 79
                self.probePoint()
                self.state = 84
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

        def ppPart(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.PpPartContext)
            else:
                return self.getTypedRuleContext(StapParser.PpPartContext,i)


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
            self.state = 85
            self.ppPart()
            self.state = 90
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==6:
                self.state = 86
                self.match(StapParser.T__5)
                self.state = 87
                self.ppPart()
                self.state = 92
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 94
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==7 or _la==8:
                self.state = 93
                localctx.suffix = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==7 or _la==8):
                    localctx.suffix = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()


            self.state = 101
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==9:
                self.state = 96
                self.match(StapParser.T__8)
                self.state = 97
                self.match(StapParser.T__9)
                self.state = 98
                self.expr(0)
                self.state = 99
                self.match(StapParser.T__10)


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class PpPartContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def ppComponent(self):
            return self.getTypedRuleContext(StapParser.PpComponentContext,0)


        def ppSeq(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.PpSeqContext)
            else:
                return self.getTypedRuleContext(StapParser.PpSeqContext,i)


        def getRuleIndex(self):
            return StapParser.RULE_ppPart

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPpPart" ):
                return visitor.visitPpPart(self)
            else:
                return visitor.visitChildren(self)




    def ppPart(self):

        localctx = StapParser.PpPartContext(self, self._ctx, self.state)
        self.enterRule(localctx, 10, self.RULE_ppPart)
        self._la = 0 # Token type
        try:
            self.state = 115
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [2, 9, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 71, 76]:
                self.enterOuterAlt(localctx, 1)
                self.state = 103
                self.ppComponent()
                pass
            elif token in [12]:
                self.enterOuterAlt(localctx, 2)
                self.state = 104
                self.match(StapParser.T__11)
                self.state = 105
                self.ppSeq()
                self.state = 110
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 106
                    self.match(StapParser.T__4)
                    self.state = 107
                    self.ppSeq()
                    self.state = 112
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 113
                self.match(StapParser.T__12)
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


    class PpSeqContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def ppPart(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.PpPartContext)
            else:
                return self.getTypedRuleContext(StapParser.PpPartContext,i)


        def getRuleIndex(self):
            return StapParser.RULE_ppSeq

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPpSeq" ):
                return visitor.visitPpSeq(self)
            else:
                return visitor.visitChildren(self)




    def ppSeq(self):

        localctx = StapParser.PpSeqContext(self, self._ctx, self.state)
        self.enterRule(localctx, 12, self.RULE_ppSeq)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 117
            self.ppPart()
            self.state = 122
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==6:
                self.state = 118
                self.match(StapParser.T__5)
                self.state = 119
                self.ppPart()
                self.state = 124
                self._errHandler.sync(self)
                _la = self._input.LA(1)

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
        self.enterRule(localctx, 14, self.RULE_ppComponent)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 125
            self.ppName()
            self.state = 130
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==10:
                self.state = 126
                self.match(StapParser.T__9)
                self.state = 127
                self.ppArg()
                self.state = 128
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
        self.enterRule(localctx, 16, self.RULE_ppName)
        self._la = 0 # Token type
        try:
            self.state = 138
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [14, 71, 76]:
                self.enterOuterAlt(localctx, 1)
                self.state = 133 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 132
                    _la = self._input.LA(1)
                    if not(((((_la - 14)) & ~0x3f) == 0 and ((1 << (_la - 14)) & 4755801206503243777) != 0)):
                        self._errHandler.recoverInline(self)
                    else:
                        self._errHandler.reportMatch(self)
                        self.consume()
                    self.state = 135 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not (((((_la - 14)) & ~0x3f) == 0 and ((1 << (_la - 14)) & 4755801206503243777) != 0)):
                        break

                pass
            elif token in [2, 9, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]:
                self.enterOuterAlt(localctx, 2)
                self.state = 137
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
        self.enterRule(localctx, 18, self.RULE_ppKeyword)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 140
            _la = self._input.LA(1)
            if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 2147451396) != 0)):
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
        self.enterRule(localctx, 20, self.RULE_ppArg)
        self._la = 0 # Token type
        try:
            self.state = 149
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [70]:
                self.enterOuterAlt(localctx, 1)
                self.state = 142
                self.match(StapParser.STRING)
                pass
            elif token in [31, 71]:
                self.enterOuterAlt(localctx, 2)
                self.state = 144
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==31:
                    self.state = 143
                    self.match(StapParser.T__30)


                self.state = 146
                self.match(StapParser.INT)
                pass
            elif token in [72]:
                self.enterOuterAlt(localctx, 3)
                self.state = 147
                self.match(StapParser.POS_NUM)
                pass
            elif token in [73]:
                self.enterOuterAlt(localctx, 4)
                self.state = 148
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
        self.enterRule(localctx, 22, self.RULE_globalDecl)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 152
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==30:
                self.state = 151
                self.match(StapParser.T__29)


            self.state = 154
            self.match(StapParser.T__16)
            self.state = 155
            self.globalVar()
            self.state = 160
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==5:
                self.state = 156
                self.match(StapParser.T__4)
                self.state = 157
                self.globalVar()
                self.state = 162
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
        self.enterRule(localctx, 24, self.RULE_globalVar)
        self._la = 0 # Token type
        try:
            self.state = 185
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,21,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 163
                self.match(StapParser.IDENT)
                self.state = 167
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==32:
                    self.state = 164
                    self.match(StapParser.T__31)
                    self.state = 165
                    self.match(StapParser.INT)
                    self.state = 166
                    self.match(StapParser.T__32)


                self.state = 170
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==34:
                    self.state = 169
                    localctx.wrap = self.match(StapParser.T__33)


                self.state = 174
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==3:
                    self.state = 172
                    self.match(StapParser.T__2)
                    self.state = 173
                    self.literal()


                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 176
                self.match(StapParser.IDENT)
                self.state = 177
                localctx.wrap = self.match(StapParser.T__33)
                self.state = 178
                self.match(StapParser.T__31)
                self.state = 179
                self.match(StapParser.INT)
                self.state = 180
                self.match(StapParser.T__32)
                self.state = 183
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==3:
                    self.state = 181
                    self.match(StapParser.T__2)
                    self.state = 182
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
        self.enterRule(localctx, 26, self.RULE_literal)
        self._la = 0 # Token type
        try:
            self.state = 192
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [70]:
                self.enterOuterAlt(localctx, 1)
                self.state = 187
                self.match(StapParser.STRING)
                pass
            elif token in [31, 71]:
                self.enterOuterAlt(localctx, 2)
                self.state = 189
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==31:
                    self.state = 188
                    self.match(StapParser.T__30)


                self.state = 191
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
        self.enterRule(localctx, 28, self.RULE_functionDecl)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 195
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==30:
                self.state = 194
                self.match(StapParser.T__29)


            self.state = 197
            self.match(StapParser.T__15)
            self.state = 198
            self.match(StapParser.IDENT)
            self.state = 201
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==35:
                self.state = 199
                self.match(StapParser.T__34)
                self.state = 200
                self.typeName()


            self.state = 203
            self.match(StapParser.T__9)
            self.state = 212
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==76:
                self.state = 204
                self.param()
                self.state = 209
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 205
                    self.match(StapParser.T__4)
                    self.state = 206
                    self.param()
                    self.state = 211
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)



            self.state = 214
            self.match(StapParser.T__10)
            self.state = 217
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==35:
                self.state = 215
                self.match(StapParser.T__34)
                self.state = 216
                self.typeName()


            self.state = 221
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [12]:
                self.state = 219
                self.block()
                pass
            elif token in [69]:
                self.state = 220
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
        self.enterRule(localctx, 30, self.RULE_param)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 223
            self.match(StapParser.IDENT)
            self.state = 226
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==35:
                self.state = 224
                self.match(StapParser.T__34)
                self.state = 225
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
        self.enterRule(localctx, 32, self.RULE_typeName)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 228
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
        self.enterRule(localctx, 34, self.RULE_block)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 230
            self.match(StapParser.T__11)
            self.state = 234
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 1037758404354) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
                self.state = 231
                self.statement()
                self.state = 236
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 237
            self.match(StapParser.T__12)
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
        self.enterRule(localctx, 36, self.RULE_statement)
        self._la = 0 # Token type
        try:
            self.state = 316
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,44,self._ctx)
            if la_ == 1:
                localctx = StapParser.BlockStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 239
                self.block()
                pass

            elif la_ == 2:
                localctx = StapParser.EmptyStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 240
                self.match(StapParser.T__0)
                pass

            elif la_ == 3:
                localctx = StapParser.IfStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 241
                self.match(StapParser.T__8)
                self.state = 242
                self.match(StapParser.T__9)
                self.state = 243
                self.expr(0)
                self.state = 244
                self.match(StapParser.T__10)
                self.state = 245
                self.statement()
                self.state = 248
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,32,self._ctx)
                if la_ == 1:
                    self.state = 246
                    self.match(StapParser.T__17)
                    self.state = 247
                    self.statement()


                pass

            elif la_ == 4:
                localctx = StapParser.WhileStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 250
                self.match(StapParser.T__18)
                self.state = 251
                self.match(StapParser.T__9)
                self.state = 252
                self.expr(0)
                self.state = 253
                self.match(StapParser.T__10)
                self.state = 254
                self.statement()
                pass

            elif la_ == 5:
                localctx = StapParser.ForStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 256
                self.match(StapParser.T__19)
                self.state = 257
                self.match(StapParser.T__9)
                self.state = 259
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1037234603264) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
                    self.state = 258
                    localctx.init = self.expr(0)


                self.state = 261
                self.match(StapParser.T__0)
                self.state = 263
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1037234603264) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
                    self.state = 262
                    localctx.cond = self.expr(0)


                self.state = 265
                self.match(StapParser.T__0)
                self.state = 267
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1037234603264) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
                    self.state = 266
                    localctx.step = self.expr(0)


                self.state = 269
                self.match(StapParser.T__10)
                self.state = 270
                self.statement()
                pass

            elif la_ == 6:
                localctx = StapParser.ForeachStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 271
                self.match(StapParser.T__20)
                self.state = 272
                self.match(StapParser.T__9)
                self.state = 273
                self.foreachHead()
                self.state = 274
                self.match(StapParser.T__10)
                self.state = 275
                self.statement()
                pass

            elif la_ == 7:
                localctx = StapParser.BreakStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 277
                self.match(StapParser.T__23)
                self.state = 279
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,36,self._ctx)
                if la_ == 1:
                    self.state = 278
                    self.match(StapParser.T__0)


                pass

            elif la_ == 8:
                localctx = StapParser.ContinueStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 281
                self.match(StapParser.T__24)
                self.state = 283
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,37,self._ctx)
                if la_ == 1:
                    self.state = 282
                    self.match(StapParser.T__0)


                pass

            elif la_ == 9:
                localctx = StapParser.NextStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 285
                self.match(StapParser.T__25)
                self.state = 287
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,38,self._ctx)
                if la_ == 1:
                    self.state = 286
                    self.match(StapParser.T__0)


                pass

            elif la_ == 10:
                localctx = StapParser.ReturnStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 10)
                self.state = 289
                self.match(StapParser.T__14)
                self.state = 291
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,39,self._ctx)
                if la_ == 1:
                    self.state = 290
                    self.expr(0)


                self.state = 294
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,40,self._ctx)
                if la_ == 1:
                    self.state = 293
                    self.match(StapParser.T__0)


                pass

            elif la_ == 11:
                localctx = StapParser.DeleteStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 11)
                self.state = 296
                self.match(StapParser.T__26)
                self.state = 297
                self.expr(0)
                self.state = 299
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,41,self._ctx)
                if la_ == 1:
                    self.state = 298
                    self.match(StapParser.T__0)


                pass

            elif la_ == 12:
                localctx = StapParser.TryStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 12)
                self.state = 301
                self.match(StapParser.T__27)
                self.state = 302
                self.block()
                self.state = 303
                self.match(StapParser.T__28)
                self.state = 307
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==10:
                    self.state = 304
                    self.match(StapParser.T__9)
                    self.state = 305
                    self.match(StapParser.IDENT)
                    self.state = 306
                    self.match(StapParser.T__10)


                self.state = 309
                self.block()
                pass

            elif la_ == 13:
                localctx = StapParser.EmbeddedStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 13)
                self.state = 311
                self.match(StapParser.EMBEDDED)
                pass

            elif la_ == 14:
                localctx = StapParser.ExprStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 14)
                self.state = 312
                self.expr(0)
                self.state = 314
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,43,self._ctx)
                if la_ == 1:
                    self.state = 313
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
        self.enterRule(localctx, 38, self.RULE_foreachHead)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 323
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,46,self._ctx)
            if la_ == 1:
                self.state = 318
                localctx.value = self.match(StapParser.IDENT)
                self.state = 320
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==31 or _la==36:
                    self.state = 319
                    localctx.valueSort = self._input.LT(1)
                    _la = self._input.LA(1)
                    if not(_la==31 or _la==36):
                        localctx.valueSort = self._errHandler.recoverInline(self)
                    else:
                        self._errHandler.reportMatch(self)
                        self.consume()


                self.state = 322
                self.match(StapParser.T__2)


            self.state = 325
            self.foreachKeys()
            self.state = 326
            self.match(StapParser.T__21)
            self.state = 327
            localctx.array = self.match(StapParser.IDENT)
            self.state = 332
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if ((((_la - 31)) & ~0x3f) == 0 and ((1 << (_la - 31)) & 17592186044449) != 0):
                self.state = 329
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 328
                    localctx.statOp = self.match(StapParser.AT_IDENT)


                self.state = 331
                localctx.arraySort = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==31 or _la==36):
                    localctx.arraySort = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()


            self.state = 336
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==23:
                self.state = 334
                self.match(StapParser.T__22)
                self.state = 335
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
        self.enterRule(localctx, 40, self.RULE_foreachKeys)
        self._la = 0 # Token type
        try:
            self.state = 350
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [32]:
                self.enterOuterAlt(localctx, 1)
                self.state = 338
                self.match(StapParser.T__31)
                self.state = 339
                self.foreachKey()
                self.state = 344
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 340
                    self.match(StapParser.T__4)
                    self.state = 341
                    self.foreachKey()
                    self.state = 346
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 347
                self.match(StapParser.T__32)
                pass
            elif token in [76]:
                self.enterOuterAlt(localctx, 2)
                self.state = 349
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
        self.enterRule(localctx, 42, self.RULE_foreachKey)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 352
            self.match(StapParser.IDENT)
            self.state = 354
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==31 or _la==36:
                self.state = 353
                localctx.sort = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==31 or _la==36):
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
        _startState = 44
        self.enterRecursionRule(localctx, 44, self.RULE_expr, _p)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 375
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [10, 69, 70, 71, 72, 73, 74, 75, 76]:
                localctx = StapParser.PrimaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx

                self.state = 357
                self.primary()
                pass
            elif token in [37, 38]:
                localctx = StapParser.PreIncDecExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 358
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==37 or _la==38):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 359
                self.expr(17)
                pass
            elif token in [8, 31, 36, 39]:
                localctx = StapParser.UnaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 360
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 620622774528) != 0)):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 361
                self.expr(16)
                pass
            elif token in [32]:
                localctx = StapParser.InTupleExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 362
                self.match(StapParser.T__31)
                self.state = 363
                self.expr(0)
                self.state = 368
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 364
                    self.match(StapParser.T__4)
                    self.state = 365
                    self.expr(0)
                    self.state = 370
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 371
                self.match(StapParser.T__32)
                self.state = 372
                self.match(StapParser.T__21)
                self.state = 373
                self.match(StapParser.IDENT)
                pass
            else:
                raise NoViableAltException(self)

            self._ctx.stop = self._input.LT(-1)
            self.state = 426
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,56,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    self.state = 424
                    self._errHandler.sync(self)
                    la_ = self._interp.adaptivePredict(self._input,55,self._ctx)
                    if la_ == 1:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 377
                        if not self.precpred(self._ctx, 15):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 15)")
                        self.state = 378
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 1116691513344) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 379
                        self.expr(16)
                        pass

                    elif la_ == 2:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 380
                        if not self.precpred(self._ctx, 14):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 14)")
                        self.state = 381
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==31 or _la==36):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 382
                        self.expr(15)
                        pass

                    elif la_ == 3:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 383
                        if not self.precpred(self._ctx, 13):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 13)")
                        self.state = 384
                        localctx.op = self.match(StapParser.T__5)
                        self.state = 385
                        self.expr(14)
                        pass

                    elif la_ == 4:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 386
                        if not self.precpred(self._ctx, 12):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 12)")
                        self.state = 387
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==41 or _la==42):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 388
                        self.expr(13)
                        pass

                    elif la_ == 5:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 389
                        if not self.precpred(self._ctx, 11):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 11)")
                        self.state = 390
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 554153860399104) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 391
                        self.expr(12)
                        pass

                    elif la_ == 6:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 392
                        if not self.precpred(self._ctx, 7):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 7)")
                        self.state = 393
                        localctx.op = self.match(StapParser.T__50)
                        self.state = 394
                        self.expr(8)
                        pass

                    elif la_ == 7:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 395
                        if not self.precpred(self._ctx, 6):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 6)")
                        self.state = 396
                        localctx.op = self.match(StapParser.T__51)
                        self.state = 397
                        self.expr(7)
                        pass

                    elif la_ == 8:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 398
                        if not self.precpred(self._ctx, 5):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 5)")
                        self.state = 399
                        localctx.op = self.match(StapParser.T__52)
                        self.state = 400
                        self.expr(6)
                        pass

                    elif la_ == 9:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 401
                        if not self.precpred(self._ctx, 4):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 4)")
                        self.state = 402
                        localctx.op = self.match(StapParser.T__53)
                        self.state = 403
                        self.expr(5)
                        pass

                    elif la_ == 10:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 404
                        if not self.precpred(self._ctx, 3):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 3)")
                        self.state = 405
                        localctx.op = self.match(StapParser.T__54)
                        self.state = 406
                        self.expr(4)
                        pass

                    elif la_ == 11:
                        localctx = StapParser.TernaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 407
                        if not self.precpred(self._ctx, 2):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                        self.state = 408
                        self.match(StapParser.T__6)
                        self.state = 409
                        self.expr(0)
                        self.state = 410
                        self.match(StapParser.T__34)
                        self.state = 411
                        self.expr(2)
                        pass

                    elif la_ == 12:
                        localctx = StapParser.AssignExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 413
                        if not self.precpred(self._ctx, 1):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 1)")
                        self.state = 414
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(((((_la - 3)) & ~0x3f) == 0 and ((1 << (_la - 3)) & -9007199254740989) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 415
                        self.expr(1)
                        pass

                    elif la_ == 13:
                        localctx = StapParser.PostIncDecExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 416
                        if not self.precpred(self._ctx, 18):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 18)")
                        self.state = 417
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
                        self.state = 418
                        if not self.precpred(self._ctx, 10):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 10)")
                        self.state = 419
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==49 or _la==50):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 420
                        self.match(StapParser.STRING)
                        pass

                    elif la_ == 15:
                        localctx = StapParser.InExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 421
                        if not self.precpred(self._ctx, 9):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 9)")
                        self.state = 422
                        self.match(StapParser.T__21)
                        self.state = 423
                        self.match(StapParser.IDENT)
                        pass

             
                self.state = 428
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,56,self._ctx)

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
        self.enterRule(localctx, 46, self.RULE_primary)
        self._la = 0 # Token type
        try:
            self.state = 490
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,64,self._ctx)
            if la_ == 1:
                localctx = StapParser.IntLitContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 429
                self.match(StapParser.INT)
                pass

            elif la_ == 2:
                localctx = StapParser.StrLitContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 430
                self.match(StapParser.STRING)
                pass

            elif la_ == 3:
                localctx = StapParser.ParenExprContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 431
                self.match(StapParser.T__9)
                self.state = 432
                self.expr(0)
                self.state = 433
                self.match(StapParser.T__10)
                pass

            elif la_ == 4:
                localctx = StapParser.CallExprContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 435
                self.match(StapParser.IDENT)
                self.state = 436
                self.match(StapParser.T__9)
                self.state = 445
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1037234603264) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
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
                pass

            elif la_ == 5:
                localctx = StapParser.IndexExprContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 448
                self.match(StapParser.IDENT)
                self.state = 449
                self.match(StapParser.T__31)
                self.state = 450
                self.expr(0)
                self.state = 455
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 451
                    self.match(StapParser.T__4)
                    self.state = 452
                    self.expr(0)
                    self.state = 457
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 458
                self.match(StapParser.T__32)
                pass

            elif la_ == 6:
                localctx = StapParser.NameExprContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 460
                self.match(StapParser.IDENT)
                pass

            elif la_ == 7:
                localctx = StapParser.AtExprContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 461
                self.match(StapParser.AT_IDENT)
                self.state = 462
                self.match(StapParser.T__9)
                self.state = 471
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1037234603264) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
                    self.state = 463
                    self.expr(0)
                    self.state = 468
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    while _la==5:
                        self.state = 464
                        self.match(StapParser.T__4)
                        self.state = 465
                        self.expr(0)
                        self.state = 470
                        self._errHandler.sync(self)
                        _la = self._input.LA(1)



                self.state = 473
                self.match(StapParser.T__10)
                self.state = 477
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,62,self._ctx)
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt==1:
                        self.state = 474
                        self.targetSuffix() 
                    self.state = 479
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,62,self._ctx)

                pass

            elif la_ == 8:
                localctx = StapParser.TargetExprContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 480
                self.match(StapParser.TARGET_VAR)
                self.state = 484
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,63,self._ctx)
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt==1:
                        self.state = 481
                        self.targetSuffix() 
                    self.state = 486
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,63,self._ctx)

                pass

            elif la_ == 9:
                localctx = StapParser.PosNumExprContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 487
                self.match(StapParser.POS_NUM)
                pass

            elif la_ == 10:
                localctx = StapParser.PosStrExprContext(self, localctx)
                self.enterOuterAlt(localctx, 10)
                self.state = 488
                self.match(StapParser.POS_STR)
                pass

            elif la_ == 11:
                localctx = StapParser.EmbeddedExprContext(self, localctx)
                self.enterOuterAlt(localctx, 11)
                self.state = 489
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
        self.enterRule(localctx, 48, self.RULE_targetSuffix)
        try:
            self.state = 499
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [67]:
                self.enterOuterAlt(localctx, 1)
                self.state = 492
                self.match(StapParser.T__66)
                self.state = 493
                self.match(StapParser.IDENT)
                pass
            elif token in [32]:
                self.enterOuterAlt(localctx, 2)
                self.state = 494
                self.match(StapParser.T__31)
                self.state = 495
                self.expr(0)
                self.state = 496
                self.match(StapParser.T__32)
                pass
            elif token in [68]:
                self.enterOuterAlt(localctx, 3)
                self.state = 498
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
        self._predicates[22] = self.expr_sempred
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
         




