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
        4,1,93,509,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,7,
        6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,13,
        2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,20,
        7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,2,25,7,25,1,0,5,0,54,
        8,0,10,0,12,0,57,9,0,1,0,1,0,1,1,1,1,3,1,63,8,1,1,2,3,2,66,8,2,1,
        2,1,2,1,2,1,2,5,2,72,8,2,10,2,12,2,75,9,2,1,2,1,2,1,2,1,2,1,2,1,
        2,5,2,83,8,2,10,2,12,2,86,9,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,5,2,95,
        8,2,10,2,12,2,98,9,2,1,2,1,2,1,2,1,2,3,2,104,8,2,1,2,1,2,3,2,108,
        8,2,1,3,1,3,1,4,3,4,113,8,4,1,4,3,4,116,8,4,1,4,1,4,3,4,120,8,4,
        1,4,3,4,123,8,4,1,4,1,4,3,4,127,8,4,1,4,3,4,130,8,4,1,4,1,4,3,4,
        134,8,4,1,4,3,4,137,8,4,1,4,1,4,3,4,141,8,4,1,4,3,4,144,8,4,1,4,
        1,4,3,4,148,8,4,1,4,3,4,151,8,4,1,4,1,4,3,4,155,8,4,3,4,157,8,4,
        1,5,1,5,1,5,3,5,162,8,5,1,5,3,5,165,8,5,1,6,1,6,5,6,169,8,6,10,6,
        12,6,172,9,6,1,6,1,6,1,7,1,7,1,7,1,7,5,7,180,8,7,10,7,12,7,183,9,
        7,1,7,1,7,1,8,5,8,188,8,8,10,8,12,8,191,9,8,1,8,1,8,1,8,1,8,1,8,
        5,8,198,8,8,10,8,12,8,201,9,8,1,8,1,8,3,8,205,8,8,1,9,1,9,1,9,3,
        9,210,8,9,1,9,3,9,213,8,9,1,10,1,10,1,10,1,10,5,10,219,8,10,10,10,
        12,10,222,9,10,1,10,3,10,225,8,10,1,10,1,10,1,11,1,11,1,11,3,11,
        232,8,11,1,12,1,12,1,12,3,12,237,8,12,1,12,1,12,1,12,3,12,242,8,
        12,1,12,3,12,245,8,12,3,12,247,8,12,1,13,1,13,1,14,5,14,252,8,14,
        10,14,12,14,255,9,14,1,14,1,14,1,14,3,14,260,8,14,1,14,3,14,263,
        8,14,1,14,1,14,3,14,267,8,14,1,14,3,14,270,8,14,1,14,1,14,3,14,274,
        8,14,1,15,1,15,1,15,5,15,279,8,15,10,15,12,15,282,9,15,1,15,1,15,
        3,15,286,8,15,1,16,1,16,3,16,290,8,16,1,16,3,16,293,8,16,1,16,5,
        16,296,8,16,10,16,12,16,299,9,16,1,16,3,16,302,8,16,1,16,3,16,305,
        8,16,1,16,1,16,3,16,309,8,16,1,16,3,16,312,8,16,1,17,1,17,1,17,5,
        17,317,8,17,10,17,12,17,320,9,17,1,17,3,17,323,8,17,1,17,1,17,1,
        18,1,18,1,19,1,19,1,19,1,19,1,19,1,20,1,20,5,20,336,8,20,10,20,12,
        20,339,9,20,1,20,1,20,1,21,1,21,3,21,345,8,21,1,22,1,22,1,22,1,22,
        1,22,1,22,1,22,1,22,3,22,355,8,22,1,22,1,22,1,22,1,22,1,22,1,22,
        1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,3,22,374,
        8,22,1,22,1,22,3,22,378,8,22,1,22,1,22,3,22,382,8,22,1,22,1,22,1,
        22,1,22,1,22,1,22,3,22,390,8,22,1,22,1,22,1,22,1,22,1,22,3,22,397,
        8,22,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,
        1,23,1,23,1,23,1,23,3,23,415,8,23,1,23,1,23,1,23,1,23,1,23,1,23,
        1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,
        1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,
        1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,
        1,23,1,23,1,23,1,23,5,23,466,8,23,10,23,12,23,469,9,23,1,24,1,24,
        5,24,473,8,24,10,24,12,24,476,9,24,1,25,1,25,1,25,1,25,4,25,482,
        8,25,11,25,12,25,483,1,25,1,25,1,25,1,25,1,25,1,25,1,25,1,25,5,25,
        494,8,25,10,25,12,25,497,9,25,3,25,499,8,25,1,25,1,25,1,25,1,25,
        1,25,1,25,3,25,507,8,25,1,25,0,1,46,26,0,2,4,6,8,10,12,14,16,18,
        20,22,24,26,28,30,32,34,36,38,40,42,44,46,48,50,0,14,1,0,46,51,1,
        0,70,71,1,0,76,77,2,0,52,55,72,74,1,0,62,63,2,0,13,19,82,82,2,0,
        20,21,82,82,1,0,15,16,1,0,22,23,1,0,24,27,1,0,28,29,2,0,8,8,35,44,
        1,0,11,12,1,0,13,14,591,0,55,1,0,0,0,2,62,1,0,0,0,4,107,1,0,0,0,
        6,109,1,0,0,0,8,156,1,0,0,0,10,158,1,0,0,0,12,166,1,0,0,0,14,175,
        1,0,0,0,16,189,1,0,0,0,18,206,1,0,0,0,20,214,1,0,0,0,22,228,1,0,
        0,0,24,246,1,0,0,0,26,248,1,0,0,0,28,253,1,0,0,0,30,275,1,0,0,0,
        32,292,1,0,0,0,34,313,1,0,0,0,36,326,1,0,0,0,38,328,1,0,0,0,40,333,
        1,0,0,0,42,344,1,0,0,0,44,396,1,0,0,0,46,414,1,0,0,0,48,470,1,0,
        0,0,50,506,1,0,0,0,52,54,3,2,1,0,53,52,1,0,0,0,54,57,1,0,0,0,55,
        53,1,0,0,0,55,56,1,0,0,0,56,58,1,0,0,0,57,55,1,0,0,0,58,59,5,0,0,
        1,59,1,1,0,0,0,60,63,3,4,2,0,61,63,3,34,17,0,62,60,1,0,0,0,62,61,
        1,0,0,0,63,3,1,0,0,0,64,66,3,6,3,0,65,64,1,0,0,0,65,66,1,0,0,0,66,
        67,1,0,0,0,67,68,3,8,4,0,68,73,3,28,14,0,69,70,5,1,0,0,70,72,3,28,
        14,0,71,69,1,0,0,0,72,75,1,0,0,0,73,71,1,0,0,0,73,74,1,0,0,0,74,
        76,1,0,0,0,75,73,1,0,0,0,76,77,5,2,0,0,77,108,1,0,0,0,78,79,3,6,
        3,0,79,84,3,28,14,0,80,81,5,1,0,0,81,83,3,28,14,0,82,80,1,0,0,0,
        83,86,1,0,0,0,84,82,1,0,0,0,84,85,1,0,0,0,85,87,1,0,0,0,86,84,1,
        0,0,0,87,88,5,2,0,0,88,108,1,0,0,0,89,90,5,79,0,0,90,91,3,8,4,0,
        91,96,3,28,14,0,92,93,5,1,0,0,93,95,3,28,14,0,94,92,1,0,0,0,95,98,
        1,0,0,0,96,94,1,0,0,0,96,97,1,0,0,0,97,99,1,0,0,0,98,96,1,0,0,0,
        99,100,5,2,0,0,100,108,1,0,0,0,101,104,3,10,5,0,102,104,3,18,9,0,
        103,101,1,0,0,0,103,102,1,0,0,0,104,105,1,0,0,0,105,106,5,2,0,0,
        106,108,1,0,0,0,107,65,1,0,0,0,107,78,1,0,0,0,107,89,1,0,0,0,107,
        103,1,0,0,0,108,5,1,0,0,0,109,110,7,0,0,0,110,7,1,0,0,0,111,113,
        5,75,0,0,112,111,1,0,0,0,112,113,1,0,0,0,113,115,1,0,0,0,114,116,
        7,1,0,0,115,114,1,0,0,0,115,116,1,0,0,0,116,117,1,0,0,0,117,119,
        3,24,12,0,118,120,5,75,0,0,119,118,1,0,0,0,119,120,1,0,0,0,120,157,
        1,0,0,0,121,123,5,75,0,0,122,121,1,0,0,0,122,123,1,0,0,0,123,124,
        1,0,0,0,124,126,7,1,0,0,125,127,5,75,0,0,126,125,1,0,0,0,126,127,
        1,0,0,0,127,157,1,0,0,0,128,130,5,75,0,0,129,128,1,0,0,0,129,130,
        1,0,0,0,130,131,1,0,0,0,131,133,3,26,13,0,132,134,5,75,0,0,133,132,
        1,0,0,0,133,134,1,0,0,0,134,157,1,0,0,0,135,137,5,75,0,0,136,135,
        1,0,0,0,136,137,1,0,0,0,137,138,1,0,0,0,138,140,3,10,5,0,139,141,
        5,75,0,0,140,139,1,0,0,0,140,141,1,0,0,0,141,157,1,0,0,0,142,144,
        5,75,0,0,143,142,1,0,0,0,143,144,1,0,0,0,144,145,1,0,0,0,145,147,
        3,18,9,0,146,148,5,75,0,0,147,146,1,0,0,0,147,148,1,0,0,0,148,157,
        1,0,0,0,149,151,5,75,0,0,150,149,1,0,0,0,150,151,1,0,0,0,151,152,
        1,0,0,0,152,154,5,93,0,0,153,155,5,75,0,0,154,153,1,0,0,0,154,155,
        1,0,0,0,155,157,1,0,0,0,156,112,1,0,0,0,156,122,1,0,0,0,156,129,
        1,0,0,0,156,136,1,0,0,0,156,143,1,0,0,0,156,150,1,0,0,0,157,9,1,
        0,0,0,158,164,7,2,0,0,159,161,5,88,0,0,160,162,3,12,6,0,161,160,
        1,0,0,0,161,162,1,0,0,0,162,165,1,0,0,0,163,165,3,12,6,0,164,159,
        1,0,0,0,164,163,1,0,0,0,165,11,1,0,0,0,166,170,5,3,0,0,167,169,3,
        14,7,0,168,167,1,0,0,0,169,172,1,0,0,0,170,168,1,0,0,0,170,171,1,
        0,0,0,171,173,1,0,0,0,172,170,1,0,0,0,173,174,5,4,0,0,174,13,1,0,
        0,0,175,176,3,8,4,0,176,181,3,16,8,0,177,178,5,1,0,0,178,180,3,16,
        8,0,179,177,1,0,0,0,180,183,1,0,0,0,181,179,1,0,0,0,181,182,1,0,
        0,0,182,184,1,0,0,0,183,181,1,0,0,0,184,185,5,2,0,0,185,15,1,0,0,
        0,186,188,5,82,0,0,187,186,1,0,0,0,188,191,1,0,0,0,189,187,1,0,0,
        0,189,190,1,0,0,0,190,192,1,0,0,0,191,189,1,0,0,0,192,199,5,88,0,
        0,193,194,5,5,0,0,194,195,3,46,23,0,195,196,5,6,0,0,196,198,1,0,
        0,0,197,193,1,0,0,0,198,201,1,0,0,0,199,197,1,0,0,0,199,200,1,0,
        0,0,200,204,1,0,0,0,201,199,1,0,0,0,202,203,5,7,0,0,203,205,3,46,
        23,0,204,202,1,0,0,0,204,205,1,0,0,0,205,17,1,0,0,0,206,212,5,78,
        0,0,207,209,5,88,0,0,208,210,3,20,10,0,209,208,1,0,0,0,209,210,1,
        0,0,0,210,213,1,0,0,0,211,213,3,20,10,0,212,207,1,0,0,0,212,211,
        1,0,0,0,213,19,1,0,0,0,214,215,5,3,0,0,215,220,3,22,11,0,216,217,
        5,1,0,0,217,219,3,22,11,0,218,216,1,0,0,0,219,222,1,0,0,0,220,218,
        1,0,0,0,220,221,1,0,0,0,221,224,1,0,0,0,222,220,1,0,0,0,223,225,
        5,1,0,0,224,223,1,0,0,0,224,225,1,0,0,0,225,226,1,0,0,0,226,227,
        5,4,0,0,227,21,1,0,0,0,228,231,5,88,0,0,229,230,5,8,0,0,230,232,
        3,46,23,0,231,229,1,0,0,0,231,232,1,0,0,0,232,23,1,0,0,0,233,247,
        5,66,0,0,234,236,5,67,0,0,235,237,5,68,0,0,236,235,1,0,0,0,236,237,
        1,0,0,0,237,247,1,0,0,0,238,247,5,68,0,0,239,241,5,69,0,0,240,242,
        5,69,0,0,241,240,1,0,0,0,241,242,1,0,0,0,242,244,1,0,0,0,243,245,
        5,68,0,0,244,243,1,0,0,0,244,245,1,0,0,0,245,247,1,0,0,0,246,233,
        1,0,0,0,246,234,1,0,0,0,246,238,1,0,0,0,246,239,1,0,0,0,247,25,1,
        0,0,0,248,249,7,3,0,0,249,27,1,0,0,0,250,252,5,82,0,0,251,250,1,
        0,0,0,252,255,1,0,0,0,253,251,1,0,0,0,253,254,1,0,0,0,254,256,1,
        0,0,0,255,253,1,0,0,0,256,262,5,88,0,0,257,259,5,5,0,0,258,260,3,
        46,23,0,259,258,1,0,0,0,259,260,1,0,0,0,260,261,1,0,0,0,261,263,
        5,6,0,0,262,257,1,0,0,0,262,263,1,0,0,0,263,269,1,0,0,0,264,266,
        5,9,0,0,265,267,3,30,15,0,266,265,1,0,0,0,266,267,1,0,0,0,267,268,
        1,0,0,0,268,270,5,10,0,0,269,264,1,0,0,0,269,270,1,0,0,0,270,273,
        1,0,0,0,271,272,5,8,0,0,272,274,3,46,23,0,273,271,1,0,0,0,273,274,
        1,0,0,0,274,29,1,0,0,0,275,280,3,32,16,0,276,277,5,1,0,0,277,279,
        3,32,16,0,278,276,1,0,0,0,279,282,1,0,0,0,280,278,1,0,0,0,280,281,
        1,0,0,0,281,285,1,0,0,0,282,280,1,0,0,0,283,284,5,1,0,0,284,286,
        5,81,0,0,285,283,1,0,0,0,285,286,1,0,0,0,286,31,1,0,0,0,287,293,
        3,8,4,0,288,290,5,75,0,0,289,288,1,0,0,0,289,290,1,0,0,0,290,291,
        1,0,0,0,291,293,5,88,0,0,292,287,1,0,0,0,292,289,1,0,0,0,293,297,
        1,0,0,0,294,296,5,82,0,0,295,294,1,0,0,0,296,299,1,0,0,0,297,295,
        1,0,0,0,297,298,1,0,0,0,298,301,1,0,0,0,299,297,1,0,0,0,300,302,
        5,75,0,0,301,300,1,0,0,0,301,302,1,0,0,0,302,304,1,0,0,0,303,305,
        5,88,0,0,304,303,1,0,0,0,304,305,1,0,0,0,305,311,1,0,0,0,306,308,
        5,5,0,0,307,309,3,46,23,0,308,307,1,0,0,0,308,309,1,0,0,0,309,310,
        1,0,0,0,310,312,5,6,0,0,311,306,1,0,0,0,311,312,1,0,0,0,312,33,1,
        0,0,0,313,318,3,36,18,0,314,315,5,1,0,0,315,317,3,36,18,0,316,314,
        1,0,0,0,317,320,1,0,0,0,318,316,1,0,0,0,318,319,1,0,0,0,319,322,
        1,0,0,0,320,318,1,0,0,0,321,323,3,38,19,0,322,321,1,0,0,0,322,323,
        1,0,0,0,323,324,1,0,0,0,324,325,3,40,20,0,325,35,1,0,0,0,326,327,
        5,45,0,0,327,37,1,0,0,0,328,329,5,56,0,0,329,330,5,9,0,0,330,331,
        3,46,23,0,331,332,5,10,0,0,332,39,1,0,0,0,333,337,5,3,0,0,334,336,
        3,42,21,0,335,334,1,0,0,0,336,339,1,0,0,0,337,335,1,0,0,0,337,338,
        1,0,0,0,338,340,1,0,0,0,339,337,1,0,0,0,340,341,5,4,0,0,341,41,1,
        0,0,0,342,345,3,4,2,0,343,345,3,44,22,0,344,342,1,0,0,0,344,343,
        1,0,0,0,345,43,1,0,0,0,346,397,3,40,20,0,347,348,5,57,0,0,348,349,
        5,9,0,0,349,350,3,46,23,0,350,351,5,10,0,0,351,354,3,44,22,0,352,
        353,5,58,0,0,353,355,3,44,22,0,354,352,1,0,0,0,354,355,1,0,0,0,355,
        397,1,0,0,0,356,357,5,59,0,0,357,358,5,9,0,0,358,359,3,46,23,0,359,
        360,5,10,0,0,360,361,3,44,22,0,361,397,1,0,0,0,362,363,5,60,0,0,
        363,364,3,44,22,0,364,365,5,59,0,0,365,366,5,9,0,0,366,367,3,46,
        23,0,367,368,5,10,0,0,368,369,5,2,0,0,369,397,1,0,0,0,370,371,5,
        61,0,0,371,373,5,9,0,0,372,374,3,46,23,0,373,372,1,0,0,0,373,374,
        1,0,0,0,374,375,1,0,0,0,375,377,5,2,0,0,376,378,3,46,23,0,377,376,
        1,0,0,0,377,378,1,0,0,0,378,379,1,0,0,0,379,381,5,2,0,0,380,382,
        3,46,23,0,381,380,1,0,0,0,381,382,1,0,0,0,382,383,1,0,0,0,383,384,
        5,10,0,0,384,397,3,44,22,0,385,386,7,4,0,0,386,397,5,2,0,0,387,389,
        5,64,0,0,388,390,3,46,23,0,389,388,1,0,0,0,389,390,1,0,0,0,390,391,
        1,0,0,0,391,397,5,2,0,0,392,393,3,46,23,0,393,394,5,2,0,0,394,397,
        1,0,0,0,395,397,5,2,0,0,396,346,1,0,0,0,396,347,1,0,0,0,396,356,
        1,0,0,0,396,362,1,0,0,0,396,370,1,0,0,0,396,385,1,0,0,0,396,387,
        1,0,0,0,396,392,1,0,0,0,396,395,1,0,0,0,397,45,1,0,0,0,398,399,6,
        23,-1,0,399,415,3,50,25,0,400,401,7,5,0,0,401,415,3,46,23,16,402,
        403,5,65,0,0,403,404,5,9,0,0,404,405,3,48,24,0,405,406,5,10,0,0,
        406,415,1,0,0,0,407,408,5,65,0,0,408,415,3,46,23,14,409,410,5,9,
        0,0,410,411,3,48,24,0,411,412,5,10,0,0,412,413,3,46,23,13,413,415,
        1,0,0,0,414,398,1,0,0,0,414,400,1,0,0,0,414,402,1,0,0,0,414,407,
        1,0,0,0,414,409,1,0,0,0,415,467,1,0,0,0,416,417,10,12,0,0,417,418,
        7,6,0,0,418,466,3,46,23,13,419,420,10,11,0,0,420,421,7,7,0,0,421,
        466,3,46,23,12,422,423,10,10,0,0,423,424,7,8,0,0,424,466,3,46,23,
        11,425,426,10,9,0,0,426,427,7,9,0,0,427,466,3,46,23,10,428,429,10,
        8,0,0,429,430,7,10,0,0,430,466,3,46,23,9,431,432,10,7,0,0,432,433,
        5,19,0,0,433,466,3,46,23,8,434,435,10,6,0,0,435,436,5,30,0,0,436,
        466,3,46,23,7,437,438,10,5,0,0,438,439,5,31,0,0,439,466,3,46,23,
        6,440,441,10,4,0,0,441,442,5,32,0,0,442,466,3,46,23,5,443,444,10,
        3,0,0,444,445,5,33,0,0,445,466,3,46,23,4,446,447,10,2,0,0,447,448,
        5,34,0,0,448,449,3,46,23,0,449,450,5,7,0,0,450,451,3,46,23,2,451,
        466,1,0,0,0,452,453,10,1,0,0,453,454,7,11,0,0,454,466,3,46,23,1,
        455,456,10,19,0,0,456,457,5,5,0,0,457,458,3,46,23,0,458,459,5,6,
        0,0,459,466,1,0,0,0,460,461,10,18,0,0,461,462,7,12,0,0,462,466,5,
        88,0,0,463,464,10,17,0,0,464,466,7,13,0,0,465,416,1,0,0,0,465,419,
        1,0,0,0,465,422,1,0,0,0,465,425,1,0,0,0,465,428,1,0,0,0,465,431,
        1,0,0,0,465,434,1,0,0,0,465,437,1,0,0,0,465,440,1,0,0,0,465,443,
        1,0,0,0,465,446,1,0,0,0,465,452,1,0,0,0,465,455,1,0,0,0,465,460,
        1,0,0,0,465,463,1,0,0,0,466,469,1,0,0,0,467,465,1,0,0,0,467,468,
        1,0,0,0,468,47,1,0,0,0,469,467,1,0,0,0,470,474,3,8,4,0,471,473,5,
        82,0,0,472,471,1,0,0,0,473,476,1,0,0,0,474,472,1,0,0,0,474,475,1,
        0,0,0,475,49,1,0,0,0,476,474,1,0,0,0,477,507,5,84,0,0,478,507,5,
        83,0,0,479,507,5,85,0,0,480,482,5,86,0,0,481,480,1,0,0,0,482,483,
        1,0,0,0,483,481,1,0,0,0,483,484,1,0,0,0,484,507,1,0,0,0,485,507,
        5,87,0,0,486,487,5,80,0,0,487,507,5,88,0,0,488,489,5,88,0,0,489,
        498,5,9,0,0,490,495,3,46,23,0,491,492,5,1,0,0,492,494,3,46,23,0,
        493,491,1,0,0,0,494,497,1,0,0,0,495,493,1,0,0,0,495,496,1,0,0,0,
        496,499,1,0,0,0,497,495,1,0,0,0,498,490,1,0,0,0,498,499,1,0,0,0,
        499,500,1,0,0,0,500,507,5,10,0,0,501,507,5,88,0,0,502,503,5,9,0,
        0,503,504,3,46,23,0,504,505,5,10,0,0,505,507,1,0,0,0,506,477,1,0,
        0,0,506,478,1,0,0,0,506,479,1,0,0,0,506,481,1,0,0,0,506,485,1,0,
        0,0,506,486,1,0,0,0,506,488,1,0,0,0,506,501,1,0,0,0,506,502,1,0,
        0,0,507,51,1,0,0,0,71,55,62,65,73,84,96,103,107,112,115,119,122,
        126,129,133,136,140,143,147,150,154,156,161,164,170,181,189,199,
        204,209,212,220,224,231,236,241,244,246,253,259,262,266,269,273,
        280,285,289,292,297,301,304,308,311,318,322,337,344,354,373,377,
        381,389,396,414,465,467,474,483,495,498,506
    ]

