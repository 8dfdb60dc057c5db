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
        4,1,84,537,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,7,
        6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,13,
        2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,20,
        7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,2,25,7,25,2,26,7,26,
        2,27,7,27,1,0,5,0,58,8,0,10,0,12,0,61,9,0,1,0,1,0,1,1,1,1,1,1,1,
        1,1,1,3,1,70,8,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,3,2,82,
        8,2,1,3,1,3,1,3,5,3,87,8,3,10,3,12,3,90,9,3,1,4,1,4,1,4,5,4,95,8,
        4,10,4,12,4,98,9,4,1,4,3,4,101,8,4,1,4,1,4,1,4,1,4,1,4,3,4,108,8,
        4,1,5,1,5,1,5,1,5,1,5,5,5,115,8,5,10,5,12,5,118,9,5,1,5,1,5,3,5,
        122,8,5,1,6,1,6,1,6,5,6,127,8,6,10,6,12,6,130,9,6,1,7,1,7,1,7,1,
        7,1,7,3,7,137,8,7,1,8,4,8,140,8,8,11,8,12,8,141,1,8,3,8,145,8,8,
        1,9,1,9,1,10,4,10,150,8,10,11,10,12,10,151,1,10,3,10,155,8,10,1,
        10,1,10,1,10,3,10,160,8,10,1,11,3,11,163,8,11,1,11,1,11,1,11,1,11,
        5,11,169,8,11,10,11,12,11,172,9,11,1,12,1,12,1,12,1,12,3,12,178,
        8,12,1,12,3,12,181,8,12,1,12,1,12,3,12,185,8,12,1,12,1,12,1,12,1,
        12,1,12,1,12,1,12,3,12,194,8,12,3,12,196,8,12,1,13,4,13,199,8,13,
        11,13,12,13,200,1,13,3,13,204,8,13,1,13,3,13,207,8,13,1,14,3,14,
        210,8,14,1,14,1,14,1,14,1,14,3,14,216,8,14,1,14,1,14,1,14,1,14,5,
        14,222,8,14,10,14,12,14,225,9,14,3,14,227,8,14,1,14,1,14,1,14,3,
        14,232,8,14,1,14,1,14,3,14,236,8,14,1,15,1,15,1,15,3,15,241,8,15,
        1,16,1,16,1,17,1,17,5,17,247,8,17,10,17,12,17,250,9,17,1,17,1,17,
        1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,3,18,263,8,18,1,18,
        1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,3,18,274,8,18,1,18,1,18,
        3,18,278,8,18,1,18,1,18,3,18,282,8,18,1,18,1,18,1,18,1,18,1,18,1,
        18,1,18,1,18,1,18,1,18,3,18,294,8,18,1,18,1,18,3,18,298,8,18,1,18,
        1,18,3,18,302,8,18,1,18,1,18,3,18,306,8,18,1,18,3,18,309,8,18,1,
        18,1,18,1,18,3,18,314,8,18,1,18,1,18,1,18,1,18,1,18,1,18,3,18,322,
        8,18,1,18,1,18,1,18,1,18,1,18,3,18,329,8,18,3,18,331,8,18,1,19,1,
        19,3,19,335,8,19,1,19,3,19,338,8,19,1,19,1,19,1,19,1,19,3,19,344,
        8,19,1,19,3,19,347,8,19,1,19,1,19,3,19,351,8,19,1,20,1,20,1,20,1,
        20,5,20,357,8,20,10,20,12,20,360,9,20,1,20,1,20,1,20,3,20,365,8,
        20,1,21,1,21,3,21,369,8,21,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,
        22,1,22,1,22,1,22,1,22,5,22,383,8,22,10,22,12,22,386,9,22,1,22,1,
        22,1,22,1,22,3,22,392,8,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,
        22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,
        22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,
        22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,
        22,1,22,1,22,5,22,443,8,22,10,22,12,22,446,9,22,1,23,1,23,1,24,1,
        24,4,24,452,8,24,11,24,12,24,453,1,24,1,24,1,24,1,24,1,24,1,24,1,
        24,1,24,1,24,5,24,465,8,24,10,24,12,24,468,9,24,3,24,470,8,24,1,
        24,1,24,1,24,1,24,1,24,1,24,5,24,478,8,24,10,24,12,24,481,9,24,1,
        24,1,24,1,24,1,24,1,24,1,24,1,24,1,24,5,24,491,8,24,10,24,12,24,
        494,9,24,3,24,496,8,24,1,24,1,24,5,24,500,8,24,10,24,12,24,503,9,
        24,1,24,1,24,5,24,507,8,24,10,24,12,24,510,9,24,1,24,1,24,1,24,1,
        24,3,24,516,8,24,1,25,1,25,1,25,1,25,1,25,1,25,1,25,3,25,525,8,25,
        1,26,1,26,1,26,1,26,1,26,1,26,3,26,533,8,26,1,27,1,27,1,27,0,1,44,
        28,0,2,4,6,8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38,40,42,
        44,46,48,50,52,54,0,13,1,0,3,4,1,0,7,8,3,0,14,14,73,73,79,79,3,0,
        2,2,9,9,15,30,2,0,31,31,36,36,1,0,37,38,4,0,8,8,31,31,36,36,39,39,
        3,0,14,14,34,34,41,41,1,0,42,43,1,0,44,49,2,0,3,4,56,66,1,0,50,51,
        4,0,2,2,9,9,15,30,79,79,623,0,59,1,0,0,0,2,69,1,0,0,0,4,81,1,0,0,
        0,6,83,1,0,0,0,8,91,1,0,0,0,10,121,1,0,0,0,12,123,1,0,0,0,14,131,
        1,0,0,0,16,144,1,0,0,0,18,146,1,0,0,0,20,159,1,0,0,0,22,162,1,0,
        0,0,24,195,1,0,0,0,26,206,1,0,0,0,28,209,1,0,0,0,30,237,1,0,0,0,
        32,242,1,0,0,0,34,244,1,0,0,0,36,330,1,0,0,0,38,337,1,0,0,0,40,364,
        1,0,0,0,42,366,1,0,0,0,44,391,1,0,0,0,46,447,1,0,0,0,48,515,1,0,
        0,0,50,524,1,0,0,0,52,532,1,0,0,0,54,534,1,0,0,0,56,58,3,2,1,0,57,
        56,1,0,0,0,58,61,1,0,0,0,59,57,1,0,0,0,59,60,1,0,0,0,60,62,1,0,0,
        0,61,59,1,0,0,0,62,63,5,0,0,1,63,1,1,0,0,0,64,70,3,4,2,0,65,70,3,
        22,11,0,66,70,3,28,14,0,67,70,5,69,0,0,68,70,5,1,0,0,69,64,1,0,0,
        0,69,65,1,0,0,0,69,66,1,0,0,0,69,67,1,0,0,0,69,68,1,0,0,0,70,3,1,
        0,0,0,71,72,5,2,0,0,72,73,3,8,4,0,73,74,7,0,0,0,74,75,3,6,3,0,75,
        76,3,34,17,0,76,82,1,0,0,0,77,78,5,2,0,0,78,79,3,6,3,0,79,80,3,34,
        17,0,80,82,1,0,0,0,81,71,1,0,0,0,81,77,1,0,0,0,82,5,1,0,0,0,83,88,
        3,8,4,0,84,85,5,5,0,0,85,87,3,8,4,0,86,84,1,0,0,0,87,90,1,0,0,0,
        88,86,1,0,0,0,88,89,1,0,0,0,89,7,1,0,0,0,90,88,1,0,0,0,91,96,3,10,
        5,0,92,93,5,6,0,0,93,95,3,10,5,0,94,92,1,0,0,0,95,98,1,0,0,0,96,
        94,1,0,0,0,96,97,1,0,0,0,97,100,1,0,0,0,98,96,1,0,0,0,99,101,7,1,
        0,0,100,99,1,0,0,0,100,101,1,0,0,0,101,107,1,0,0,0,102,103,5,9,0,
        0,103,104,5,10,0,0,104,105,3,44,22,0,105,106,5,11,0,0,106,108,1,
        0,0,0,107,102,1,0,0,0,107,108,1,0,0,0,108,9,1,0,0,0,109,122,3,14,
        7,0,110,111,5,12,0,0,111,116,3,12,6,0,112,113,5,5,0,0,113,115,3,
        12,6,0,114,112,1,0,0,0,115,118,1,0,0,0,116,114,1,0,0,0,116,117,1,
        0,0,0,117,119,1,0,0,0,118,116,1,0,0,0,119,120,5,13,0,0,120,122,1,
        0,0,0,121,109,1,0,0,0,121,110,1,0,0,0,122,11,1,0,0,0,123,128,3,10,
        5,0,124,125,5,6,0,0,125,127,3,10,5,0,126,124,1,0,0,0,127,130,1,0,
        0,0,128,126,1,0,0,0,128,129,1,0,0,0,129,13,1,0,0,0,130,128,1,0,0,
        0,131,136,3,16,8,0,132,133,5,10,0,0,133,134,3,20,10,0,134,135,5,
        11,0,0,135,137,1,0,0,0,136,132,1,0,0,0,136,137,1,0,0,0,137,15,1,
        0,0,0,138,140,7,2,0,0,139,138,1,0,0,0,140,141,1,0,0,0,141,139,1,
        0,0,0,141,142,1,0,0,0,142,145,1,0,0,0,143,145,3,18,9,0,144,139,1,
        0,0,0,144,143,1,0,0,0,145,17,1,0,0,0,146,147,7,3,0,0,147,19,1,0,
        0,0,148,150,5,70,0,0,149,148,1,0,0,0,150,151,1,0,0,0,151,149,1,0,
        0,0,151,152,1,0,0,0,152,160,1,0,0,0,153,155,5,31,0,0,154,153,1,0,
        0,0,154,155,1,0,0,0,155,156,1,0,0,0,156,160,5,73,0,0,157,160,5,75,
        0,0,158,160,5,76,0,0,159,149,1,0,0,0,159,154,1,0,0,0,159,157,1,0,
        0,0,159,158,1,0,0,0,160,21,1,0,0,0,161,163,5,30,0,0,162,161,1,0,
        0,0,162,163,1,0,0,0,163,164,1,0,0,0,164,165,5,17,0,0,165,170,3,24,
        12,0,166,167,5,5,0,0,167,169,3,24,12,0,168,166,1,0,0,0,169,172,1,
        0,0,0,170,168,1,0,0,0,170,171,1,0,0,0,171,23,1,0,0,0,172,170,1,0,
        0,0,173,177,5,79,0,0,174,175,5,32,0,0,175,176,5,73,0,0,176,178,5,
        33,0,0,177,174,1,0,0,0,177,178,1,0,0,0,178,180,1,0,0,0,179,181,5,
        34,0,0,180,179,1,0,0,0,180,181,1,0,0,0,181,184,1,0,0,0,182,183,5,
        3,0,0,183,185,3,26,13,0,184,182,1,0,0,0,184,185,1,0,0,0,185,196,
        1,0,0,0,186,187,5,79,0,0,187,188,5,34,0,0,188,189,5,32,0,0,189,190,
        5,73,0,0,190,193,5,33,0,0,191,192,5,3,0,0,192,194,3,26,13,0,193,
        191,1,0,0,0,193,194,1,0,0,0,194,196,1,0,0,0,195,173,1,0,0,0,195,
        186,1,0,0,0,196,25,1,0,0,0,197,199,5,70,0,0,198,197,1,0,0,0,199,
        200,1,0,0,0,200,198,1,0,0,0,200,201,1,0,0,0,201,207,1,0,0,0,202,
        204,5,31,0,0,203,202,1,0,0,0,203,204,1,0,0,0,204,205,1,0,0,0,205,
        207,5,73,0,0,206,198,1,0,0,0,206,203,1,0,0,0,207,27,1,0,0,0,208,
        210,5,30,0,0,209,208,1,0,0,0,209,210,1,0,0,0,210,211,1,0,0,0,211,
        212,5,16,0,0,212,215,5,79,0,0,213,214,5,35,0,0,214,216,3,32,16,0,
        215,213,1,0,0,0,215,216,1,0,0,0,216,217,1,0,0,0,217,226,5,10,0,0,
        218,223,3,30,15,0,219,220,5,5,0,0,220,222,3,30,15,0,221,219,1,0,
        0,0,222,225,1,0,0,0,223,221,1,0,0,0,223,224,1,0,0,0,224,227,1,0,
        0,0,225,223,1,0,0,0,226,218,1,0,0,0,226,227,1,0,0,0,227,228,1,0,
        0,0,228,231,5,11,0,0,229,230,5,35,0,0,230,232,3,32,16,0,231,229,
        1,0,0,0,231,232,1,0,0,0,232,235,1,0,0,0,233,236,3,34,17,0,234,236,
        5,69,0,0,235,233,1,0,0,0,235,234,1,0,0,0,236,29,1,0,0,0,237,240,
        5,79,0,0,238,239,5,35,0,0,239,241,3,32,16,0,240,238,1,0,0,0,240,
        241,1,0,0,0,241,31,1,0,0,0,242,243,5,79,0,0,243,33,1,0,0,0,244,248,
        5,12,0,0,245,247,3,36,18,0,246,245,1,0,0,0,247,250,1,0,0,0,248,246,
        1,0,0,0,248,249,1,0,0,0,249,251,1,0,0,0,250,248,1,0,0,0,251,252,
        5,13,0,0,252,35,1,0,0,0,253,331,3,34,17,0,254,331,5,1,0,0,255,256,
        5,9,0,0,256,257,5,10,0,0,257,258,3,44,22,0,258,259,5,11,0,0,259,
        262,3,36,18,0,260,261,5,18,0,0,261,263,3,36,18,0,262,260,1,0,0,0,
        262,263,1,0,0,0,263,331,1,0,0,0,264,265,5,19,0,0,265,266,5,10,0,
        0,266,267,3,44,22,0,267,268,5,11,0,0,268,269,3,36,18,0,269,331,1,
        0,0,0,270,271,5,20,0,0,271,273,5,10,0,0,272,274,3,44,22,0,273,272,
        1,0,0,0,273,274,1,0,0,0,274,275,1,0,0,0,275,277,5,1,0,0,276,278,
        3,44,22,0,277,276,1,0,0,0,277,278,1,0,0,0,278,279,1,0,0,0,279,281,
        5,1,0,0,280,282,3,44,22,0,281,280,1,0,0,0,281,282,1,0,0,0,282,283,
        1,0,0,0,283,284,5,11,0,0,284,331,3,36,18,0,285,286,5,21,0,0,286,
        287,5,10,0,0,287,288,3,38,19,0,288,289,5,11,0,0,289,290,3,36,18,
        0,290,331,1,0,0,0,291,293,5,24,0,0,292,294,5,1,0,0,293,292,1,0,0,
        0,293,294,1,0,0,0,294,331,1,0,0,0,295,297,5,25,0,0,296,298,5,1,0,
        0,297,296,1,0,0,0,297,298,1,0,0,0,298,331,1,0,0,0,299,301,5,26,0,
        0,300,302,5,1,0,0,301,300,1,0,0,0,301,302,1,0,0,0,302,331,1,0,0,
        0,303,305,5,15,0,0,304,306,3,44,22,0,305,304,1,0,0,0,305,306,1,0,
        0,0,306,308,1,0,0,0,307,309,5,1,0,0,308,307,1,0,0,0,308,309,1,0,
        0,0,309,331,1,0,0,0,310,311,5,27,0,0,311,313,3,44,22,0,312,314,5,
        1,0,0,313,312,1,0,0,0,313,314,1,0,0,0,314,331,1,0,0,0,315,316,5,
        28,0,0,316,317,3,34,17,0,317,321,5,29,0,0,318,319,5,10,0,0,319,320,
        5,79,0,0,320,322,5,11,0,0,321,318,1,0,0,0,321,322,1,0,0,0,322,323,
        1,0,0,0,323,324,3,34,17,0,324,331,1,0,0,0,325,331,5,69,0,0,326,328,
        3,44,22,0,327,329,5,1,0,0,328,327,1,0,0,0,328,329,1,0,0,0,329,331,
        1,0,0,0,330,253,1,0,0,0,330,254,1,0,0,0,330,255,1,0,0,0,330,264,
        1,0,0,0,330,270,1,0,0,0,330,285,1,0,0,0,330,291,1,0,0,0,330,295,
        1,0,0,0,330,299,1,0,0,0,330,303,1,0,0,0,330,310,1,0,0,0,330,315,
        1,0,0,0,330,325,1,0,0,0,330,326,1,0,0,0,331,37,1,0,0,0,332,334,5,
        79,0,0,333,335,7,4,0,0,334,333,1,0,0,0,334,335,1,0,0,0,335,336,1,
        0,0,0,336,338,5,3,0,0,337,332,1,0,0,0,337,338,1,0,0,0,338,339,1,
        0,0,0,339,340,3,40,20,0,340,341,5,22,0,0,341,346,5,79,0,0,342,344,
        5,78,0,0,343,342,1,0,0,0,343,344,1,0,0,0,344,345,1,0,0,0,345,347,
        7,4,0,0,346,343,1,0,0,0,346,347,1,0,0,0,347,350,1,0,0,0,348,349,
        5,23,0,0,349,351,3,44,22,0,350,348,1,0,0,0,350,351,1,0,0,0,351,39,
        1,0,0,0,352,353,5,32,0,0,353,358,3,42,21,0,354,355,5,5,0,0,355,357,
        3,42,21,0,356,354,1,0,0,0,357,360,1,0,0,0,358,356,1,0,0,0,358,359,
        1,0,0,0,359,361,1,0,0,0,360,358,1,0,0,0,361,362,5,33,0,0,362,365,
        1,0,0,0,363,365,3,42,21,0,364,352,1,0,0,0,364,363,1,0,0,0,365,41,
        1,0,0,0,366,368,5,79,0,0,367,369,7,4,0,0,368,367,1,0,0,0,368,369,
        1,0,0,0,369,43,1,0,0,0,370,371,6,22,-1,0,371,392,3,48,24,0,372,373,
        7,5,0,0,373,392,3,44,22,18,374,375,7,6,0,0,375,392,3,44,22,17,376,
        377,5,40,0,0,377,392,3,44,22,16,378,379,5,32,0,0,379,384,3,44,22,
        0,380,381,5,5,0,0,381,383,3,44,22,0,382,380,1,0,0,0,383,386,1,0,
        0,0,384,382,1,0,0,0,384,385,1,0,0,0,385,387,1,0,0,0,386,384,1,0,
        0,0,387,388,5,33,0,0,388,389,5,22,0,0,389,390,5,79,0,0,390,392,1,
        0,0,0,391,370,1,0,0,0,391,372,1,0,0,0,391,374,1,0,0,0,391,376,1,
        0,0,0,391,378,1,0,0,0,392,444,1,0,0,0,393,394,10,15,0,0,394,395,
        7,7,0,0,395,443,3,44,22,16,396,397,10,14,0,0,397,398,7,4,0,0,398,
        443,3,44,22,15,399,400,10,13,0,0,400,401,5,6,0,0,401,443,3,44,22,
        14,402,403,10,12,0,0,403,404,7,8,0,0,404,443,3,44,22,13,405,406,
        10,11,0,0,406,407,7,9,0,0,407,443,3,44,22,12,408,409,10,7,0,0,409,
        410,5,40,0,0,410,443,3,44,22,8,411,412,10,6,0,0,412,413,5,52,0,0,
        413,443,3,44,22,7,414,415,10,5,0,0,415,416,5,53,0,0,416,443,3,44,
        22,6,417,418,10,4,0,0,418,419,5,54,0,0,419,443,3,44,22,5,420,421,
        10,3,0,0,421,422,5,55,0,0,422,443,3,44,22,4,423,424,10,1,0,0,424,
        425,7,10,0,0,425,443,3,44,22,1,426,427,10,20,0,0,427,443,3,52,26,
        0,428,429,10,19,0,0,429,443,7,5,0,0,430,431,10,10,0,0,431,432,7,
        11,0,0,432,443,5,70,0,0,433,434,10,9,0,0,434,435,5,22,0,0,435,443,
        5,79,0,0,436,437,10,2,0,0,437,438,5,7,0,0,438,439,3,44,22,0,439,
        440,5,35,0,0,440,441,3,46,23,0,441,443,1,0,0,0,442,393,1,0,0,0,442,
        396,1,0,0,0,442,399,1,0,0,0,442,402,1,0,0,0,442,405,1,0,0,0,442,
        408,1,0,0,0,442,411,1,0,0,0,442,414,1,0,0,0,442,417,1,0,0,0,442,
        420,1,0,0,0,442,423,1,0,0,0,442,426,1,0,0,0,442,428,1,0,0,0,442,
        430,1,0,0,0,442,433,1,0,0,0,442,436,1,0,0,0,443,446,1,0,0,0,444,
        442,1,0,0,0,444,445,1,0,0,0,445,45,1,0,0,0,446,444,1,0,0,0,447,448,
        3,44,22,0,448,47,1,0,0,0,449,516,5,73,0,0,450,452,5,70,0,0,451,450,
        1,0,0,0,452,453,1,0,0,0,453,451,1,0,0,0,453,454,1,0,0,0,454,516,
        1,0,0,0,455,456,5,10,0,0,456,457,3,44,22,0,457,458,5,11,0,0,458,
        516,1,0,0,0,459,460,5,79,0,0,460,469,5,10,0,0,461,466,3,44,22,0,
        462,463,5,5,0,0,463,465,3,44,22,0,464,462,1,0,0,0,465,468,1,0,0,
        0,466,464,1,0,0,0,466,467,1,0,0,0,467,470,1,0,0,0,468,466,1,0,0,
        0,469,461,1,0,0,0,469,470,1,0,0,0,470,471,1,0,0,0,471,516,5,11,0,
        0,472,473,5,79,0,0,473,474,5,32,0,0,474,479,3,44,22,0,475,476,5,
        5,0,0,476,478,3,44,22,0,477,475,1,0,0,0,478,481,1,0,0,0,479,477,
        1,0,0,0,479,480,1,0,0,0,480,482,1,0,0,0,481,479,1,0,0,0,482,483,
        5,33,0,0,483,516,1,0,0,0,484,516,5,79,0,0,485,486,5,78,0,0,486,495,
        5,10,0,0,487,492,3,44,22,0,488,489,5,5,0,0,489,491,3,44,22,0,490,
        488,1,0,0,0,491,494,1,0,0,0,492,490,1,0,0,0,492,493,1,0,0,0,493,
        496,1,0,0,0,494,492,1,0,0,0,495,487,1,0,0,0,495,496,1,0,0,0,496,
        497,1,0,0,0,497,501,5,11,0,0,498,500,3,50,25,0,499,498,1,0,0,0,500,
        503,1,0,0,0,501,499,1,0,0,0,501,502,1,0,0,0,502,516,1,0,0,0,503,
        501,1,0,0,0,504,508,5,77,0,0,505,507,3,50,25,0,506,505,1,0,0,0,507,
        510,1,0,0,0,508,506,1,0,0,0,508,509,1,0,0,0,509,516,1,0,0,0,510,
        508,1,0,0,0,511,516,5,75,0,0,512,516,5,76,0,0,513,516,5,69,0,0,514,
        516,5,14,0,0,515,449,1,0,0,0,515,451,1,0,0,0,515,455,1,0,0,0,515,
        459,1,0,0,0,515,472,1,0,0,0,515,484,1,0,0,0,515,485,1,0,0,0,515,
        504,1,0,0,0,515,511,1,0,0,0,515,512,1,0,0,0,515,513,1,0,0,0,515,
        514,1,0,0,0,516,49,1,0,0,0,517,518,5,67,0,0,518,525,3,54,27,0,519,
        520,5,32,0,0,520,521,3,44,22,0,521,522,5,33,0,0,522,525,1,0,0,0,
        523,525,5,68,0,0,524,517,1,0,0,0,524,519,1,0,0,0,524,523,1,0,0,0,
        525,51,1,0,0,0,526,527,5,67,0,0,527,533,3,54,27,0,528,529,5,32,0,
        0,529,530,3,44,22,0,530,531,5,33,0,0,531,533,1,0,0,0,532,526,1,0,
        0,0,532,528,1,0,0,0,533,53,1,0,0,0,534,535,7,12,0,0,535,55,1,0,0,
        0,70,59,69,81,88,96,100,107,116,121,128,136,141,144,151,154,159,
        162,170,177,180,184,193,195,200,203,206,209,215,223,226,231,235,
        240,248,262,273,277,281,293,297,301,305,308,313,321,328,330,334,
        337,343,346,350,358,364,368,384,391,442,444,453,466,469,479,492,
        495,501,508,515,524,532
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
                     "':'", "'+'", "'++'", "'--'", "'~'", "'&'", "'/'", 
                     "'<<'", "'>>'", "'<'", "'<='", "'>'", "'>='", "'=='", 
                     "'!='", "'=~'", "'!~'", "'^'", "'|'", "'&&'", "'||'", 
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
                      "<INVALID>", "EMBEDDED", "STRING", "UNCLOSED_STRING", 
                      "UNCLOSED_EMBEDDED", "INT", "BAD_NUMBER", "POS_NUM", 
                      "POS_STR", "TARGET_VAR", "AT_IDENT", "IDENT", "LINE_COMMENT", 
                      "BLOCK_COMMENT", "UNCLOSED_COMMENT", "WS", "JUNK" ]

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
    RULE_ternaryElse = 23
    RULE_primary = 24
    RULE_targetSuffix = 25
    RULE_memberSuffix = 26
    RULE_memberName = 27

    ruleNames =  [ "program", "topDecl", "probeDecl", "probePointList", 
                   "probePoint", "ppPart", "ppSeq", "ppComponent", "ppName", 
                   "ppKeyword", "ppArg", "globalDecl", "globalVar", "literal", 
                   "functionDecl", "param", "typeName", "block", "statement", 
                   "foreachHead", "foreachKeys", "foreachKey", "expr", "ternaryElse", 
                   "primary", "targetSuffix", "memberSuffix", "memberName" ]

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
    UNCLOSED_STRING=71
    UNCLOSED_EMBEDDED=72
    INT=73
    BAD_NUMBER=74
    POS_NUM=75
    POS_STR=76
    TARGET_VAR=77
    AT_IDENT=78
    IDENT=79
    LINE_COMMENT=80
    BLOCK_COMMENT=81
    UNCLOSED_COMMENT=82
    WS=83
    JUNK=84

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
            self.state = 59
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 1073938438) != 0) or _la==69:
                self.state = 56
                self.topDecl()
                self.state = 61
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 62
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
            self.state = 69
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,1,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 64
                self.probeDecl()
                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 65
                self.globalDecl()
                pass

            elif la_ == 3:
                self.enterOuterAlt(localctx, 3)
                self.state = 66
                self.functionDecl()
                pass

            elif la_ == 4:
                self.enterOuterAlt(localctx, 4)
                self.state = 67
                self.match(StapParser.EMBEDDED)
                pass

            elif la_ == 5:
                self.enterOuterAlt(localctx, 5)
                self.state = 68
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
            self.state = 81
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,2,self._ctx)
            if la_ == 1:
                localctx = StapParser.ProbeAliasContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 71
                self.match(StapParser.T__1)
                self.state = 72
                self.probePoint()
                self.state = 73
                localctx.aliasOp = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==3 or _la==4):
                    localctx.aliasOp = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 74
                self.probePointList()
                self.state = 75
                self.block()
                pass

            elif la_ == 2:
                localctx = StapParser.ProbeDefContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 77
                self.match(StapParser.T__1)
                self.state = 78
                self.probePointList()
                self.state = 79
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
            self.state = 83
            self.probePoint()
            self.state = 88
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==5:
                self.state = 84
                self.match(StapParser.T__4)
                self.state = 85
                self.probePoint()
                self.state = 90
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
            self.state = 91
            self.ppPart()
            self.state = 96
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==6:
                self.state = 92
                self.match(StapParser.T__5)
                self.state = 93
                self.ppPart()
                self.state = 98
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 100
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==7 or _la==8:
                self.state = 99
                localctx.suffix = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==7 or _la==8):
                    localctx.suffix = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()


            self.state = 107
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==9:
                self.state = 102
                self.match(StapParser.T__8)
                self.state = 103
                self.match(StapParser.T__9)
                self.state = 104
                self.expr(0)
                self.state = 105
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
            self.state = 121
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [2, 9, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 73, 79]:
                self.enterOuterAlt(localctx, 1)
                self.state = 109
                self.ppComponent()
                pass
            elif token in [12]:
                self.enterOuterAlt(localctx, 2)
                self.state = 110
                self.match(StapParser.T__11)
                self.state = 111
                self.ppSeq()
                self.state = 116
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 112
                    self.match(StapParser.T__4)
                    self.state = 113
                    self.ppSeq()
                    self.state = 118
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 119
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
            self.state = 123
            self.ppPart()
            self.state = 128
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==6:
                self.state = 124
                self.match(StapParser.T__5)
                self.state = 125
                self.ppPart()
                self.state = 130
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
            self.state = 131
            self.ppName()
            self.state = 136
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==10:
                self.state = 132
                self.match(StapParser.T__9)
                self.state = 133
                self.ppArg()
                self.state = 134
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
            self.state = 144
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [14, 73, 79]:
                self.enterOuterAlt(localctx, 1)
                self.state = 139 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 138
                    _la = self._input.LA(1)
                    if not(_la==14 or _la==73 or _la==79):
                        self._errHandler.recoverInline(self)
                    else:
                        self._errHandler.reportMatch(self)
                        self.consume()
                    self.state = 141 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not (_la==14 or _la==73 or _la==79):
                        break

                pass
            elif token in [2, 9, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]:
                self.enterOuterAlt(localctx, 2)
                self.state = 143
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
            self.state = 146
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

        def STRING(self, i:int=None):
            if i is None:
                return self.getTokens(StapParser.STRING)
            else:
                return self.getToken(StapParser.STRING, i)

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
            self.state = 159
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [70]:
                self.enterOuterAlt(localctx, 1)
                self.state = 149 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 148
                    self.match(StapParser.STRING)
                    self.state = 151 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not (_la==70):
                        break

                pass
            elif token in [31, 73]:
                self.enterOuterAlt(localctx, 2)
                self.state = 154
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==31:
                    self.state = 153
                    self.match(StapParser.T__30)


                self.state = 156
                self.match(StapParser.INT)
                pass
            elif token in [75]:
                self.enterOuterAlt(localctx, 3)
                self.state = 157
                self.match(StapParser.POS_NUM)
                pass
            elif token in [76]:
                self.enterOuterAlt(localctx, 4)
                self.state = 158
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
            self.state = 162
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==30:
                self.state = 161
                self.match(StapParser.T__29)


            self.state = 164
            self.match(StapParser.T__16)
            self.state = 165
            self.globalVar()
            self.state = 170
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==5:
                self.state = 166
                self.match(StapParser.T__4)
                self.state = 167
                self.globalVar()
                self.state = 172
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
            self.state = 195
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,22,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 173
                self.match(StapParser.IDENT)
                self.state = 177
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==32:
                    self.state = 174
                    self.match(StapParser.T__31)
                    self.state = 175
                    self.match(StapParser.INT)
                    self.state = 176
                    self.match(StapParser.T__32)


                self.state = 180
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==34:
                    self.state = 179
                    localctx.wrap = self.match(StapParser.T__33)


                self.state = 184
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==3:
                    self.state = 182
                    self.match(StapParser.T__2)
                    self.state = 183
                    self.literal()


                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 186
                self.match(StapParser.IDENT)
                self.state = 187
                localctx.wrap = self.match(StapParser.T__33)
                self.state = 188
                self.match(StapParser.T__31)
                self.state = 189
                self.match(StapParser.INT)
                self.state = 190
                self.match(StapParser.T__32)
                self.state = 193
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==3:
                    self.state = 191
                    self.match(StapParser.T__2)
                    self.state = 192
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

        def STRING(self, i:int=None):
            if i is None:
                return self.getTokens(StapParser.STRING)
            else:
                return self.getToken(StapParser.STRING, i)

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
            self.state = 206
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [70]:
                self.enterOuterAlt(localctx, 1)
                self.state = 198 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 197
                    self.match(StapParser.STRING)
                    self.state = 200 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not (_la==70):
                        break

                pass
            elif token in [31, 73]:
                self.enterOuterAlt(localctx, 2)
                self.state = 203
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==31:
                    self.state = 202
                    self.match(StapParser.T__30)


                self.state = 205
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
            self.state = 209
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==30:
                self.state = 208
                self.match(StapParser.T__29)


            self.state = 211
            self.match(StapParser.T__15)
            self.state = 212
            self.match(StapParser.IDENT)
            self.state = 215
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==35:
                self.state = 213
                self.match(StapParser.T__34)
                self.state = 214
                self.typeName()


            self.state = 217
            self.match(StapParser.T__9)
            self.state = 226
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==79:
                self.state = 218
                self.param()
                self.state = 223
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 219
                    self.match(StapParser.T__4)
                    self.state = 220
                    self.param()
                    self.state = 225
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)



            self.state = 228
            self.match(StapParser.T__10)
            self.state = 231
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==35:
                self.state = 229
                self.match(StapParser.T__34)
                self.state = 230
                self.typeName()


            self.state = 235
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [12]:
                self.state = 233
                self.block()
                pass
            elif token in [69]:
                self.state = 234
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
            self.state = 237
            self.match(StapParser.IDENT)
            self.state = 240
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==35:
                self.state = 238
                self.match(StapParser.T__34)
                self.state = 239
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
            self.state = 242
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
            self.state = 244
            self.match(StapParser.T__11)
            self.state = 248
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 2137270048514) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 2003) != 0):
                self.state = 245
                self.statement()
                self.state = 250
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 251
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
            self.state = 330
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,46,self._ctx)
            if la_ == 1:
                localctx = StapParser.BlockStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 253
                self.block()
                pass

            elif la_ == 2:
                localctx = StapParser.EmptyStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 254
                self.match(StapParser.T__0)
                pass

            elif la_ == 3:
                localctx = StapParser.IfStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 255
                self.match(StapParser.T__8)
                self.state = 256
                self.match(StapParser.T__9)
                self.state = 257
                self.expr(0)
                self.state = 258
                self.match(StapParser.T__10)
                self.state = 259
                self.statement()
                self.state = 262
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,34,self._ctx)
                if la_ == 1:
                    self.state = 260
                    self.match(StapParser.T__17)
                    self.state = 261
                    self.statement()


                pass

            elif la_ == 4:
                localctx = StapParser.WhileStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 264
                self.match(StapParser.T__18)
                self.state = 265
                self.match(StapParser.T__9)
                self.state = 266
                self.expr(0)
                self.state = 267
                self.match(StapParser.T__10)
                self.state = 268
                self.statement()
                pass

            elif la_ == 5:
                localctx = StapParser.ForStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 270
                self.match(StapParser.T__19)
                self.state = 271
                self.match(StapParser.T__9)
                self.state = 273
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 2136746247424) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 2003) != 0):
                    self.state = 272
                    localctx.init = self.expr(0)


                self.state = 275
                self.match(StapParser.T__0)
                self.state = 277
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 2136746247424) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 2003) != 0):
                    self.state = 276
                    localctx.cond = self.expr(0)


                self.state = 279
                self.match(StapParser.T__0)
                self.state = 281
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 2136746247424) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 2003) != 0):
                    self.state = 280
                    localctx.step = self.expr(0)


                self.state = 283
                self.match(StapParser.T__10)
                self.state = 284
                self.statement()
                pass

            elif la_ == 6:
                localctx = StapParser.ForeachStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 285
                self.match(StapParser.T__20)
                self.state = 286
                self.match(StapParser.T__9)
                self.state = 287
                self.foreachHead()
                self.state = 288
                self.match(StapParser.T__10)
                self.state = 289
                self.statement()
                pass

            elif la_ == 7:
                localctx = StapParser.BreakStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 291
                self.match(StapParser.T__23)
                self.state = 293
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,38,self._ctx)
                if la_ == 1:
                    self.state = 292
                    self.match(StapParser.T__0)


                pass

            elif la_ == 8:
                localctx = StapParser.ContinueStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 295
                self.match(StapParser.T__24)
                self.state = 297
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,39,self._ctx)
                if la_ == 1:
                    self.state = 296
                    self.match(StapParser.T__0)


                pass

            elif la_ == 9:
                localctx = StapParser.NextStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 299
                self.match(StapParser.T__25)
                self.state = 301
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,40,self._ctx)
                if la_ == 1:
                    self.state = 300
                    self.match(StapParser.T__0)


                pass

            elif la_ == 10:
                localctx = StapParser.ReturnStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 10)
                self.state = 303
                self.match(StapParser.T__14)
                self.state = 305
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,41,self._ctx)
                if la_ == 1:
                    self.state = 304
                    self.expr(0)


                self.state = 308
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,42,self._ctx)
                if la_ == 1:
                    self.state = 307
                    self.match(StapParser.T__0)


                pass

            elif la_ == 11:
                localctx = StapParser.DeleteStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 11)
                self.state = 310
                self.match(StapParser.T__26)
                self.state = 311
                self.expr(0)
                self.state = 313
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,43,self._ctx)
                if la_ == 1:
                    self.state = 312
                    self.match(StapParser.T__0)


                pass

            elif la_ == 12:
                localctx = StapParser.TryStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 12)
                self.state = 315
                self.match(StapParser.T__27)
                self.state = 316
                self.block()
                self.state = 317
                self.match(StapParser.T__28)
                self.state = 321
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==10:
                    self.state = 318
                    self.match(StapParser.T__9)
                    self.state = 319
                    self.match(StapParser.IDENT)
                    self.state = 320
                    self.match(StapParser.T__10)


                self.state = 323
                self.block()
                pass

            elif la_ == 13:
                localctx = StapParser.EmbeddedStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 13)
                self.state = 325
                self.match(StapParser.EMBEDDED)
                pass

            elif la_ == 14:
                localctx = StapParser.ExprStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 14)
                self.state = 326
                self.expr(0)
                self.state = 328
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,45,self._ctx)
                if la_ == 1:
                    self.state = 327
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
            self.state = 337
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,48,self._ctx)
            if la_ == 1:
                self.state = 332
                localctx.value = self.match(StapParser.IDENT)
                self.state = 334
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==31 or _la==36:
                    self.state = 333
                    localctx.valueSort = self._input.LT(1)
                    _la = self._input.LA(1)
                    if not(_la==31 or _la==36):
                        localctx.valueSort = self._errHandler.recoverInline(self)
                    else:
                        self._errHandler.reportMatch(self)
                        self.consume()


                self.state = 336
                self.match(StapParser.T__2)


            self.state = 339
            self.foreachKeys()
            self.state = 340
            self.match(StapParser.T__21)
            self.state = 341
            localctx.array = self.match(StapParser.IDENT)
            self.state = 346
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if ((((_la - 31)) & ~0x3f) == 0 and ((1 << (_la - 31)) & 140737488355361) != 0):
                self.state = 343
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==78:
                    self.state = 342
                    localctx.statOp = self.match(StapParser.AT_IDENT)


                self.state = 345
                localctx.arraySort = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==31 or _la==36):
                    localctx.arraySort = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()


            self.state = 350
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==23:
                self.state = 348
                self.match(StapParser.T__22)
                self.state = 349
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
            self.state = 364
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [32]:
                self.enterOuterAlt(localctx, 1)
                self.state = 352
                self.match(StapParser.T__31)
                self.state = 353
                self.foreachKey()
                self.state = 358
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 354
                    self.match(StapParser.T__4)
                    self.state = 355
                    self.foreachKey()
                    self.state = 360
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 361
                self.match(StapParser.T__32)
                pass
            elif token in [79]:
                self.enterOuterAlt(localctx, 2)
                self.state = 363
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
            self.state = 366
            self.match(StapParser.IDENT)
            self.state = 368
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==31 or _la==36:
                self.state = 367
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

        def ternaryElse(self):
            return self.getTypedRuleContext(StapParser.TernaryElseContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTernaryExpr" ):
                return visitor.visitTernaryExpr(self)
            else:
                return visitor.visitChildren(self)


    class AddrOfExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitAddrOfExpr" ):
                return visitor.visitAddrOfExpr(self)
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


    class AutocastExprContext(ExprContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.ExprContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)

        def memberSuffix(self):
            return self.getTypedRuleContext(StapParser.MemberSuffixContext,0)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitAutocastExpr" ):
                return visitor.visitAutocastExpr(self)
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
            self.state = 391
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [10, 14, 69, 70, 73, 75, 76, 77, 78, 79]:
                localctx = StapParser.PrimaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx

                self.state = 371
                self.primary()
                pass
            elif token in [37, 38]:
                localctx = StapParser.PreIncDecExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 372
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==37 or _la==38):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 373
                self.expr(18)
                pass
            elif token in [8, 31, 36, 39]:
                localctx = StapParser.UnaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 374
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 620622774528) != 0)):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 375
                self.expr(17)
                pass
            elif token in [40]:
                localctx = StapParser.AddrOfExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 376
                self.match(StapParser.T__39)
                self.state = 377
                self.expr(16)
                pass
            elif token in [32]:
                localctx = StapParser.InTupleExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 378
                self.match(StapParser.T__31)
                self.state = 379
                self.expr(0)
                self.state = 384
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 380
                    self.match(StapParser.T__4)
                    self.state = 381
                    self.expr(0)
                    self.state = 386
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 387
                self.match(StapParser.T__32)
                self.state = 388
                self.match(StapParser.T__21)
                self.state = 389
                self.match(StapParser.IDENT)
                pass
            else:
                raise NoViableAltException(self)

            self._ctx.stop = self._input.LT(-1)
            self.state = 444
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,58,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    self.state = 442
                    self._errHandler.sync(self)
                    la_ = self._interp.adaptivePredict(self._input,57,self._ctx)
                    if la_ == 1:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 393
                        if not self.precpred(self._ctx, 15):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 15)")
                        self.state = 394
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 2216203141120) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 395
                        self.expr(16)
                        pass

                    elif la_ == 2:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 396
                        if not self.precpred(self._ctx, 14):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 14)")
                        self.state = 397
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==31 or _la==36):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 398
                        self.expr(15)
                        pass

                    elif la_ == 3:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 399
                        if not self.precpred(self._ctx, 13):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 13)")
                        self.state = 400
                        localctx.op = self.match(StapParser.T__5)
                        self.state = 401
                        self.expr(14)
                        pass

                    elif la_ == 4:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 402
                        if not self.precpred(self._ctx, 12):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 12)")
                        self.state = 403
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==42 or _la==43):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 404
                        self.expr(13)
                        pass

                    elif la_ == 5:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 405
                        if not self.precpred(self._ctx, 11):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 11)")
                        self.state = 406
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 1108307720798208) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 407
                        self.expr(12)
                        pass

                    elif la_ == 6:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 408
                        if not self.precpred(self._ctx, 7):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 7)")
                        self.state = 409
                        localctx.op = self.match(StapParser.T__39)
                        self.state = 410
                        self.expr(8)
                        pass

                    elif la_ == 7:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 411
                        if not self.precpred(self._ctx, 6):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 6)")
                        self.state = 412
                        localctx.op = self.match(StapParser.T__51)
                        self.state = 413
                        self.expr(7)
                        pass

                    elif la_ == 8:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 414
                        if not self.precpred(self._ctx, 5):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 5)")
                        self.state = 415
                        localctx.op = self.match(StapParser.T__52)
                        self.state = 416
                        self.expr(6)
                        pass

                    elif la_ == 9:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 417
                        if not self.precpred(self._ctx, 4):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 4)")
                        self.state = 418
                        localctx.op = self.match(StapParser.T__53)
                        self.state = 419
                        self.expr(5)
                        pass

                    elif la_ == 10:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 420
                        if not self.precpred(self._ctx, 3):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 3)")
                        self.state = 421
                        localctx.op = self.match(StapParser.T__54)
                        self.state = 422
                        self.expr(4)
                        pass

                    elif la_ == 11:
                        localctx = StapParser.AssignExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 423
                        if not self.precpred(self._ctx, 1):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 1)")
                        self.state = 424
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(((((_la - 3)) & ~0x3f) == 0 and ((1 << (_la - 3)) & -9007199254740989) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 425
                        self.expr(1)
                        pass

                    elif la_ == 12:
                        localctx = StapParser.AutocastExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 426
                        if not self.precpred(self._ctx, 20):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 20)")
                        self.state = 427
                        self.memberSuffix()
                        pass

                    elif la_ == 13:
                        localctx = StapParser.PostIncDecExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 428
                        if not self.precpred(self._ctx, 19):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 19)")
                        self.state = 429
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
                        self.state = 430
                        if not self.precpred(self._ctx, 10):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 10)")
                        self.state = 431
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==50 or _la==51):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 432
                        self.match(StapParser.STRING)
                        pass

                    elif la_ == 15:
                        localctx = StapParser.InExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 433
                        if not self.precpred(self._ctx, 9):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 9)")
                        self.state = 434
                        self.match(StapParser.T__21)
                        self.state = 435
                        self.match(StapParser.IDENT)
                        pass

                    elif la_ == 16:
                        localctx = StapParser.TernaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 436
                        if not self.precpred(self._ctx, 2):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                        self.state = 437
                        self.match(StapParser.T__6)
                        self.state = 438
                        self.expr(0)
                        self.state = 439
                        self.match(StapParser.T__34)
                        self.state = 440
                        self.ternaryElse()
                        pass

             
                self.state = 446
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,58,self._ctx)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.unrollRecursionContexts(_parentctx)
        return localctx


    class TernaryElseContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)


        def getRuleIndex(self):
            return StapParser.RULE_ternaryElse

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTernaryElse" ):
                return visitor.visitTernaryElse(self)
            else:
                return visitor.visitChildren(self)




    def ternaryElse(self):

        localctx = StapParser.TernaryElseContext(self, self._ctx, self.state)
        self.enterRule(localctx, 46, self.RULE_ternaryElse)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 447
            self.expr(0)
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

        def STRING(self, i:int=None):
            if i is None:
                return self.getTokens(StapParser.STRING)
            else:
                return self.getToken(StapParser.STRING, i)

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


    class WildcardExprContext(PrimaryContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a StapParser.PrimaryContext
            super().__init__(parser)
            self.copyFrom(ctx)


        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitWildcardExpr" ):
                return visitor.visitWildcardExpr(self)
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
        self.enterRule(localctx, 48, self.RULE_primary)
        self._la = 0 # Token type
        try:
            self.state = 515
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,67,self._ctx)
            if la_ == 1:
                localctx = StapParser.IntLitContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 449
                self.match(StapParser.INT)
                pass

            elif la_ == 2:
                localctx = StapParser.StrLitContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 451 
                self._errHandler.sync(self)
                _alt = 1
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt == 1:
                        self.state = 450
                        self.match(StapParser.STRING)

                    else:
                        raise NoViableAltException(self)
                    self.state = 453 
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,59,self._ctx)

                pass

            elif la_ == 3:
                localctx = StapParser.ParenExprContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 455
                self.match(StapParser.T__9)
                self.state = 456
                self.expr(0)
                self.state = 457
                self.match(StapParser.T__10)
                pass

            elif la_ == 4:
                localctx = StapParser.CallExprContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 459
                self.match(StapParser.IDENT)
                self.state = 460
                self.match(StapParser.T__9)
                self.state = 469
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 2136746247424) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 2003) != 0):
                    self.state = 461
                    self.expr(0)
                    self.state = 466
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    while _la==5:
                        self.state = 462
                        self.match(StapParser.T__4)
                        self.state = 463
                        self.expr(0)
                        self.state = 468
                        self._errHandler.sync(self)
                        _la = self._input.LA(1)



                self.state = 471
                self.match(StapParser.T__10)
                pass

            elif la_ == 5:
                localctx = StapParser.IndexExprContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 472
                self.match(StapParser.IDENT)
                self.state = 473
                self.match(StapParser.T__31)
                self.state = 474
                self.expr(0)
                self.state = 479
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 475
                    self.match(StapParser.T__4)
                    self.state = 476
                    self.expr(0)
                    self.state = 481
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 482
                self.match(StapParser.T__32)
                pass

            elif la_ == 6:
                localctx = StapParser.NameExprContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 484
                self.match(StapParser.IDENT)
                pass

            elif la_ == 7:
                localctx = StapParser.AtExprContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 485
                self.match(StapParser.AT_IDENT)
                self.state = 486
                self.match(StapParser.T__9)
                self.state = 495
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 2136746247424) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 2003) != 0):
                    self.state = 487
                    self.expr(0)
                    self.state = 492
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    while _la==5:
                        self.state = 488
                        self.match(StapParser.T__4)
                        self.state = 489
                        self.expr(0)
                        self.state = 494
                        self._errHandler.sync(self)
                        _la = self._input.LA(1)



                self.state = 497
                self.match(StapParser.T__10)
                self.state = 501
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,65,self._ctx)
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt==1:
                        self.state = 498
                        self.targetSuffix() 
                    self.state = 503
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,65,self._ctx)

                pass

            elif la_ == 8:
                localctx = StapParser.TargetExprContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 504
                self.match(StapParser.TARGET_VAR)
                self.state = 508
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,66,self._ctx)
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt==1:
                        self.state = 505
                        self.targetSuffix() 
                    self.state = 510
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,66,self._ctx)

                pass

            elif la_ == 9:
                localctx = StapParser.PosNumExprContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 511
                self.match(StapParser.POS_NUM)
                pass

            elif la_ == 10:
                localctx = StapParser.PosStrExprContext(self, localctx)
                self.enterOuterAlt(localctx, 10)
                self.state = 512
                self.match(StapParser.POS_STR)
                pass

            elif la_ == 11:
                localctx = StapParser.EmbeddedExprContext(self, localctx)
                self.enterOuterAlt(localctx, 11)
                self.state = 513
                self.match(StapParser.EMBEDDED)
                pass

            elif la_ == 12:
                localctx = StapParser.WildcardExprContext(self, localctx)
                self.enterOuterAlt(localctx, 12)
                self.state = 514
                self.match(StapParser.T__13)
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

        def memberName(self):
            return self.getTypedRuleContext(StapParser.MemberNameContext,0)


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
        self.enterRule(localctx, 50, self.RULE_targetSuffix)
        try:
            self.state = 524
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [67]:
                self.enterOuterAlt(localctx, 1)
                self.state = 517
                self.match(StapParser.T__66)
                self.state = 518
                self.memberName()
                pass
            elif token in [32]:
                self.enterOuterAlt(localctx, 2)
                self.state = 519
                self.match(StapParser.T__31)
                self.state = 520
                self.expr(0)
                self.state = 521
                self.match(StapParser.T__32)
                pass
            elif token in [68]:
                self.enterOuterAlt(localctx, 3)
                self.state = 523
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


    class MemberSuffixContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def memberName(self):
            return self.getTypedRuleContext(StapParser.MemberNameContext,0)


        def expr(self):
            return self.getTypedRuleContext(StapParser.ExprContext,0)


        def getRuleIndex(self):
            return StapParser.RULE_memberSuffix

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitMemberSuffix" ):
                return visitor.visitMemberSuffix(self)
            else:
                return visitor.visitChildren(self)




    def memberSuffix(self):

        localctx = StapParser.MemberSuffixContext(self, self._ctx, self.state)
        self.enterRule(localctx, 52, self.RULE_memberSuffix)
        try:
            self.state = 532
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [67]:
                self.enterOuterAlt(localctx, 1)
                self.state = 526
                self.match(StapParser.T__66)
                self.state = 527
                self.memberName()
                pass
            elif token in [32]:
                self.enterOuterAlt(localctx, 2)
                self.state = 528
                self.match(StapParser.T__31)
                self.state = 529
                self.expr(0)
                self.state = 530
                self.match(StapParser.T__32)
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


    class MemberNameContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def IDENT(self):
            return self.getToken(StapParser.IDENT, 0)

        def getRuleIndex(self):
            return StapParser.RULE_memberName

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitMemberName" ):
                return visitor.visitMemberName(self)
            else:
                return visitor.visitChildren(self)




    def memberName(self):

        localctx = StapParser.MemberNameContext(self, self._ctx, self.state)
        self.enterRule(localctx, 54, self.RULE_memberName)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 534
            _la = self._input.LA(1)
            if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 2147451396) != 0) or _la==79):
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
                return self.precpred(self._ctx, 1)
         

            if predIndex == 11:
                return self.precpred(self._ctx, 20)
         

            if predIndex == 12:
                return self.precpred(self._ctx, 19)
         

            if predIndex == 13:
                return self.precpred(self._ctx, 10)
         

            if predIndex == 14:
                return self.precpred(self._ctx, 9)
         

            if predIndex == 15:
                return self.precpred(self._ctx, 2)
         




