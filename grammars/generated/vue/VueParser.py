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
        4,1,93,500,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,7,
        6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,13,
        2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,20,
        7,20,2,21,7,21,2,22,7,22,2,23,7,23,1,0,5,0,50,8,0,10,0,12,0,53,9,
        0,1,0,1,0,1,1,1,1,3,1,59,8,1,1,2,3,2,62,8,2,1,2,1,2,1,2,1,2,5,2,
        68,8,2,10,2,12,2,71,9,2,1,2,1,2,1,2,1,2,1,2,1,2,5,2,79,8,2,10,2,
        12,2,82,9,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,5,2,91,8,2,10,2,12,2,94,
        9,2,1,2,1,2,1,2,1,2,3,2,100,8,2,1,2,1,2,3,2,104,8,2,1,3,1,3,1,4,
        3,4,109,8,4,1,4,3,4,112,8,4,1,4,1,4,3,4,116,8,4,1,4,3,4,119,8,4,
        1,4,1,4,3,4,123,8,4,1,4,3,4,126,8,4,1,4,1,4,3,4,130,8,4,1,4,3,4,
        133,8,4,1,4,1,4,3,4,137,8,4,1,4,3,4,140,8,4,1,4,1,4,3,4,144,8,4,
        1,4,3,4,147,8,4,1,4,1,4,3,4,151,8,4,3,4,153,8,4,1,5,1,5,3,5,157,
        8,5,1,5,1,5,5,5,161,8,5,10,5,12,5,164,9,5,1,5,3,5,167,8,5,1,6,1,
        6,1,6,1,6,5,6,173,8,6,10,6,12,6,176,9,6,1,6,1,6,1,7,5,7,181,8,7,
        10,7,12,7,184,9,7,1,7,1,7,1,7,1,7,1,7,5,7,191,8,7,10,7,12,7,194,
        9,7,1,7,1,7,3,7,198,8,7,1,8,1,8,3,8,202,8,8,1,8,1,8,1,8,1,8,5,8,
        208,8,8,10,8,12,8,211,9,8,1,8,3,8,214,8,8,1,8,1,8,3,8,218,8,8,1,
        9,1,9,1,9,3,9,223,8,9,1,10,1,10,1,10,3,10,228,8,10,1,10,1,10,1,10,
        3,10,233,8,10,1,10,3,10,236,8,10,3,10,238,8,10,1,11,1,11,1,12,5,
        12,243,8,12,10,12,12,12,246,9,12,1,12,1,12,1,12,3,12,251,8,12,1,
        12,3,12,254,8,12,1,12,1,12,3,12,258,8,12,1,12,3,12,261,8,12,1,12,
        1,12,3,12,265,8,12,1,13,1,13,1,13,5,13,270,8,13,10,13,12,13,273,
        9,13,1,13,1,13,3,13,277,8,13,1,14,1,14,3,14,281,8,14,1,14,3,14,284,
        8,14,1,14,5,14,287,8,14,10,14,12,14,290,9,14,1,14,3,14,293,8,14,
        1,14,3,14,296,8,14,1,14,1,14,3,14,300,8,14,1,14,3,14,303,8,14,1,
        15,1,15,1,15,5,15,308,8,15,10,15,12,15,311,9,15,1,15,3,15,314,8,
        15,1,15,1,15,1,16,1,16,1,17,1,17,1,17,1,17,1,17,1,18,1,18,5,18,327,
        8,18,10,18,12,18,330,9,18,1,18,1,18,1,19,1,19,3,19,336,8,19,1,20,
        1,20,1,20,1,20,1,20,1,20,1,20,1,20,3,20,346,8,20,1,20,1,20,1,20,
        1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,1,20,
        1,20,3,20,365,8,20,1,20,1,20,3,20,369,8,20,1,20,1,20,3,20,373,8,
        20,1,20,1,20,1,20,1,20,1,20,1,20,3,20,381,8,20,1,20,1,20,1,20,1,
        20,1,20,3,20,388,8,20,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,
        21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,3,21,406,8,21,1,21,1,21,1,
        21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,
        21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,
        21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,
        21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,5,21,457,8,21,10,21,12,21,
        460,9,21,1,22,1,22,5,22,464,8,22,10,22,12,22,467,9,22,1,23,1,23,
        1,23,1,23,4,23,473,8,23,11,23,12,23,474,1,23,1,23,1,23,1,23,1,23,
        1,23,1,23,1,23,5,23,485,8,23,10,23,12,23,488,9,23,3,23,490,8,23,
        1,23,1,23,1,23,1,23,1,23,1,23,3,23,498,8,23,1,23,0,1,42,24,0,2,4,
        6,8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38,40,42,44,46,0,14,
        1,0,46,51,1,0,70,71,1,0,76,77,2,0,52,55,72,74,1,0,62,63,2,0,13,19,
        82,82,2,0,20,21,82,82,1,0,15,16,1,0,22,23,1,0,24,27,1,0,28,29,2,
        0,8,8,35,44,1,0,11,12,1,0,13,14,584,0,51,1,0,0,0,2,58,1,0,0,0,4,
        103,1,0,0,0,6,105,1,0,0,0,8,152,1,0,0,0,10,154,1,0,0,0,12,168,1,
        0,0,0,14,182,1,0,0,0,16,199,1,0,0,0,18,219,1,0,0,0,20,237,1,0,0,
        0,22,239,1,0,0,0,24,244,1,0,0,0,26,266,1,0,0,0,28,283,1,0,0,0,30,
        304,1,0,0,0,32,317,1,0,0,0,34,319,1,0,0,0,36,324,1,0,0,0,38,335,
        1,0,0,0,40,387,1,0,0,0,42,405,1,0,0,0,44,461,1,0,0,0,46,497,1,0,
        0,0,48,50,3,2,1,0,49,48,1,0,0,0,50,53,1,0,0,0,51,49,1,0,0,0,51,52,
        1,0,0,0,52,54,1,0,0,0,53,51,1,0,0,0,54,55,5,0,0,1,55,1,1,0,0,0,56,
        59,3,4,2,0,57,59,3,30,15,0,58,56,1,0,0,0,58,57,1,0,0,0,59,3,1,0,
        0,0,60,62,3,6,3,0,61,60,1,0,0,0,61,62,1,0,0,0,62,63,1,0,0,0,63,64,
        3,8,4,0,64,69,3,24,12,0,65,66,5,1,0,0,66,68,3,24,12,0,67,65,1,0,
        0,0,68,71,1,0,0,0,69,67,1,0,0,0,69,70,1,0,0,0,70,72,1,0,0,0,71,69,
        1,0,0,0,72,73,5,2,0,0,73,104,1,0,0,0,74,75,3,6,3,0,75,80,3,24,12,
        0,76,77,5,1,0,0,77,79,3,24,12,0,78,76,1,0,0,0,79,82,1,0,0,0,80,78,
        1,0,0,0,80,81,1,0,0,0,81,83,1,0,0,0,82,80,1,0,0,0,83,84,5,2,0,0,
        84,104,1,0,0,0,85,86,5,79,0,0,86,87,3,8,4,0,87,92,3,24,12,0,88,89,
        5,1,0,0,89,91,3,24,12,0,90,88,1,0,0,0,91,94,1,0,0,0,92,90,1,0,0,
        0,92,93,1,0,0,0,93,95,1,0,0,0,94,92,1,0,0,0,95,96,5,2,0,0,96,104,
        1,0,0,0,97,100,3,10,5,0,98,100,3,16,8,0,99,97,1,0,0,0,99,98,1,0,
        0,0,100,101,1,0,0,0,101,102,5,2,0,0,102,104,1,0,0,0,103,61,1,0,0,
        0,103,74,1,0,0,0,103,85,1,0,0,0,103,99,1,0,0,0,104,5,1,0,0,0,105,
        106,7,0,0,0,106,7,1,0,0,0,107,109,5,75,0,0,108,107,1,0,0,0,108,109,
        1,0,0,0,109,111,1,0,0,0,110,112,7,1,0,0,111,110,1,0,0,0,111,112,
        1,0,0,0,112,113,1,0,0,0,113,115,3,20,10,0,114,116,5,75,0,0,115,114,
        1,0,0,0,115,116,1,0,0,0,116,153,1,0,0,0,117,119,5,75,0,0,118,117,
        1,0,0,0,118,119,1,0,0,0,119,120,1,0,0,0,120,122,7,1,0,0,121,123,
        5,75,0,0,122,121,1,0,0,0,122,123,1,0,0,0,123,153,1,0,0,0,124,126,
        5,75,0,0,125,124,1,0,0,0,125,126,1,0,0,0,126,127,1,0,0,0,127,129,
        3,22,11,0,128,130,5,75,0,0,129,128,1,0,0,0,129,130,1,0,0,0,130,153,
        1,0,0,0,131,133,5,75,0,0,132,131,1,0,0,0,132,133,1,0,0,0,133,134,
        1,0,0,0,134,136,3,10,5,0,135,137,5,75,0,0,136,135,1,0,0,0,136,137,
        1,0,0,0,137,153,1,0,0,0,138,140,5,75,0,0,139,138,1,0,0,0,139,140,
        1,0,0,0,140,141,1,0,0,0,141,143,3,16,8,0,142,144,5,75,0,0,143,142,
        1,0,0,0,143,144,1,0,0,0,144,153,1,0,0,0,145,147,5,75,0,0,146,145,
        1,0,0,0,146,147,1,0,0,0,147,148,1,0,0,0,148,150,5,93,0,0,149,151,
        5,75,0,0,150,149,1,0,0,0,150,151,1,0,0,0,151,153,1,0,0,0,152,108,
        1,0,0,0,152,118,1,0,0,0,152,125,1,0,0,0,152,132,1,0,0,0,152,139,
        1,0,0,0,152,146,1,0,0,0,153,9,1,0,0,0,154,156,7,2,0,0,155,157,5,
        88,0,0,156,155,1,0,0,0,156,157,1,0,0,0,157,166,1,0,0,0,158,162,5,
        3,0,0,159,161,3,12,6,0,160,159,1,0,0,0,161,164,1,0,0,0,162,160,1,
        0,0,0,162,163,1,0,0,0,163,165,1,0,0,0,164,162,1,0,0,0,165,167,5,
        4,0,0,166,158,1,0,0,0,166,167,1,0,0,0,167,11,1,0,0,0,168,169,3,8,
        4,0,169,174,3,14,7,0,170,171,5,1,0,0,171,173,3,14,7,0,172,170,1,
        0,0,0,173,176,1,0,0,0,174,172,1,0,0,0,174,175,1,0,0,0,175,177,1,
        0,0,0,176,174,1,0,0,0,177,178,5,2,0,0,178,13,1,0,0,0,179,181,5,82,
        0,0,180,179,1,0,0,0,181,184,1,0,0,0,182,180,1,0,0,0,182,183,1,0,
        0,0,183,185,1,0,0,0,184,182,1,0,0,0,185,192,5,88,0,0,186,187,5,5,
        0,0,187,188,3,42,21,0,188,189,5,6,0,0,189,191,1,0,0,0,190,186,1,
        0,0,0,191,194,1,0,0,0,192,190,1,0,0,0,192,193,1,0,0,0,193,197,1,
        0,0,0,194,192,1,0,0,0,195,196,5,7,0,0,196,198,3,42,21,0,197,195,
        1,0,0,0,197,198,1,0,0,0,198,15,1,0,0,0,199,201,5,78,0,0,200,202,
        5,88,0,0,201,200,1,0,0,0,201,202,1,0,0,0,202,217,1,0,0,0,203,204,
        5,3,0,0,204,209,3,18,9,0,205,206,5,1,0,0,206,208,3,18,9,0,207,205,
        1,0,0,0,208,211,1,0,0,0,209,207,1,0,0,0,209,210,1,0,0,0,210,213,
        1,0,0,0,211,209,1,0,0,0,212,214,5,1,0,0,213,212,1,0,0,0,213,214,
        1,0,0,0,214,215,1,0,0,0,215,216,5,4,0,0,216,218,1,0,0,0,217,203,
        1,0,0,0,217,218,1,0,0,0,218,17,1,0,0,0,219,222,5,88,0,0,220,221,
        5,8,0,0,221,223,3,42,21,0,222,220,1,0,0,0,222,223,1,0,0,0,223,19,
        1,0,0,0,224,238,5,66,0,0,225,227,5,67,0,0,226,228,5,68,0,0,227,226,
        1,0,0,0,227,228,1,0,0,0,228,238,1,0,0,0,229,238,5,68,0,0,230,232,
        5,69,0,0,231,233,5,69,0,0,232,231,1,0,0,0,232,233,1,0,0,0,233,235,
        1,0,0,0,234,236,5,68,0,0,235,234,1,0,0,0,235,236,1,0,0,0,236,238,
        1,0,0,0,237,224,1,0,0,0,237,225,1,0,0,0,237,229,1,0,0,0,237,230,
        1,0,0,0,238,21,1,0,0,0,239,240,7,3,0,0,240,23,1,0,0,0,241,243,5,
        82,0,0,242,241,1,0,0,0,243,246,1,0,0,0,244,242,1,0,0,0,244,245,1,
        0,0,0,245,247,1,0,0,0,246,244,1,0,0,0,247,253,5,88,0,0,248,250,5,
        5,0,0,249,251,3,42,21,0,250,249,1,0,0,0,250,251,1,0,0,0,251,252,
        1,0,0,0,252,254,5,6,0,0,253,248,1,0,0,0,253,254,1,0,0,0,254,260,
        1,0,0,0,255,257,5,9,0,0,256,258,3,26,13,0,257,256,1,0,0,0,257,258,
        1,0,0,0,258,259,1,0,0,0,259,261,5,10,0,0,260,255,1,0,0,0,260,261,
        1,0,0,0,261,264,1,0,0,0,262,263,5,8,0,0,263,265,3,42,21,0,264,262,
        1,0,0,0,264,265,1,0,0,0,265,25,1,0,0,0,266,271,3,28,14,0,267,268,
        5,1,0,0,268,270,3,28,14,0,269,267,1,0,0,0,270,273,1,0,0,0,271,269,
        1,0,0,0,271,272,1,0,0,0,272,276,1,0,0,0,273,271,1,0,0,0,274,275,
        5,1,0,0,275,277,5,81,0,0,276,274,1,0,0,0,276,277,1,0,0,0,277,27,
        1,0,0,0,278,284,3,8,4,0,279,281,5,75,0,0,280,279,1,0,0,0,280,281,
        1,0,0,0,281,282,1,0,0,0,282,284,5,88,0,0,283,278,1,0,0,0,283,280,
        1,0,0,0,284,288,1,0,0,0,285,287,5,82,0,0,286,285,1,0,0,0,287,290,
        1,0,0,0,288,286,1,0,0,0,288,289,1,0,0,0,289,292,1,0,0,0,290,288,
        1,0,0,0,291,293,5,75,0,0,292,291,1,0,0,0,292,293,1,0,0,0,293,295,
        1,0,0,0,294,296,5,88,0,0,295,294,1,0,0,0,295,296,1,0,0,0,296,302,
        1,0,0,0,297,299,5,5,0,0,298,300,3,42,21,0,299,298,1,0,0,0,299,300,
        1,0,0,0,300,301,1,0,0,0,301,303,5,6,0,0,302,297,1,0,0,0,302,303,
        1,0,0,0,303,29,1,0,0,0,304,309,3,32,16,0,305,306,5,1,0,0,306,308,
        3,32,16,0,307,305,1,0,0,0,308,311,1,0,0,0,309,307,1,0,0,0,309,310,
        1,0,0,0,310,313,1,0,0,0,311,309,1,0,0,0,312,314,3,34,17,0,313,312,
        1,0,0,0,313,314,1,0,0,0,314,315,1,0,0,0,315,316,3,36,18,0,316,31,
        1,0,0,0,317,318,5,45,0,0,318,33,1,0,0,0,319,320,5,56,0,0,320,321,
        5,9,0,0,321,322,3,42,21,0,322,323,5,10,0,0,323,35,1,0,0,0,324,328,
        5,3,0,0,325,327,3,38,19,0,326,325,1,0,0,0,327,330,1,0,0,0,328,326,
        1,0,0,0,328,329,1,0,0,0,329,331,1,0,0,0,330,328,1,0,0,0,331,332,
        5,4,0,0,332,37,1,0,0,0,333,336,3,4,2,0,334,336,3,40,20,0,335,333,
        1,0,0,0,335,334,1,0,0,0,336,39,1,0,0,0,337,388,3,36,18,0,338,339,
        5,57,0,0,339,340,5,9,0,0,340,341,3,42,21,0,341,342,5,10,0,0,342,
        345,3,40,20,0,343,344,5,58,0,0,344,346,3,40,20,0,345,343,1,0,0,0,
        345,346,1,0,0,0,346,388,1,0,0,0,347,348,5,59,0,0,348,349,5,9,0,0,
        349,350,3,42,21,0,350,351,5,10,0,0,351,352,3,40,20,0,352,388,1,0,
        0,0,353,354,5,60,0,0,354,355,3,40,20,0,355,356,5,59,0,0,356,357,
        5,9,0,0,357,358,3,42,21,0,358,359,5,10,0,0,359,360,5,2,0,0,360,388,
        1,0,0,0,361,362,5,61,0,0,362,364,5,9,0,0,363,365,3,42,21,0,364,363,
        1,0,0,0,364,365,1,0,0,0,365,366,1,0,0,0,366,368,5,2,0,0,367,369,
        3,42,21,0,368,367,1,0,0,0,368,369,1,0,0,0,369,370,1,0,0,0,370,372,
        5,2,0,0,371,373,3,42,21,0,372,371,1,0,0,0,372,373,1,0,0,0,373,374,
        1,0,0,0,374,375,5,10,0,0,375,388,3,40,20,0,376,377,7,4,0,0,377,388,
        5,2,0,0,378,380,5,64,0,0,379,381,3,42,21,0,380,379,1,0,0,0,380,381,
        1,0,0,0,381,382,1,0,0,0,382,388,5,2,0,0,383,384,3,42,21,0,384,385,
        5,2,0,0,385,388,1,0,0,0,386,388,5,2,0,0,387,337,1,0,0,0,387,338,
        1,0,0,0,387,347,1,0,0,0,387,353,1,0,0,0,387,361,1,0,0,0,387,376,
        1,0,0,0,387,378,1,0,0,0,387,383,1,0,0,0,387,386,1,0,0,0,388,41,1,
        0,0,0,389,390,6,21,-1,0,390,406,3,46,23,0,391,392,7,5,0,0,392,406,
        3,42,21,16,393,394,5,65,0,0,394,395,5,9,0,0,395,396,3,44,22,0,396,
        397,5,10,0,0,397,406,1,0,0,0,398,399,5,65,0,0,399,406,3,42,21,14,
        400,401,5,9,0,0,401,402,3,44,22,0,402,403,5,10,0,0,403,404,3,42,
        21,13,404,406,1,0,0,0,405,389,1,0,0,0,405,391,1,0,0,0,405,393,1,
        0,0,0,405,398,1,0,0,0,405,400,1,0,0,0,406,458,1,0,0,0,407,408,10,
        12,0,0,408,409,7,6,0,0,409,457,3,42,21,13,410,411,10,11,0,0,411,
        412,7,7,0,0,412,457,3,42,21,12,413,414,10,10,0,0,414,415,7,8,0,0,
        415,457,3,42,21,11,416,417,10,9,0,0,417,418,7,9,0,0,418,457,3,42,
        21,10,419,420,10,8,0,0,420,421,7,10,0,0,421,457,3,42,21,9,422,423,
        10,7,0,0,423,424,5,19,0,0,424,457,3,42,21,8,425,426,10,6,0,0,426,
        427,5,30,0,0,427,457,3,42,21,7,428,429,10,5,0,0,429,430,5,31,0,0,
        430,457,3,42,21,6,431,432,10,4,0,0,432,433,5,32,0,0,433,457,3,42,
        21,5,434,435,10,3,0,0,435,436,5,33,0,0,436,457,3,42,21,4,437,438,
        10,2,0,0,438,439,5,34,0,0,439,440,3,42,21,0,440,441,5,7,0,0,441,
        442,3,42,21,2,442,457,1,0,0,0,443,444,10,1,0,0,444,445,7,11,0,0,
        445,457,3,42,21,1,446,447,10,19,0,0,447,448,5,5,0,0,448,449,3,42,
        21,0,449,450,5,6,0,0,450,457,1,0,0,0,451,452,10,18,0,0,452,453,7,
        12,0,0,453,457,5,88,0,0,454,455,10,17,0,0,455,457,7,13,0,0,456,407,
        1,0,0,0,456,410,1,0,0,0,456,413,1,0,0,0,456,416,1,0,0,0,456,419,
        1,0,0,0,456,422,1,0,0,0,456,425,1,0,0,0,456,428,1,0,0,0,456,431,
        1,0,0,0,456,434,1,0,0,0,456,437,1,0,0,0,456,443,1,0,0,0,456,446,
        1,0,0,0,456,451,1,0,0,0,456,454,1,0,0,0,457,460,1,0,0,0,458,456,
        1,0,0,0,458,459,1,0,0,0,459,43,1,0,0,0,460,458,1,0,0,0,461,465,3,
        8,4,0,462,464,5,82,0,0,463,462,1,0,0,0,464,467,1,0,0,0,465,463,1,
        0,0,0,465,466,1,0,0,0,466,45,1,0,0,0,467,465,1,0,0,0,468,498,5,84,
        0,0,469,498,5,83,0,0,470,498,5,85,0,0,471,473,5,86,0,0,472,471,1,
        0,0,0,473,474,1,0,0,0,474,472,1,0,0,0,474,475,1,0,0,0,475,498,1,
        0,0,0,476,498,5,87,0,0,477,478,5,80,0,0,478,498,5,88,0,0,479,480,
        5,88,0,0,480,489,5,9,0,0,481,486,3,42,21,0,482,483,5,1,0,0,483,485,
        3,42,21,0,484,482,1,0,0,0,485,488,1,0,0,0,486,484,1,0,0,0,486,487,
        1,0,0,0,487,490,1,0,0,0,488,486,1,0,0,0,489,481,1,0,0,0,489,490,
        1,0,0,0,490,491,1,0,0,0,491,498,5,10,0,0,492,498,5,88,0,0,493,494,
        5,9,0,0,494,495,3,42,21,0,495,496,5,10,0,0,496,498,1,0,0,0,497,468,
        1,0,0,0,497,469,1,0,0,0,497,470,1,0,0,0,497,472,1,0,0,0,497,476,
        1,0,0,0,497,477,1,0,0,0,497,479,1,0,0,0,497,492,1,0,0,0,497,493,
        1,0,0,0,498,47,1,0,0,0,71,51,58,61,69,80,92,99,103,108,111,115,118,
        122,125,129,132,136,139,143,146,150,152,156,162,166,174,182,192,
        197,201,209,213,217,222,227,232,235,237,244,250,253,257,260,264,
        271,276,280,283,288,292,295,299,302,309,313,328,335,345,364,368,
        372,380,387,405,456,458,465,474,486,489,497
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
    RULE_memberDecl = 6
    RULE_memberDeclarator = 7
    RULE_enumSpec = 8
    RULE_enumerator = 9
    RULE_intType = 10
    RULE_namedType = 11
    RULE_declarator = 12
    RULE_paramList = 13
    RULE_param = 14
    RULE_clause = 15
    RULE_probeTuple = 16
    RULE_predicate = 17
    RULE_block = 18
    RULE_blockItem = 19
    RULE_statement = 20
    RULE_expr = 21
    RULE_typeName = 22
    RULE_primary = 23

    ruleNames =  [ "program", "item", "declaration", "storageClass", "typeSpec", 
                   "souSpec", "memberDecl", "memberDeclarator", "enumSpec", 
                   "enumerator", "intType", "namedType", "declarator", "paramList", 
                   "param", "clause", "probeTuple", "predicate", "block", 
                   "blockItem", "statement", "expr", "typeName", "primary" ]

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
            self.state = 51
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while ((((_la - 45)) & ~0x3f) == 0 and ((1 << (_la - 45)) & 281509334353919) != 0):
                self.state = 48
                self.item()
                self.state = 53
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 54
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
            self.state = 58
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 93]:
                self.enterOuterAlt(localctx, 1)
                self.state = 56
                self.declaration()
                pass
            elif token in [45]:
                self.enterOuterAlt(localctx, 2)
                self.state = 57
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
            self.state = 103
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,7,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 61
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 4433230883192832) != 0):
                    self.state = 60
                    self.storageClass()


                self.state = 63
                self.typeSpec()
                self.state = 64
                self.declarator()
                self.state = 69
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==1:
                    self.state = 65
                    self.match(VueParser.T__0)
                    self.state = 66
                    self.declarator()
                    self.state = 71
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 72
                self.match(VueParser.T__1)
                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 74
                self.storageClass()
                self.state = 75
                self.declarator()
                self.state = 80
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==1:
                    self.state = 76
                    self.match(VueParser.T__0)
                    self.state = 77
                    self.declarator()
                    self.state = 82
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 83
                self.match(VueParser.T__1)
                pass

            elif la_ == 3:
                self.enterOuterAlt(localctx, 3)
                self.state = 85
                self.match(VueParser.TYPEDEF)
                self.state = 86
                self.typeSpec()
                self.state = 87
                self.declarator()
                self.state = 92
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==1:
                    self.state = 88
                    self.match(VueParser.T__0)
                    self.state = 89
                    self.declarator()
                    self.state = 94
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 95
                self.match(VueParser.T__1)
                pass

            elif la_ == 4:
                self.enterOuterAlt(localctx, 4)
                self.state = 99
                self._errHandler.sync(self)
                token = self._input.LA(1)
                if token in [76, 77]:
                    self.state = 97
                    self.souSpec()
                    pass
                elif token in [78]:
                    self.state = 98
                    self.enumSpec()
                    pass
                else:
                    raise NoViableAltException(self)

                self.state = 101
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
            self.state = 105
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
            self.state = 152
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,21,self._ctx)
            if la_ == 1:
                localctx = VueParser.IntTypeSpecContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 108
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 107
                    self.match(VueParser.CONST)


                self.state = 111
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==70 or _la==71:
                    self.state = 110
                    _la = self._input.LA(1)
                    if not(_la==70 or _la==71):
                        self._errHandler.recoverInline(self)
                    else:
                        self._errHandler.reportMatch(self)
                        self.consume()


                self.state = 113
                self.intType()
                self.state = 115
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,10,self._ctx)
                if la_ == 1:
                    self.state = 114
                    self.match(VueParser.CONST)


                pass

            elif la_ == 2:
                localctx = VueParser.BareSignTypeSpecContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 118
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 117
                    self.match(VueParser.CONST)


                self.state = 120
                _la = self._input.LA(1)
                if not(_la==70 or _la==71):
                    self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 122
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,12,self._ctx)
                if la_ == 1:
                    self.state = 121
                    self.match(VueParser.CONST)


                pass

            elif la_ == 3:
                localctx = VueParser.NamedTypeSpecContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 125
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 124
                    self.match(VueParser.CONST)


                self.state = 127
                self.namedType()
                self.state = 129
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,14,self._ctx)
                if la_ == 1:
                    self.state = 128
                    self.match(VueParser.CONST)


                pass

            elif la_ == 4:
                localctx = VueParser.SouTypeSpecContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 132
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 131
                    self.match(VueParser.CONST)


                self.state = 134
                self.souSpec()
                self.state = 136
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,16,self._ctx)
                if la_ == 1:
                    self.state = 135
                    self.match(VueParser.CONST)


                pass

            elif la_ == 5:
                localctx = VueParser.EnumTypeSpecContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 139
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 138
                    self.match(VueParser.CONST)


                self.state = 141
                self.enumSpec()
                self.state = 143
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,18,self._ctx)
                if la_ == 1:
                    self.state = 142
                    self.match(VueParser.CONST)


                pass

            elif la_ == 6:
                localctx = VueParser.TypedefTypeSpecContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 146
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 145
                    self.match(VueParser.CONST)


                self.state = 148
                self.match(VueParser.TYPEDEF_NAME)
                self.state = 150
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,20,self._ctx)
                if la_ == 1:
                    self.state = 149
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

        def memberDecl(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.MemberDeclContext)
            else:
                return self.getTypedRuleContext(VueParser.MemberDeclContext,i)


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
            self.state = 154
            localctx.tag = self._input.LT(1)
            _la = self._input.LA(1)
            if not(_la==76 or _la==77):
                localctx.tag = self._errHandler.recoverInline(self)
            else:
                self._errHandler.reportMatch(self)
                self.consume()
            self.state = 156
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,22,self._ctx)
            if la_ == 1:
                self.state = 155
                self.match(VueParser.ID)


            self.state = 166
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==3:
                self.state = 158
                self.match(VueParser.T__2)
                self.state = 162
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while ((((_la - 52)) & ~0x3f) == 0 and ((1 << (_la - 52)) & 2199157456911) != 0):
                    self.state = 159
                    self.memberDecl()
                    self.state = 164
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 165
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
        self.enterRule(localctx, 12, self.RULE_memberDecl)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 168
            self.typeSpec()
            self.state = 169
            self.memberDeclarator()
            self.state = 174
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==1:
                self.state = 170
                self.match(VueParser.T__0)
                self.state = 171
                self.memberDeclarator()
                self.state = 176
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 177
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
        self.enterRule(localctx, 14, self.RULE_memberDeclarator)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 182
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==82:
                self.state = 179
                self.match(VueParser.STAR)
                self.state = 184
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 185
            self.match(VueParser.ID)
            self.state = 192
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==5:
                self.state = 186
                self.match(VueParser.T__4)
                self.state = 187
                self.expr(0)
                self.state = 188
                self.match(VueParser.T__5)
                self.state = 194
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 197
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==7:
                self.state = 195
                self.match(VueParser.T__6)
                self.state = 196
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

        def enumerator(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(VueParser.EnumeratorContext)
            else:
                return self.getTypedRuleContext(VueParser.EnumeratorContext,i)


        def getRuleIndex(self):
            return VueParser.RULE_enumSpec

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitEnumSpec" ):
                return visitor.visitEnumSpec(self)
            else:
                return visitor.visitChildren(self)




    def enumSpec(self):

        localctx = VueParser.EnumSpecContext(self, self._ctx, self.state)
        self.enterRule(localctx, 16, self.RULE_enumSpec)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 199
            self.match(VueParser.ENUM)
            self.state = 201
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,29,self._ctx)
            if la_ == 1:
                self.state = 200
                self.match(VueParser.ID)


            self.state = 217
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==3:
                self.state = 203
                self.match(VueParser.T__2)
                self.state = 204
                self.enumerator()
                self.state = 209
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,30,self._ctx)
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt==1:
                        self.state = 205
                        self.match(VueParser.T__0)
                        self.state = 206
                        self.enumerator() 
                    self.state = 211
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,30,self._ctx)

                self.state = 213
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==1:
                    self.state = 212
                    self.match(VueParser.T__0)


                self.state = 215
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
        self.enterRule(localctx, 18, self.RULE_enumerator)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 219
            self.match(VueParser.ID)
            self.state = 222
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==8:
                self.state = 220
                self.match(VueParser.T__7)
                self.state = 221
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
        self.enterRule(localctx, 20, self.RULE_intType)
        self._la = 0 # Token type
        try:
            self.state = 237
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [66]:
                self.enterOuterAlt(localctx, 1)
                self.state = 224
                self.match(VueParser.CHAR)
                pass
            elif token in [67]:
                self.enterOuterAlt(localctx, 2)
                self.state = 225
                self.match(VueParser.SHORT)
                self.state = 227
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==68:
                    self.state = 226
                    self.match(VueParser.INT)


                pass
            elif token in [68]:
                self.enterOuterAlt(localctx, 3)
                self.state = 229
                self.match(VueParser.INT)
                pass
            elif token in [69]:
                self.enterOuterAlt(localctx, 4)
                self.state = 230
                self.match(VueParser.LONG)
                self.state = 232
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==69:
                    self.state = 231
                    self.match(VueParser.LONG)


                self.state = 235
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==68:
                    self.state = 234
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
        self.enterRule(localctx, 22, self.RULE_namedType)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 239
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
        self.enterRule(localctx, 24, self.RULE_declarator)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 244
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==82:
                self.state = 241
                self.match(VueParser.STAR)
                self.state = 246
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 247
            self.match(VueParser.ID)
            self.state = 253
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==5:
                self.state = 248
                self.match(VueParser.T__4)
                self.state = 250
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1040896) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 16678913) != 0):
                    self.state = 249
                    self.expr(0)


                self.state = 252
                self.match(VueParser.T__5)


            self.state = 260
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==9:
                self.state = 255
                self.match(VueParser.T__8)
                self.state = 257
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if ((((_la - 52)) & ~0x3f) == 0 and ((1 << (_la - 52)) & 2267876933647) != 0):
                    self.state = 256
                    self.paramList()


                self.state = 259
                self.match(VueParser.T__9)


            self.state = 264
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==8:
                self.state = 262
                self.match(VueParser.T__7)
                self.state = 263
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
        self.enterRule(localctx, 26, self.RULE_paramList)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 266
            self.param()
            self.state = 271
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,44,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    self.state = 267
                    self.match(VueParser.T__0)
                    self.state = 268
                    self.param() 
                self.state = 273
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,44,self._ctx)

            self.state = 276
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==1:
                self.state = 274
                self.match(VueParser.T__0)
                self.state = 275
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
        self.enterRule(localctx, 28, self.RULE_param)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 283
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,47,self._ctx)
            if la_ == 1:
                self.state = 278
                self.typeSpec()
                pass

            elif la_ == 2:
                self.state = 280
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 279
                    self.match(VueParser.CONST)


                self.state = 282
                self.match(VueParser.ID)
                pass


            self.state = 288
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==82:
                self.state = 285
                self.match(VueParser.STAR)
                self.state = 290
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 292
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==75:
                self.state = 291
                self.match(VueParser.CONST)


            self.state = 295
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==88:
                self.state = 294
                self.match(VueParser.ID)


            self.state = 302
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==5:
                self.state = 297
                self.match(VueParser.T__4)
                self.state = 299
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1040896) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 16678913) != 0):
                    self.state = 298
                    self.expr(0)


                self.state = 301
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
        self.enterRule(localctx, 30, self.RULE_clause)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 304
            self.probeTuple()
            self.state = 309
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==1:
                self.state = 305
                self.match(VueParser.T__0)
                self.state = 306
                self.probeTuple()
                self.state = 311
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 313
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==56:
                self.state = 312
                self.predicate()


            self.state = 315
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
        self.enterRule(localctx, 32, self.RULE_probeTuple)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 317
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
        self.enterRule(localctx, 34, self.RULE_predicate)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 319
            self.match(VueParser.WHEN)
            self.state = 320
            self.match(VueParser.T__8)
            self.state = 321
            self.expr(0)
            self.state = 322
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
        self.enterRule(localctx, 36, self.RULE_block)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 324
            self.match(VueParser.T__2)
            self.state = 328
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & -360358338932776436) != 0) or ((((_la - 64)) & ~0x3f) == 0 and ((1 << (_la - 64)) & 570294271) != 0):
                self.state = 325
                self.blockItem()
                self.state = 330
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 331
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
        self.enterRule(localctx, 38, self.RULE_blockItem)
        try:
            self.state = 335
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 93]:
                self.enterOuterAlt(localctx, 1)
                self.state = 333
                self.declaration()
                pass
            elif token in [2, 3, 9, 13, 14, 15, 16, 17, 18, 19, 57, 59, 60, 61, 62, 63, 64, 65, 80, 82, 83, 84, 85, 86, 87, 88]:
                self.enterOuterAlt(localctx, 2)
                self.state = 334
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
        self.enterRule(localctx, 40, self.RULE_statement)
        self._la = 0 # Token type
        try:
            self.state = 387
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [3]:
                localctx = VueParser.BlockStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 337
                self.block()
                pass
            elif token in [57]:
                localctx = VueParser.IfStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 338
                self.match(VueParser.IF)
                self.state = 339
                self.match(VueParser.T__8)
                self.state = 340
                self.expr(0)
                self.state = 341
                self.match(VueParser.T__9)
                self.state = 342
                self.statement()
                self.state = 345
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,57,self._ctx)
                if la_ == 1:
                    self.state = 343
                    self.match(VueParser.ELSE)
                    self.state = 344
                    self.statement()


                pass
            elif token in [59]:
                localctx = VueParser.WhileStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 347
                self.match(VueParser.WHILE)
                self.state = 348
                self.match(VueParser.T__8)
                self.state = 349
                self.expr(0)
                self.state = 350
                self.match(VueParser.T__9)
                self.state = 351
                self.statement()
                pass
            elif token in [60]:
                localctx = VueParser.DoStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 353
                self.match(VueParser.DO)
                self.state = 354
                self.statement()
                self.state = 355
                self.match(VueParser.WHILE)
                self.state = 356
                self.match(VueParser.T__8)
                self.state = 357
                self.expr(0)
                self.state = 358
                self.match(VueParser.T__9)
                self.state = 359
                self.match(VueParser.T__1)
                pass
            elif token in [61]:
                localctx = VueParser.ForStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 361
                self.match(VueParser.FOR)
                self.state = 362
                self.match(VueParser.T__8)
                self.state = 364
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1040896) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 16678913) != 0):
                    self.state = 363
                    self.expr(0)


                self.state = 366
                self.match(VueParser.T__1)
                self.state = 368
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1040896) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 16678913) != 0):
                    self.state = 367
                    self.expr(0)


                self.state = 370
                self.match(VueParser.T__1)
                self.state = 372
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1040896) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 16678913) != 0):
                    self.state = 371
                    self.expr(0)


                self.state = 374
                self.match(VueParser.T__9)
                self.state = 375
                self.statement()
                pass
            elif token in [62, 63]:
                localctx = VueParser.JumpStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 376
                localctx.kw = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==62 or _la==63):
                    localctx.kw = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 377
                self.match(VueParser.T__1)
                pass
            elif token in [64]:
                localctx = VueParser.ReturnStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 378
                self.match(VueParser.RETURN)
                self.state = 380
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1040896) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 16678913) != 0):
                    self.state = 379
                    self.expr(0)


                self.state = 382
                self.match(VueParser.T__1)
                pass
            elif token in [9, 13, 14, 15, 16, 17, 18, 19, 65, 80, 82, 83, 84, 85, 86, 87, 88]:
                localctx = VueParser.ExprStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 383
                self.expr(0)
                self.state = 384
                self.match(VueParser.T__1)
                pass
            elif token in [2]:
                localctx = VueParser.EmptyStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 386
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
        _startState = 42
        self.enterRecursionRule(localctx, 42, self.RULE_expr, _p)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 405
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,63,self._ctx)
            if la_ == 1:
                localctx = VueParser.PrimaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx

                self.state = 390
                self.primary()
                pass

            elif la_ == 2:
                localctx = VueParser.PrefixExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 391
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 1040384) != 0) or _la==82):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 392
                self.expr(16)
                pass

            elif la_ == 3:
                localctx = VueParser.SizeofTypeExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 393
                self.match(VueParser.SIZEOF)
                self.state = 394
                self.match(VueParser.T__8)
                self.state = 395
                self.typeName()
                self.state = 396
                self.match(VueParser.T__9)
                pass

            elif la_ == 4:
                localctx = VueParser.SizeofExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 398
                self.match(VueParser.SIZEOF)
                self.state = 399
                self.expr(14)
                pass

            elif la_ == 5:
                localctx = VueParser.CastExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 400
                self.match(VueParser.T__8)
                self.state = 401
                self.typeName()
                self.state = 402
                self.match(VueParser.T__9)
                self.state = 403
                self.expr(13)
                pass


            self._ctx.stop = self._input.LT(-1)
            self.state = 458
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,65,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    self.state = 456
                    self._errHandler.sync(self)
                    la_ = self._interp.adaptivePredict(self._input,64,self._ctx)
                    if la_ == 1:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 407
                        if not self.precpred(self._ctx, 12):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 12)")
                        self.state = 408
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(((((_la - 20)) & ~0x3f) == 0 and ((1 << (_la - 20)) & 4611686018427387907) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 409
                        self.expr(13)
                        pass

                    elif la_ == 2:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 410
                        if not self.precpred(self._ctx, 11):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 11)")
                        self.state = 411
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==15 or _la==16):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 412
                        self.expr(12)
                        pass

                    elif la_ == 3:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 413
                        if not self.precpred(self._ctx, 10):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 10)")
                        self.state = 414
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==22 or _la==23):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 415
                        self.expr(11)
                        pass

                    elif la_ == 4:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 416
                        if not self.precpred(self._ctx, 9):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 9)")
                        self.state = 417
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 251658240) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 418
                        self.expr(10)
                        pass

                    elif la_ == 5:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 419
                        if not self.precpred(self._ctx, 8):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 8)")
                        self.state = 420
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==28 or _la==29):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 421
                        self.expr(9)
                        pass

                    elif la_ == 6:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 422
                        if not self.precpred(self._ctx, 7):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 7)")
                        self.state = 423
                        localctx.op = self.match(VueParser.T__18)
                        self.state = 424
                        self.expr(8)
                        pass

                    elif la_ == 7:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 425
                        if not self.precpred(self._ctx, 6):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 6)")
                        self.state = 426
                        localctx.op = self.match(VueParser.T__29)
                        self.state = 427
                        self.expr(7)
                        pass

                    elif la_ == 8:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 428
                        if not self.precpred(self._ctx, 5):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 5)")
                        self.state = 429
                        localctx.op = self.match(VueParser.T__30)
                        self.state = 430
                        self.expr(6)
                        pass

                    elif la_ == 9:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 431
                        if not self.precpred(self._ctx, 4):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 4)")
                        self.state = 432
                        localctx.op = self.match(VueParser.T__31)
                        self.state = 433
                        self.expr(5)
                        pass

                    elif la_ == 10:
                        localctx = VueParser.BinaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 434
                        if not self.precpred(self._ctx, 3):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 3)")
                        self.state = 435
                        localctx.op = self.match(VueParser.T__32)
                        self.state = 436
                        self.expr(4)
                        pass

                    elif la_ == 11:
                        localctx = VueParser.TernaryExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 437
                        if not self.precpred(self._ctx, 2):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                        self.state = 438
                        self.match(VueParser.T__33)
                        self.state = 439
                        self.expr(0)
                        self.state = 440
                        self.match(VueParser.T__6)
                        self.state = 441
                        self.expr(2)
                        pass

                    elif la_ == 12:
                        localctx = VueParser.AssignExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 443
                        if not self.precpred(self._ctx, 1):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 1)")
                        self.state = 444
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 35150012350720) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 445
                        self.expr(1)
                        pass

                    elif la_ == 13:
                        localctx = VueParser.IndexExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 446
                        if not self.precpred(self._ctx, 19):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 19)")
                        self.state = 447
                        self.match(VueParser.T__4)
                        self.state = 448
                        self.expr(0)
                        self.state = 449
                        self.match(VueParser.T__5)
                        pass

                    elif la_ == 14:
                        localctx = VueParser.MemberExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 451
                        if not self.precpred(self._ctx, 18):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 18)")
                        self.state = 452
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==11 or _la==12):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 453
                        self.match(VueParser.ID)
                        pass

                    elif la_ == 15:
                        localctx = VueParser.PostfixExprContext(self, VueParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 454
                        if not self.precpred(self._ctx, 17):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 17)")
                        self.state = 455
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==13 or _la==14):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        pass

             
                self.state = 460
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
        self.enterRule(localctx, 44, self.RULE_typeName)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 461
            self.typeSpec()
            self.state = 465
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==82:
                self.state = 462
                self.match(VueParser.STAR)
                self.state = 467
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
        self.enterRule(localctx, 46, self.RULE_primary)
        self._la = 0 # Token type
        try:
            self.state = 497
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,70,self._ctx)
            if la_ == 1:
                localctx = VueParser.IntLitContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 468
                self.match(VueParser.INT_LIT)
                pass

            elif la_ == 2:
                localctx = VueParser.FloatLitContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 469
                self.match(VueParser.FLOAT_LIT)
                pass

            elif la_ == 3:
                localctx = VueParser.CharLitContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 470
                self.match(VueParser.CHAR_LIT)
                pass

            elif la_ == 4:
                localctx = VueParser.StringLitContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 472 
                self._errHandler.sync(self)
                _alt = 1
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt == 1:
                        self.state = 471
                        self.match(VueParser.STRING_LIT)

                    else:
                        raise NoViableAltException(self)
                    self.state = 474 
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,67,self._ctx)

                pass

            elif la_ == 5:
                localctx = VueParser.DollarArgContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 476
                self.match(VueParser.DOLLAR)
                pass

            elif la_ == 6:
                localctx = VueParser.QualifiedVarContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 477
                self.match(VueParser.CLASSQ)
                self.state = 478
                self.match(VueParser.ID)
                pass

            elif la_ == 7:
                localctx = VueParser.CallExprContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 479
                self.match(VueParser.ID)
                self.state = 480
                self.match(VueParser.T__8)
                self.state = 489
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 1040896) != 0) or ((((_la - 65)) & ~0x3f) == 0 and ((1 << (_la - 65)) & 16678913) != 0):
                    self.state = 481
                    self.expr(0)
                    self.state = 486
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    while _la==1:
                        self.state = 482
                        self.match(VueParser.T__0)
                        self.state = 483
                        self.expr(0)
                        self.state = 488
                        self._errHandler.sync(self)
                        _la = self._input.LA(1)



                self.state = 491
                self.match(VueParser.T__9)
                pass

            elif la_ == 8:
                localctx = VueParser.NameExprContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 492
                self.match(VueParser.ID)
                pass

            elif la_ == 9:
                localctx = VueParser.ParenExprContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 493
                self.match(VueParser.T__8)
                self.state = 494
                self.expr(0)
                self.state = 495
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
        self._predicates[21] = self.expr_sempred
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
         