class VueParser ( Parser ):

    grammarFileName = "Vue.g4"

    atn = ATNDeserializer().deserialize(serializedATN())

    decisionsToDFA = [ DFA(ds, i) for i, ds in enumerate(atn.decisionToState) ]

    sharedContextCache = PredictionContextCache()

    literalNames = [ "<INVALID>", "','", "';'", "'{'", "'}'", "'['", "']'", 
                     "':'", "'='", "'('", "')'", "'.'", "'->'", "'++'", 
                     "'--'", "'+'", "'-'", "'!'", "'~'", "'&'", "'/'", "'%'", 
                     "'<<'", "'>>'", "'<'", "'<='", "'>'", "'>='", "'=='", 
                     "'!='", "'^'", "'|'", "'&&'", "'||'", "'?'", "'+='", 
                     "'-='", "'*='", "'/='", "'%='", "'<<='", "'>>='", "'&='", 
                     "'^='", "'|='", "<INVALID>", "'__global'", "'__auto'", 
                     "'__thread'", "'__kernel'", "'static'", "'extern'", 
                     "'__list'", "'String'", "'probev_timestamp_t'", "<INVALID>", 
                     "'when'", "'if'", "'else'", "'while'", "'do'", "'for'", 
                     "'break'", "'continue'", "'return'", "'sizeof'", "'char'", 
                     "'short'", "'int'", "'long'", "'signed'", "'unsigned'", 
                     "'void'", "'float'", "'double'", "<INVALID>", "'struct'", 
                     "'union'", "'enum'", "'typedef'", "<INVALID>", "'...'", 
                     "'*'" ]

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
                      "ENUM", "TYPEDEF", "CLASSQ", "ELLIPSIS", "STAR", "FLOAT_LIT", 
                      "INT_LIT", "CHAR_LIT", "STRING_LIT", "DOLLAR", "ID", 
                      "BLOCK_COMMENT", "LINE_COMMENT", "HASH_LINE", "WS", 
                      "TYPEDEF_NAME" ]

    RULE_program = 0
    RULE_item = 1
    RULE_declaration = 2
    RULE_storageClass = 3
    RULE_typeSpec = 4
    RULE_souSpec = 5
    RULE_souBody = 6
    RULE_memberDecl = 7
    RULE_memberDeclarator = 8
    RULE_enumSpec = 9
    RULE_enumBody = 10
    RULE_enumerator = 11
    RULE_intType = 12
    RULE_namedType = 13
    RULE_declarator = 14
    RULE_paramList = 15
    RULE_param = 16
    RULE_clause = 17
    RULE_probeTuple = 18
    RULE_predicate = 19
    RULE_block = 20
    RULE_blockItem = 21
    RULE_statement = 22
    RULE_expr = 23
    RULE_typeName = 24
    RULE_primary = 25

    ruleNames =  [ "program", "item", "declaration", "storageClass", "typeSpec", 
                   "souSpec", "souBody", "memberDecl", "memberDeclarator", 
                   "enumSpec", "enumBody", "enumerator", "intType", "namedType", 
                   "declarator", "paramList", "param", "clause", "probeTuple", 
                   "predicate", "block", "blockItem", "statement", "expr", 
                   "typeName", "primary" ]

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
    TYPEDEF=79
    CLASSQ=80
    ELLIPSIS=81
    STAR=82
    FLOAT_LIT=83
    INT_LIT=84
    CHAR_LIT=85
    STRING_LIT=86
    DOLLAR=87
    ID=88
    BLOCK_COMMENT=89
    LINE_COMMENT=90
    HASH_LINE=91
    WS=92
    TYPEDEF_NAME=93

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
            self.state = 55
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while ((((_la - 45)) & ~0x3f) == 0 and ((1 << (_la - 45)) & 281509334353919) != 0):
                self.state = 52
                self.item()
                self.state = 57
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 58
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
            self.state = 62
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 93]:
                self.enterOuterAlt(localctx, 1)
                self.state = 60
                self.declaration()
                pass
            elif token in [45]:
                self.enterOuterAlt(localctx, 2)
                self.state = 61
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


        def TYPEDEF(self):
            return self.getToken(VueParser.TYPEDEF, 0)

        def souSpec(self):
            return self.getTypedRuleContext(VueParser.SouSpecContext,0)


        def enumSpec(self):
            return self.getTypedRuleContext(VueParser.EnumSpecContext,0)


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
            self.state = 107
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,7,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 65
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 4433230883192832) != 0):
                    self.state = 64
                    self.storageClass()


                self.state = 67
                self.typeSpec()
                self.state = 68
                self.declarator()
                self.state = 73
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==1:
                    self.state = 69
                    self.match(VueParser.T__0)
                    self.state = 70
                    self.declarator()
                    self.state = 75
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 76
                self.match(VueParser.T__1)
                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 78
                self.storageClass()
                self.state = 79
                self.declarator()
                self.state = 84
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==1:
                    self.state = 80
                    self.match(VueParser.T__0)
                    self.state = 81
                    self.declarator()
                    self.state = 86
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 87
                self.match(VueParser.T__1)
                pass

            elif la_ == 3:
                self.enterOuterAlt(localctx, 3)
                self.state = 89
                self.match(VueParser.TYPEDEF)
                self.state = 90
                self.typeSpec()
                self.state = 91
                self.declarator()
                self.state = 96
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==1:
                    self.state = 92
                    self.match(VueParser.T__0)
                    self.state = 93
                    self.declarator()
                    self.state = 98
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 99
                self.match(VueParser.T__1)
                pass

            elif la_ == 4:
                self.enterOuterAlt(localctx, 4)
                self.state = 103
                self._errHandler.sync(self)
                token = self._input.LA(1)
                if token in [76, 77]:
                    self.state = 101
                    self.souSpec()
                    pass
                elif token in [78]:
                    self.state = 102
                    self.enumSpec()
                    pass
                else:
                    raise NoViableAltException(self)

                self.state = 105
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
            self.state = 109
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


    class TypedefTypeSpecContext(TypeSpecContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.TypeSpecContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def TYPEDEF_NAME(self):
            return self.getToken(VueParser.TYPEDEF_NAME, 0)
        def CONST(self, i:int=None):
            if i is None:
                return self.getTokens(VueParser.CONST)
            else:
                return self.getToken(VueParser.CONST, i)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitTypedefTypeSpec" ):
                return visitor.visitTypedefTypeSpec(self)
            else:
                return visitor.visitChildren(self)


    class SouTypeSpecContext(TypeSpecContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.TypeSpecContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def souSpec(self):
            return self.getTypedRuleContext(VueParser.SouSpecContext,0)

        def CONST(self, i:int=None):
            if i is None:
                return self.getTokens(VueParser.CONST)
            else:
                return self.getToken(VueParser.CONST, i)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitSouTypeSpec" ):
                return visitor.visitSouTypeSpec(self)
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


    class EnumTypeSpecContext(TypeSpecContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a VueParser.TypeSpecContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def enumSpec(self):
            return self.getTypedRuleContext(VueParser.EnumSpecContext,0)

        def CONST(self, i:int=None):
            if i is None:
                return self.getTokens(VueParser.CONST)
            else:
                return self.getToken(VueParser.CONST, i)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitEnumTypeSpec" ):
                return visitor.visitEnumTypeSpec(self)
            else:
                return visitor.visitChildren(self)



    def typeSpec(self):

        localctx = VueParser.TypeSpecContext(self, self._ctx, self.state)
        self.enterRule(localctx, 8, self.RULE_typeSpec)
        self._la = 0 # Token type
        try:
            self.state = 156
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,21,self._ctx)
            if la_ == 1:
                localctx = VueParser.IntTypeSpecContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 112
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 111
                    self.match(VueParser.CONST)


                self.state = 115
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==70 or _la==71:
                    self.state = 114
                    _la = self._input.LA(1)
                    if not(_la==70 or _la==71):
                        self._errHandler.recoverInline(self)
                    else:
                        self._errHandler.reportMatch(self)
                        self.consume()


                self.state = 117
                self.intType()
                self.state = 119
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,10,self._ctx)
                if la_ == 1:
                    self.state = 118
                    self.match(VueParser.CONST)


                pass

            elif la_ == 2:
                localctx = VueParser.BareSignTypeSpecContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 122
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 121
                    self.match(VueParser.CONST)


                self.state = 124
                _la = self._input.LA(1)
                if not(_la==70 or _la==71):
                    self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 126
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,12,self._ctx)
                if la_ == 1:
                    self.state = 125
                    self.match(VueParser.CONST)


                pass

            elif la_ == 3:
                localctx = VueParser.NamedTypeSpecContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 129
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 128
                    self.match(VueParser.CONST)


                self.state = 131
                self.namedType()
                self.state = 133
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,14,self._ctx)
                if la_ == 1:
                    self.state = 132
                    self.match(VueParser.CONST)


                pass

            elif la_ == 4:
                localctx = VueParser.SouTypeSpecContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 136
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 135
                    self.match(VueParser.CONST)


                self.state = 138
                self.souSpec()
                self.state = 140
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,16,self._ctx)
                if la_ == 1:
                    self.state = 139
                    self.match(VueParser.CONST)


                pass

            elif la_ == 5:
                localctx = VueParser.EnumTypeSpecContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 143
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 142
                    self.match(VueParser.CONST)


                self.state = 145
                self.enumSpec()
                self.state = 147
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,18,self._ctx)
                if la_ == 1:
                    self.state = 146
                    self.match(VueParser.CONST)


                pass

            elif la_ == 6:
                localctx = VueParser.TypedefTypeSpecContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 150
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 149
                    self.match(VueParser.CONST)


                self.state = 152
                self.match(VueParser.TYPEDEF_NAME)
                self.state = 154
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,20,self._ctx)
                if la_ == 1:
                    self.state = 153
                    self.match(VueParser.CONST)


                pass


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class SouSpecContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser
            self.tag = None # Token

        def STRUCT(self):
            return self.getToken(VueParser.STRUCT, 0)

        def UNION(self):
            return self.getToken(VueParser.UNION, 0)

        def ID(self):
            return self.getToken(VueParser.ID, 0)

        def souBody(self):
            return self.getTypedRuleContext(VueParser.SouBodyContext,0)


        def getRuleIndex(self):
            return VueParser.RULE_souSpec

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitSouSpec" ):
                return visitor.visitSouSpec(self)
            else:
                return visitor.visitChildren(self)




    def souSpec(self):

        localctx = VueParser.SouSpecContext(self, self._ctx, self.state)
        self.enterRule(localctx, 10, self.RULE_souSpec)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 158
            localctx.tag = self._input.LT(1)
            _la = self._input.LA(1)
            if not(_la==76 or _la==77):
                localctx.tag = self._errHandler.recoverInline(self)
            else:
                self._errHandler.reportMatch(self)
                self.consume()
            self.state = 164
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [88]:
                self.state = 159
                self.match(VueParser.ID)
                self.state = 161
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==3:
                    self.state = 160
                    self.souBody()


                pass
            elif token in [3]:
                self.state = 163
                self.souBody()
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


    class SouBodyContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def memberDecl(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.MemberDeclContext)
            else:
                return self.getTypedRuleContext(VueParser.MemberDeclContext,i)


        def getRuleIndex(self):
            return VueParser.RULE_souBody

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitSouBody" ):
                return visitor.visitSouBody(self)
            else:
                return visitor.visitChildren(self)




    def souBody(self):

        localctx = VueParser.SouBodyContext(self, self._ctx, self.state)
        self.enterRule(localctx, 12, self.RULE_souBody)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 166
            self.match(VueParser.T__2)
            self.state = 170
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while ((((_la - 52)) & ~0x3f) == 0 and ((1 << (_la - 52)) & 2199157456911) != 0):
                self.state = 167
                self.memberDecl()
                self.state = 172
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 173
            self.match(VueParser.T__3)
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

        def typeSpec(self):
            return self.getTypedRuleContext(VueParser.TypeSpecContext,0)


        def memberDeclarator(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.MemberDeclaratorContext)
            else:
                return self.getTypedRuleContext(VueParser.MemberDeclaratorContext,i)


        def getRuleIndex(self):
            return VueParser.RULE_memberDecl

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitMemberDecl" ):
                return visitor.visitMemberDecl(self)
            else:
                return visitor.visitChildren(self)




    def memberDecl(self):

        localctx = VueParser.MemberDeclContext(self, self._ctx, self.state)
        self.enterRule(localctx, 14, self.RULE_memberDecl)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 175
            self.typeSpec()
            self.state = 176
            self.memberDeclarator()
            self.state = 181
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==1:
                self.state = 177
                self.match(VueParser.T__0)
                self.state = 178
                self.memberDeclarator()
                self.state = 183
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 184
            self.match(VueParser.T__1)
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


        def getRuleIndex(self):
            return VueParser.RULE_memberDeclarator

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitMemberDeclarator" ):
                return visitor.visitMemberDeclarator(self)
            else:
                return visitor.visitChildren(self)




    def memberDeclarator(self):

        localctx = VueParser.MemberDeclaratorContext(self, self._ctx, self.state)
        self.enterRule(localctx, 16, self.RULE_memberDeclarator)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 189
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==82:
                self.state = 186
                self.match(VueParser.STAR)
                self.state = 191
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 192
            self.match(VueParser.ID)
            self.state = 199
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==5:
                self.state = 193
                self.match(VueParser.T__4)
                self.state = 194
                self.expr(0)
                self.state = 195
                self.match(VueParser.T__5)
                self.state = 201
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 204
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==7:
                self.state = 202
                self.match(VueParser.T__6)
                self.state = 203
                self.expr(0)


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class EnumSpecContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def ENUM(self):
            return self.getToken(VueParser.ENUM, 0)

        def ID(self):
            return self.getToken(VueParser.ID, 0)

        def enumBody(self):
            return self.getTypedRuleContext(VueParser.EnumBodyContext,0)


        def getRuleIndex(self):
            return VueParser.RULE_enumSpec

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitEnumSpec" ):
                return visitor.visitEnumSpec(self)
            else:
                return visitor.visitChildren(self)




    def enumSpec(self):

        localctx = VueParser.EnumSpecContext(self, self._ctx, self.state)
        self.enterRule(localctx, 18, self.RULE_enumSpec)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 206
            self.match(VueParser.ENUM)
            self.state = 212
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [88]:
                self.state = 207
                self.match(VueParser.ID)
                self.state = 209
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==3:
                    self.state = 208
                    self.enumBody()


                pass
            elif token in [3]:
                self.state = 211
                self.enumBody()
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


    class EnumBodyContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def enumerator(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.EnumeratorContext)
            else:
                return self.getTypedRuleContext(VueParser.EnumeratorContext,i)


        def getRuleIndex(self):
            return VueParser.RULE_enumBody

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitEnumBody" ):
                return visitor.visitEnumBody(self)
            else:
                return visitor.visitChildren(self)




    def enumBody(self):

        localctx = VueParser.EnumBodyContext(self, self._ctx, self.state)
        self.enterRule(localctx, 20, self.RULE_enumBody)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 214
            self.match(VueParser.T__2)
            self.state = 215
            self.enumerator()
            self.state = 220
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,31,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    self.state = 216
                    self.match(VueParser.T__0)
                    self.state = 217
                    self.enumerator() 
                self.state = 222
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,31,self._ctx)

            self.state = 224
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==1:
                self.state = 223
                self.match(VueParser.T__0)


            self.state = 226
            self.match(VueParser.T__3)
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

        def ID(self):
            return self.getToken(VueParser.ID, 0)

        def expr(self):
            return self.getTypedRuleContext(VueParser.ExprContext,0)


        def getRuleIndex(self):
            return VueParser.RULE_enumerator

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitEnumerator" ):
                return visitor.visitEnumerator(self)
            else:
                return visitor.visitChildren(self)




    def enumerator(self):

        localctx = VueParser.EnumeratorContext(self, self._ctx, self.state)
        self.enterRule(localctx, 22, self.RULE_enumerator)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 228
            self.match(VueParser.ID)
            self.state = 231
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==8:
                self.state = 229
                self.match(VueParser.T__7)
                self.state = 230
                self.expr(0)


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
        self.enterRule(localctx, 24, self.RULE_intType)
        self._la = 0 # Token type
        try:
            self.state = 246
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [66]:
                self.enterOuterAlt(localctx, 1)
                self.state = 233
                self.match(VueParser.CHAR)
                pass
            elif token in [67]:
                self.enterOuterAlt(localctx, 2)
                self.state = 234
                self.match(VueParser.SHORT)
                self.state = 236
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==68:
                    self.state = 235
                    self.match(VueParser.INT)


                pass
            elif token in [68]:
                self.enterOuterAlt(localctx, 3)
                self.state = 238
                self.match(VueParser.INT)
                pass
            elif token in [69]:
                self.enterOuterAlt(localctx, 4)
                self.state = 239
                self.match(VueParser.LONG)
                self.state = 241
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==69:
                    self.state = 240
                    self.match(VueParser.LONG)


                self.state = 244
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==68:
                    self.state = 243
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

        def getRuleIndex(self):
            return VueParser.RULE_namedType

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitNamedType" ):
                return visitor.visitNamedType(self)
            else:
                return visitor.visitChildren(self)




    def namedType(self):

        localctx = VueParser.NamedTypeContext(self, self._ctx, self.state)
        self.enterRule(localctx, 26, self.RULE_namedType)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 248
            _la = self._input.LA(1)
            if not(((((_la - 52)) & ~0x3f) == 0 and ((1 << (_la - 52)) & 7340047) != 0)):
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
        self.enterRule(localctx, 28, self.RULE_declarator)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 253
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==82:
                self.state = 250
                self.match(VueParser.STAR)
                self.state = 255
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 256
            self.match(VueParser.ID)
            self.state = 262
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==5:
                self.state = 257
                self.match(VueParser.T__4)
                self.state = 259
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1040896) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 16678913) != 0):
                    self.state = 258
                    self.expr(0)


                self.state = 261
                self.match(VueParser.T__5)


            self.state = 269
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==9:
                self.state = 264
                self.match(VueParser.T__8)
                self.state = 266
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if ((((_la - 52)) & ~0x3f) == 0 and ((1 << (_la - 52)) & 2267876933647) != 0):
                    self.state = 265
                    self.paramList()


                self.state = 268
                self.match(VueParser.T__9)


            self.state = 273
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==8:
                self.state = 271
                self.match(VueParser.T__7)
                self.state = 272
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
        self.enterRule(localctx, 30, self.RULE_paramList)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 275
            self.param()
            self.state = 280
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,44,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    self.state = 276
                    self.match(VueParser.T__0)
                    self.state = 277
                    self.param() 
                self.state = 282
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,44,self._ctx)

            self.state = 285
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==1:
                self.state = 283
                self.match(VueParser.T__0)
                self.state = 284
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
        self.enterRule(localctx, 32, self.RULE_param)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 292
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,47,self._ctx)
            if la_ == 1:
                self.state = 287
                self.typeSpec()
                pass

            elif la_ == 2:
                self.state = 289
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 288
                    self.match(VueParser.CONST)


                self.state = 291
                self.match(VueParser.ID)
                pass


            self.state = 297
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==82:
                self.state = 294
                self.match(VueParser.STAR)
                self.state = 299
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 301
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==75:
                self.state = 300
                self.match(VueParser.CONST)


            self.state = 304
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==88:
                self.state = 303
                self.match(VueParser.ID)


            self.state = 311
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==5:
                self.state = 306
                self.match(VueParser.T__4)
                self.state = 308
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1040896) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 16678913) != 0):
                    self.state = 307
                    self.expr(0)


                self.state = 310
                self.match(VueParser.T__5)


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
        self.enterRule(localctx, 34, self.RULE_clause)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 313
            self.probeTuple()
            self.state = 318
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==1:
                self.state = 314
                self.match(VueParser.T__0)
                self.state = 315
                self.probeTuple()
                self.state = 320
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 322
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==56:
                self.state = 321
                self.predicate()


            self.state = 324
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
        self.enterRule(localctx, 36, self.RULE_probeTuple)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 326
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
        self.enterRule(localctx, 38, self.RULE_predicate)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 328
            self.match(VueParser.WHEN)
            self.state = 329
            self.match(VueParser.T__8)
            self.state = 330
            self.expr(0)
            self.state = 331
            self.match(VueParser.T__9)
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
        self.enterRule(localctx, 40, self.RULE_block)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 333
            self.match(VueParser.T__2)
            self.state = 337
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & -360358338932776436) != 0) or ((((_la - 64)) & ~0x3f) == 0 and ((1 << (_la - 64)) & 570294271) != 0):
                self.state = 334
                self.blockItem()
                self.state = 339
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 340
            self.match(VueParser.T__3)
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
        self.enterRule(localctx, 42, self.RULE_blockItem)
        try:
            self.state = 344
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 93]:
                self.enterOuterAlt(localctx, 1)
                self.state = 342
                self.declaration()
                pass
            elif token in [2, 3, 9, 13, 14, 15, 16, 17, 18, 19, 57, 59, 60, 61, 62, 63, 64, 65, 80, 82, 83, 84, 85, 86, 87, 88]:
                self.enterOuterAlt(localctx, 2)
                self.state = 343
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
        self.enterRule(localctx, 44, self.RULE_statement)
        self._la = 0 # Token type
        try:
            self.state = 396
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [3]:
                localctx = VueParser.BlockStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 346
                self.block()
                pass
            elif token in [57]:
                localctx = VueParser.IfStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 347
                self.match(VueParser.IF)
                self.state = 348
                self.match(VueParser.T__8)
                self.state = 349
                self.expr(0)
                self.state = 350
                self.match(VueParser.T__9)
                self.state = 351
                self.statement()
                self.state = 354
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,57,self._ctx)
                if la_ == 1:
                    self.state = 352
                    self.match(VueParser.ELSE)
                    self.state = 353
                    self.statement()


                pass
            elif token in [59]:
                localctx = VueParser.WhileStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 356
                self.match(VueParser.WHILE)
                self.state = 357
                self.match(VueParser.T__8)
                self.state = 358
                self.expr(0)
                self.state = 359
                self.match(VueParser.T__9)
                self.state = 360
                self.statement()
                pass
            elif token in [60]:
                localctx = VueParser.DoStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 362
                self.match(VueParser.DO)
                self.state = 363
                self.statement()
                self.state = 364
                self.match(VueParser.WHILE)
                self.state = 365
                self.match(VueParser.T__8)
                self.state = 366
                self.expr(0)
                self.state = 367
                self.match(VueParser.T__9)
                self.state = 368
                self.match(VueParser.T__1)
                pass
            elif token in [61]:
                localctx = VueParser.ForStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 370
                self.match(VueParser.FOR)
                self.state = 371
                self.match(VueParser.T__8)
                self.state = 373
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1040896) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 16678913) != 0):
                    self.state = 372
                    self.expr(0)


                self.state = 375
                self.match(VueParser.T__1)
                self.state = 377
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1040896) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 16678913) != 0):
                    self.state = 376
                    self.expr(0)


                self.state = 379
                self.match(VueParser.T__1)
                self.state = 381
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1040896) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 16678913) != 0):
                    self.state = 380
                    self.expr(0)


                self.state = 383
                self.match(VueParser.T__9)
                self.state = 384
                self.statement()
                pass
            elif token in [62, 63]:
                localctx = VueParser.JumpStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 385
                localctx.kw = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==62 or _la==63):
                    localctx.kw = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 386
                self.match(VueParser.T__1)
                pass
            elif token in [64]:
                localctx = VueParser.ReturnStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 387
                self.match(VueParser.RETURN)
                self.state = 389
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1040896) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 16678913) != 0):
                    self.state = 388
                    self.expr(0)


                self.state = 391
                self.match(VueParser.T__1)
                pass
            elif token in [9, 13, 14, 15, 16, 17, 18, 19, 65, 80, 82, 83, 84, 85, 86, 87, 88]:
                localctx = VueParser.ExprStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 392
                self.expr(0)
                self.state = 393
                self.match(VueParser.T__1)
                pass
            elif token in [2]:
                localctx = VueParser.EmptyStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 395
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
        _startState = 46
        self.enterRecursionRule(localctx, 46, self.RULE_expr, _p)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 414
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,63,self._ctx)
            if la_ == 1:
                localctx = VueParser.PrimaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx

                self.state = 399
                self.primary()
                pass

            elif la_ == 2:
                localctx = VueParser.PrefixExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 400
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 1040384) != 0) or _la==82):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 401
                self.expr(16)
                pass

            elif la_ == 3:
                localctx = VueParser.SizeofTypeExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 402
                self.match(VueParser.SIZEOF)
                self.state = 403
                self.match(VueParser.T__8)
                self.state = 404
                self.typeName()
                self.state = 405
                self.match(VueParser.T__9)
                pass

            elif la_ == 4:
                localctx = VueParser.SizeofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 407
                self.match(VueParser.SIZEOF)
                self.state = 408
                self.expr(14)
                pass

            elif la_ == 5:
                localctx = VueParser.CastExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 409
                self.match(VueParser.T__8)
                self.state = 410
                self.typeName()
                self.state = 411
                self.match(VueParser.T__9)
                self.state = 412
                self.expr(13)
                pass


            self._ctx.stop = self._input.LT(-1)
            self.state = 467
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,65,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    self.state = 465
                    self._errHandler.sync(self)
                    la_ = self._interp.adaptivePredict(self._input,64,self._ctx)
                    if la_ == 1:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 416
                        if not self.precpred(self._ctx, 12):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 12)")
                        self.state = 417
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(((((_la - 20)) & ~0x3f) == 0 and ((1 << (_la - 20)) & 4611686018427387907) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 418
                        self.expr(13)
                        pass

                    elif la_ == 2:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 419
                        if not self.precpred(self._ctx, 11):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 11)")
                        self.state = 420
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==15 or _la==16):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 421
                        self.expr(12)
                        pass

                    elif la_ == 3:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 422
                        if not self.precpred(self._ctx, 10):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 10)")
                        self.state = 423
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==22 or _la==23):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 424
                        self.expr(11)
                        pass

                    elif la_ == 4:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 425
                        if not self.precpred(self._ctx, 9):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 9)")
                        self.state = 426
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 251658240) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 427
                        self.expr(10)
                        pass

                    elif la_ == 5:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 428
                        if not self.precpred(self._ctx, 8):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 8)")
                        self.state = 429
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==28 or _la==29):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 430
                        self.expr(9)
                        pass

                    elif la_ == 6:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 431
                        if not self.precpred(self._ctx, 7):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 7)")
                        self.state = 432
                        localctx.op = self.match(VueParser.T__18)
                        self.state = 433
                        self.expr(8)
                        pass

                    elif la_ == 7:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 434
                        if not self.precpred(self._ctx, 6):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 6)")
                        self.state = 435
                        localctx.op = self.match(VueParser.T__29)
                        self.state = 436
                        self.expr(7)
                        pass

                    elif la_ == 8:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 437
                        if not self.precpred(self._ctx, 5):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 5)")
                        self.state = 438
                        localctx.op = self.match(VueParser.T__30)
                        self.state = 439
                        self.expr(6)
                        pass

                    elif la_ == 9:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 440
                        if not self.precpred(self._ctx, 4):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 4)")
                        self.state = 441
                        localctx.op = self.match(VueParser.T__31)
                        self.state = 442
                        self.expr(5)
                        pass

                    elif la_ == 10:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 443
                        if not self.precpred(self._ctx, 3):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 3)")
                        self.state = 444
                        localctx.op = self.match(VueParser.T__32)
                        self.state = 445
                        self.expr(4)
                        pass

                    elif la_ == 11:
                        localctx = VueParser.TernaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 446
                        if not self.precpred(self._ctx, 2):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                        self.state = 447
                        self.match(VueParser.T__33)
                        self.state = 448
                        self.expr(0)
                        self.state = 449
                        self.match(VueParser.T__6)
                        self.state = 450
                        self.expr(2)
                        pass

                    elif la_ == 12:
                        localctx = VueParser.AssignExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 452
                        if not self.precpred(self._ctx, 1):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 1)")
                        self.state = 453
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 35150012350720) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 454
                        self.expr(1)
                        pass

                    elif la_ == 13:
                        localctx = VueParser.IndexExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 455
                        if not self.precpred(self._ctx, 19):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 19)")
                        self.state = 456
                        self.match(VueParser.T__4)
                        self.state = 457
                        self.expr(0)
                        self.state = 458
                        self.match(VueParser.T__5)
                        pass

                    elif la_ == 14:
                        localctx = VueParser.MemberExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 460
                        if not self.precpred(self._ctx, 18):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 18)")
                        self.state = 461
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==11 or _la==12):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 462
                        self.match(VueParser.ID)
                        pass

                    elif la_ == 15:
                        localctx = VueParser.PostfixExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 463
                        if not self.precpred(self._ctx, 17):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 17)")
                        self.state = 464
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==13 or _la==14):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        pass

             
                self.state = 469
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,65,self._ctx)

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
        self.enterRule(localctx, 48, self.RULE_typeName)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 470
            self.typeSpec()
            self.state = 474
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==82:
                self.state = 471
                self.match(VueParser.STAR)
                self.state = 476
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
        self.enterRule(localctx, 50, self.RULE_primary)
        self._la = 0 # Token type
        try:
            self.state = 506
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,70,self._ctx)
            if la_ == 1:
                localctx = VueParser.IntLitContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 477
                self.match(VueParser.INT_LIT)
                pass

            elif la_ == 2:
                localctx = VueParser.FloatLitContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 478
                self.match(VueParser.FLOAT_LIT)
                pass

            elif la_ == 3:
                localctx = VueParser.CharLitContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 479
                self.match(VueParser.CHAR_LIT)
                pass

            elif la_ == 4:
                localctx = VueParser.StringLitContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 481 
                self._errHandler.sync(self)
                _alt = 1
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt == 1:
                        self.state = 480
                        self.match(VueParser.STRING_LIT)

                    else:
                        raise NoViableAltException(self)
                    self.state = 483 
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,67,self._ctx)

                pass

            elif la_ == 5:
                localctx = VueParser.DollarArgContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 485
                self.match(VueParser.DOLLAR)
                pass

            elif la_ == 6:
                localctx = VueParser.QualifiedVarContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 486
                self.match(VueParser.CLASSQ)
                self.state = 487
                self.match(VueParser.ID)
                pass

            elif la_ == 7:
                localctx = VueParser.CallExprContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 488
                self.match(VueParser.ID)
                self.state = 489
                self.match(VueParser.T__8)
                self.state = 498
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1040896) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 16678913) != 0):
                    self.state = 490
                    self.expr(0)
                    self.state = 495
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    while _la==1:
                        self.state = 491
                        self.match(VueParser.T__0)
                        self.state = 492
                        self.expr(0)
                        self.state = 497
                        self._errHandler.sync(self)
                        _la = self._input.LA(1)



                self.state = 500
                self.match(VueParser.T__9)
                pass

            elif la_ == 8:
                localctx = VueParser.NameExprContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 501
                self.match(VueParser.ID)
                pass

            elif la_ == 9:
                localctx = VueParser.ParenExprContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 502
                self.match(VueParser.T__8)
                self.state = 503
                self.expr(0)
                self.state = 504
                self.match(VueParser.T__9)
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
        self._predicates[23] = self.expr_sempred
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
         




