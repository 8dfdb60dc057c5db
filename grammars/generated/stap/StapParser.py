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
        4,1,79,521,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,7,
        6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,13,
        2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,20,
        7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,2,25,7,25,1,0,5,0,54,
        8,0,10,0,12,0,57,9,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,3,1,66,8,1,1,2,
        1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,3,2,78,8,2,1,3,1,3,1,3,5,3,83,
        8,3,10,3,12,3,86,9,3,1,4,1,4,1,4,5,4,91,8,4,10,4,12,4,94,9,4,1,4,
        3,4,97,8,4,1,4,1,4,1,4,1,4,1,4,3,4,104,8,4,1,5,1,5,1,5,1,5,1,5,5,
        5,111,8,5,10,5,12,5,114,9,5,1,5,1,5,3,5,118,8,5,1,6,1,6,1,6,5,6,
        123,8,6,10,6,12,6,126,9,6,1,7,1,7,1,7,1,7,1,7,3,7,133,8,7,1,8,4,
        8,136,8,8,11,8,12,8,137,1,8,3,8,141,8,8,1,9,1,9,1,10,4,10,146,8,
        10,11,10,12,10,147,1,10,3,10,151,8,10,1,10,1,10,1,10,3,10,156,8,
        10,1,11,3,11,159,8,11,1,11,1,11,1,11,1,11,5,11,165,8,11,10,11,12,
        11,168,9,11,1,12,1,12,1,12,1,12,3,12,174,8,12,1,12,3,12,177,8,12,
        1,12,1,12,3,12,181,8,12,1,12,1,12,1,12,1,12,1,12,1,12,1,12,3,12,
        190,8,12,3,12,192,8,12,1,13,4,13,195,8,13,11,13,12,13,196,1,13,3,
        13,200,8,13,1,13,3,13,203,8,13,1,14,3,14,206,8,14,1,14,1,14,1,14,
        1,14,3,14,212,8,14,1,14,1,14,1,14,1,14,5,14,218,8,14,10,14,12,14,
        221,9,14,3,14,223,8,14,1,14,1,14,1,14,3,14,228,8,14,1,14,1,14,3,
        14,232,8,14,1,15,1,15,1,15,3,15,237,8,15,1,16,1,16,1,17,1,17,5,17,
        243,8,17,10,17,12,17,246,9,17,1,17,1,17,1,18,1,18,1,18,1,18,1,18,
        1,18,1,18,1,18,1,18,3,18,259,8,18,1,18,1,18,1,18,1,18,1,18,1,18,
        1,18,1,18,1,18,3,18,270,8,18,1,18,1,18,3,18,274,8,18,1,18,1,18,3,
        18,278,8,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,3,
        18,290,8,18,1,18,1,18,3,18,294,8,18,1,18,1,18,3,18,298,8,18,1,18,
        1,18,3,18,302,8,18,1,18,3,18,305,8,18,1,18,1,18,1,18,3,18,310,8,
        18,1,18,1,18,1,18,1,18,1,18,1,18,3,18,318,8,18,1,18,1,18,1,18,1,
        18,1,18,3,18,325,8,18,3,18,327,8,18,1,19,1,19,3,19,331,8,19,1,19,
        3,19,334,8,19,1,19,1,19,1,19,1,19,3,19,340,8,19,1,19,3,19,343,8,
        19,1,19,1,19,3,19,347,8,19,1,20,1,20,1,20,1,20,5,20,353,8,20,10,
        20,12,20,356,9,20,1,20,1,20,1,20,3,20,361,8,20,1,21,1,21,3,21,365,
        8,21,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,
        5,22,379,8,22,10,22,12,22,382,9,22,1,22,1,22,1,22,1,22,3,22,388,
        8,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,
        1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,
        1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,
        1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,1,22,5,22,437,8,22,10,22,
        12,22,440,9,22,1,23,1,23,4,23,444,8,23,11,23,12,23,445,1,23,1,23,
        1,23,1,23,1,23,1,23,1,23,1,23,1,23,5,23,457,8,23,10,23,12,23,460,
        9,23,3,23,462,8,23,1,23,1,23,1,23,1,23,1,23,1,23,5,23,470,8,23,10,
        23,12,23,473,9,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,5,23,483,
        8,23,10,23,12,23,486,9,23,3,23,488,8,23,1,23,1,23,5,23,492,8,23,
        10,23,12,23,495,9,23,1,23,1,23,5,23,499,8,23,10,23,12,23,502,9,23,
        1,23,1,23,1,23,1,23,3,23,508,8,23,1,24,1,24,1,24,1,24,1,24,1,24,
        1,24,3,24,517,8,24,1,25,1,25,1,25,0,1,44,26,0,2,4,6,8,10,12,14,16,
        18,20,22,24,26,28,30,32,34,36,38,40,42,44,46,48,50,0,13,1,0,3,4,
        1,0,7,8,3,0,14,14,71,71,76,76,3,0,2,2,9,9,15,30,2,0,31,31,36,36,
        1,0,37,38,4,0,8,8,31,31,36,36,39,39,3,0,14,14,34,34,41,41,1,0,42,
        43,1,0,44,49,2,0,3,4,56,66,1,0,50,51,4,0,2,2,9,9,15,30,76,76,607,
        0,55,1,0,0,0,2,65,1,0,0,0,4,77,1,0,0,0,6,79,1,0,0,0,8,87,1,0,0,0,
        10,117,1,0,0,0,12,119,1,0,0,0,14,127,1,0,0,0,16,140,1,0,0,0,18,142,
        1,0,0,0,20,155,1,0,0,0,22,158,1,0,0,0,24,191,1,0,0,0,26,202,1,0,
        0,0,28,205,1,0,0,0,30,233,1,0,0,0,32,238,1,0,0,0,34,240,1,0,0,0,
        36,326,1,0,0,0,38,333,1,0,0,0,40,360,1,0,0,0,42,362,1,0,0,0,44,387,
        1,0,0,0,46,507,1,0,0,0,48,516,1,0,0,0,50,518,1,0,0,0,52,54,3,2,1,
        0,53,52,1,0,0,0,54,57,1,0,0,0,55,53,1,0,0,0,55,56,1,0,0,0,56,58,
        1,0,0,0,57,55,1,0,0,0,58,59,5,0,0,1,59,1,1,0,0,0,60,66,3,4,2,0,61,
        66,3,22,11,0,62,66,3,28,14,0,63,66,5,69,0,0,64,66,5,1,0,0,65,60,
        1,0,0,0,65,61,1,0,0,0,65,62,1,0,0,0,65,63,1,0,0,0,65,64,1,0,0,0,
        66,3,1,0,0,0,67,68,5,2,0,0,68,69,3,8,4,0,69,70,7,0,0,0,70,71,3,6,
        3,0,71,72,3,34,17,0,72,78,1,0,0,0,73,74,5,2,0,0,74,75,3,6,3,0,75,
        76,3,34,17,0,76,78,1,0,0,0,77,67,1,0,0,0,77,73,1,0,0,0,78,5,1,0,
        0,0,79,84,3,8,4,0,80,81,5,5,0,0,81,83,3,8,4,0,82,80,1,0,0,0,83,86,
        1,0,0,0,84,82,1,0,0,0,84,85,1,0,0,0,85,7,1,0,0,0,86,84,1,0,0,0,87,
        92,3,10,5,0,88,89,5,6,0,0,89,91,3,10,5,0,90,88,1,0,0,0,91,94,1,0,
        0,0,92,90,1,0,0,0,92,93,1,0,0,0,93,96,1,0,0,0,94,92,1,0,0,0,95,97,
        7,1,0,0,96,95,1,0,0,0,96,97,1,0,0,0,97,103,1,0,0,0,98,99,5,9,0,0,
        99,100,5,10,0,0,100,101,3,44,22,0,101,102,5,11,0,0,102,104,1,0,0,
        0,103,98,1,0,0,0,103,104,1,0,0,0,104,9,1,0,0,0,105,118,3,14,7,0,
        106,107,5,12,0,0,107,112,3,12,6,0,108,109,5,5,0,0,109,111,3,12,6,
        0,110,108,1,0,0,0,111,114,1,0,0,0,112,110,1,0,0,0,112,113,1,0,0,
        0,113,115,1,0,0,0,114,112,1,0,0,0,115,116,5,13,0,0,116,118,1,0,0,
        0,117,105,1,0,0,0,117,106,1,0,0,0,118,11,1,0,0,0,119,124,3,10,5,
        0,120,121,5,6,0,0,121,123,3,10,5,0,122,120,1,0,0,0,123,126,1,0,0,
        0,124,122,1,0,0,0,124,125,1,0,0,0,125,13,1,0,0,0,126,124,1,0,0,0,
        127,132,3,16,8,0,128,129,5,10,0,0,129,130,3,20,10,0,130,131,5,11,
        0,0,131,133,1,0,0,0,132,128,1,0,0,0,132,133,1,0,0,0,133,15,1,0,0,
        0,134,136,7,2,0,0,135,134,1,0,0,0,136,137,1,0,0,0,137,135,1,0,0,
        0,137,138,1,0,0,0,138,141,1,0,0,0,139,141,3,18,9,0,140,135,1,0,0,
        0,140,139,1,0,0,0,141,17,1,0,0,0,142,143,7,3,0,0,143,19,1,0,0,0,
        144,146,5,70,0,0,145,144,1,0,0,0,146,147,1,0,0,0,147,145,1,0,0,0,
        147,148,1,0,0,0,148,156,1,0,0,0,149,151,5,31,0,0,150,149,1,0,0,0,
        150,151,1,0,0,0,151,152,1,0,0,0,152,156,5,71,0,0,153,156,5,72,0,
        0,154,156,5,73,0,0,155,145,1,0,0,0,155,150,1,0,0,0,155,153,1,0,0,
        0,155,154,1,0,0,0,156,21,1,0,0,0,157,159,5,30,0,0,158,157,1,0,0,
        0,158,159,1,0,0,0,159,160,1,0,0,0,160,161,5,17,0,0,161,166,3,24,
        12,0,162,163,5,5,0,0,163,165,3,24,12,0,164,162,1,0,0,0,165,168,1,
        0,0,0,166,164,1,0,0,0,166,167,1,0,0,0,167,23,1,0,0,0,168,166,1,0,
        0,0,169,173,5,76,0,0,170,171,5,32,0,0,171,172,5,71,0,0,172,174,5,
        33,0,0,173,170,1,0,0,0,173,174,1,0,0,0,174,176,1,0,0,0,175,177,5,
        34,0,0,176,175,1,0,0,0,176,177,1,0,0,0,177,180,1,0,0,0,178,179,5,
        3,0,0,179,181,3,26,13,0,180,178,1,0,0,0,180,181,1,0,0,0,181,192,
        1,0,0,0,182,183,5,76,0,0,183,184,5,34,0,0,184,185,5,32,0,0,185,186,
        5,71,0,0,186,189,5,33,0,0,187,188,5,3,0,0,188,190,3,26,13,0,189,
        187,1,0,0,0,189,190,1,0,0,0,190,192,1,0,0,0,191,169,1,0,0,0,191,
        182,1,0,0,0,192,25,1,0,0,0,193,195,5,70,0,0,194,193,1,0,0,0,195,
        196,1,0,0,0,196,194,1,0,0,0,196,197,1,0,0,0,197,203,1,0,0,0,198,
        200,5,31,0,0,199,198,1,0,0,0,199,200,1,0,0,0,200,201,1,0,0,0,201,
        203,5,71,0,0,202,194,1,0,0,0,202,199,1,0,0,0,203,27,1,0,0,0,204,
        206,5,30,0,0,205,204,1,0,0,0,205,206,1,0,0,0,206,207,1,0,0,0,207,
        208,5,16,0,0,208,211,5,76,0,0,209,210,5,35,0,0,210,212,3,32,16,0,
        211,209,1,0,0,0,211,212,1,0,0,0,212,213,1,0,0,0,213,222,5,10,0,0,
        214,219,3,30,15,0,215,216,5,5,0,0,216,218,3,30,15,0,217,215,1,0,
        0,0,218,221,1,0,0,0,219,217,1,0,0,0,219,220,1,0,0,0,220,223,1,0,
        0,0,221,219,1,0,0,0,222,214,1,0,0,0,222,223,1,0,0,0,223,224,1,0,
        0,0,224,227,5,11,0,0,225,226,5,35,0,0,226,228,3,32,16,0,227,225,
        1,0,0,0,227,228,1,0,0,0,228,231,1,0,0,0,229,232,3,34,17,0,230,232,
        5,69,0,0,231,229,1,0,0,0,231,230,1,0,0,0,232,29,1,0,0,0,233,236,
        5,76,0,0,234,235,5,35,0,0,235,237,3,32,16,0,236,234,1,0,0,0,236,
        237,1,0,0,0,237,31,1,0,0,0,238,239,5,76,0,0,239,33,1,0,0,0,240,244,
        5,12,0,0,241,243,3,36,18,0,242,241,1,0,0,0,243,246,1,0,0,0,244,242,
        1,0,0,0,244,245,1,0,0,0,245,247,1,0,0,0,246,244,1,0,0,0,247,248,
        5,13,0,0,248,35,1,0,0,0,249,327,3,34,17,0,250,327,5,1,0,0,251,252,
        5,9,0,0,252,253,5,10,0,0,253,254,3,44,22,0,254,255,5,11,0,0,255,
        258,3,36,18,0,256,257,5,18,0,0,257,259,3,36,18,0,258,256,1,0,0,0,
        258,259,1,0,0,0,259,327,1,0,0,0,260,261,5,19,0,0,261,262,5,10,0,
        0,262,263,3,44,22,0,263,264,5,11,0,0,264,265,3,36,18,0,265,327,1,
        0,0,0,266,267,5,20,0,0,267,269,5,10,0,0,268,270,3,44,22,0,269,268,
        1,0,0,0,269,270,1,0,0,0,270,271,1,0,0,0,271,273,5,1,0,0,272,274,
        3,44,22,0,273,272,1,0,0,0,273,274,1,0,0,0,274,275,1,0,0,0,275,277,
        5,1,0,0,276,278,3,44,22,0,277,276,1,0,0,0,277,278,1,0,0,0,278,279,
        1,0,0,0,279,280,5,11,0,0,280,327,3,36,18,0,281,282,5,21,0,0,282,
        283,5,10,0,0,283,284,3,38,19,0,284,285,5,11,0,0,285,286,3,36,18,
        0,286,327,1,0,0,0,287,289,5,24,0,0,288,290,5,1,0,0,289,288,1,0,0,
        0,289,290,1,0,0,0,290,327,1,0,0,0,291,293,5,25,0,0,292,294,5,1,0,
        0,293,292,1,0,0,0,293,294,1,0,0,0,294,327,1,0,0,0,295,297,5,26,0,
        0,296,298,5,1,0,0,297,296,1,0,0,0,297,298,1,0,0,0,298,327,1,0,0,
        0,299,301,5,15,0,0,300,302,3,44,22,0,301,300,1,0,0,0,301,302,1,0,
        0,0,302,304,1,0,0,0,303,305,5,1,0,0,304,303,1,0,0,0,304,305,1,0,
        0,0,305,327,1,0,0,0,306,307,5,27,0,0,307,309,3,44,22,0,308,310,5,
        1,0,0,309,308,1,0,0,0,309,310,1,0,0,0,310,327,1,0,0,0,311,312,5,
        28,0,0,312,313,3,34,17,0,313,317,5,29,0,0,314,315,5,10,0,0,315,316,
        5,76,0,0,316,318,5,11,0,0,317,314,1,0,0,0,317,318,1,0,0,0,318,319,
        1,0,0,0,319,320,3,34,17,0,320,327,1,0,0,0,321,327,5,69,0,0,322,324,
        3,44,22,0,323,325,5,1,0,0,324,323,1,0,0,0,324,325,1,0,0,0,325,327,
        1,0,0,0,326,249,1,0,0,0,326,250,1,0,0,0,326,251,1,0,0,0,326,260,
        1,0,0,0,326,266,1,0,0,0,326,281,1,0,0,0,326,287,1,0,0,0,326,291,
        1,0,0,0,326,295,1,0,0,0,326,299,1,0,0,0,326,306,1,0,0,0,326,311,
        1,0,0,0,326,321,1,0,0,0,326,322,1,0,0,0,327,37,1,0,0,0,328,330,5,
        76,0,0,329,331,7,4,0,0,330,329,1,0,0,0,330,331,1,0,0,0,331,332,1,
        0,0,0,332,334,5,3,0,0,333,328,1,0,0,0,333,334,1,0,0,0,334,335,1,
        0,0,0,335,336,3,40,20,0,336,337,5,22,0,0,337,342,5,76,0,0,338,340,
        5,75,0,0,339,338,1,0,0,0,339,340,1,0,0,0,340,341,1,0,0,0,341,343,
        7,4,0,0,342,339,1,0,0,0,342,343,1,0,0,0,343,346,1,0,0,0,344,345,
        5,23,0,0,345,347,3,44,22,0,346,344,1,0,0,0,346,347,1,0,0,0,347,39,
        1,0,0,0,348,349,5,32,0,0,349,354,3,42,21,0,350,351,5,5,0,0,351,353,
        3,42,21,0,352,350,1,0,0,0,353,356,1,0,0,0,354,352,1,0,0,0,354,355,
        1,0,0,0,355,357,1,0,0,0,356,354,1,0,0,0,357,358,5,33,0,0,358,361,
        1,0,0,0,359,361,3,42,21,0,360,348,1,0,0,0,360,359,1,0,0,0,361,41,
        1,0,0,0,362,364,5,76,0,0,363,365,7,4,0,0,364,363,1,0,0,0,364,365,
        1,0,0,0,365,43,1,0,0,0,366,367,6,22,-1,0,367,388,3,46,23,0,368,369,
        7,5,0,0,369,388,3,44,22,18,370,371,7,6,0,0,371,388,3,44,22,17,372,
        373,5,40,0,0,373,388,3,44,22,16,374,375,5,32,0,0,375,380,3,44,22,
        0,376,377,5,5,0,0,377,379,3,44,22,0,378,376,1,0,0,0,379,382,1,0,
        0,0,380,378,1,0,0,0,380,381,1,0,0,0,381,383,1,0,0,0,382,380,1,0,
        0,0,383,384,5,33,0,0,384,385,5,22,0,0,385,386,5,76,0,0,386,388,1,
        0,0,0,387,366,1,0,0,0,387,368,1,0,0,0,387,370,1,0,0,0,387,372,1,
        0,0,0,387,374,1,0,0,0,388,438,1,0,0,0,389,390,10,15,0,0,390,391,
        7,7,0,0,391,437,3,44,22,16,392,393,10,14,0,0,393,394,7,4,0,0,394,
        437,3,44,22,15,395,396,10,13,0,0,396,397,5,6,0,0,397,437,3,44,22,
        14,398,399,10,12,0,0,399,400,7,8,0,0,400,437,3,44,22,13,401,402,
        10,11,0,0,402,403,7,9,0,0,403,437,3,44,22,12,404,405,10,7,0,0,405,
        406,5,40,0,0,406,437,3,44,22,8,407,408,10,6,0,0,408,409,5,52,0,0,
        409,437,3,44,22,7,410,411,10,5,0,0,411,412,5,53,0,0,412,437,3,44,
        22,6,413,414,10,4,0,0,414,415,5,54,0,0,415,437,3,44,22,5,416,417,
        10,3,0,0,417,418,5,55,0,0,418,437,3,44,22,4,419,420,10,2,0,0,420,
        421,5,7,0,0,421,422,3,44,22,0,422,423,5,35,0,0,423,424,3,44,22,2,
        424,437,1,0,0,0,425,426,10,1,0,0,426,427,7,10,0,0,427,437,3,44,22,
        1,428,429,10,19,0,0,429,437,7,5,0,0,430,431,10,10,0,0,431,432,7,
        11,0,0,432,437,5,70,0,0,433,434,10,9,0,0,434,435,5,22,0,0,435,437,
        5,76,0,0,436,389,1,0,0,0,436,392,1,0,0,0,436,395,1,0,0,0,436,398,
        1,0,0,0,436,401,1,0,0,0,436,404,1,0,0,0,436,407,1,0,0,0,436,410,
        1,0,0,0,436,413,1,0,0,0,436,416,1,0,0,0,436,419,1,0,0,0,436,425,
        1,0,0,0,436,428,1,0,0,0,436,430,1,0,0,0,436,433,1,0,0,0,437,440,
        1,0,0,0,438,436,1,0,0,0,438,439,1,0,0,0,439,45,1,0,0,0,440,438,1,
        0,0,0,441,508,5,71,0,0,442,444,5,70,0,0,443,442,1,0,0,0,444,445,
        1,0,0,0,445,443,1,0,0,0,445,446,1,0,0,0,446,508,1,0,0,0,447,448,
        5,10,0,0,448,449,3,44,22,0,449,450,5,11,0,0,450,508,1,0,0,0,451,
        452,5,76,0,0,452,461,5,10,0,0,453,458,3,44,22,0,454,455,5,5,0,0,
        455,457,3,44,22,0,456,454,1,0,0,0,457,460,1,0,0,0,458,456,1,0,0,
        0,458,459,1,0,0,0,459,462,1,0,0,0,460,458,1,0,0,0,461,453,1,0,0,
        0,461,462,1,0,0,0,462,463,1,0,0,0,463,508,5,11,0,0,464,465,5,76,
        0,0,465,466,5,32,0,0,466,471,3,44,22,0,467,468,5,5,0,0,468,470,3,
        44,22,0,469,467,1,0,0,0,470,473,1,0,0,0,471,469,1,0,0,0,471,472,
        1,0,0,0,472,474,1,0,0,0,473,471,1,0,0,0,474,475,5,33,0,0,475,508,
        1,0,0,0,476,508,5,76,0,0,477,478,5,75,0,0,478,487,5,10,0,0,479,484,
        3,44,22,0,480,481,5,5,0,0,481,483,3,44,22,0,482,480,1,0,0,0,483,
        486,1,0,0,0,484,482,1,0,0,0,484,485,1,0,0,0,485,488,1,0,0,0,486,
        484,1,0,0,0,487,479,1,0,0,0,487,488,1,0,0,0,488,489,1,0,0,0,489,
        493,5,11,0,0,490,492,3,48,24,0,491,490,1,0,0,0,492,495,1,0,0,0,493,
        491,1,0,0,0,493,494,1,0,0,0,494,508,1,0,0,0,495,493,1,0,0,0,496,
        500,5,74,0,0,497,499,3,48,24,0,498,497,1,0,0,0,499,502,1,0,0,0,500,
        498,1,0,0,0,500,501,1,0,0,0,501,508,1,0,0,0,502,500,1,0,0,0,503,
        508,5,72,0,0,504,508,5,73,0,0,505,508,5,69,0,0,506,508,5,14,0,0,
        507,441,1,0,0,0,507,443,1,0,0,0,507,447,1,0,0,0,507,451,1,0,0,0,
        507,464,1,0,0,0,507,476,1,0,0,0,507,477,1,0,0,0,507,496,1,0,0,0,
        507,503,1,0,0,0,507,504,1,0,0,0,507,505,1,0,0,0,507,506,1,0,0,0,
        508,47,1,0,0,0,509,510,5,67,0,0,510,517,3,50,25,0,511,512,5,32,0,
        0,512,513,3,44,22,0,513,514,5,33,0,0,514,517,1,0,0,0,515,517,5,68,
        0,0,516,509,1,0,0,0,516,511,1,0,0,0,516,515,1,0,0,0,517,49,1,0,0,
        0,518,519,7,12,0,0,519,51,1,0,0,0,69,55,65,77,84,92,96,103,112,117,
        124,132,137,140,147,150,155,158,166,173,176,180,189,191,196,199,
        202,205,211,219,222,227,231,236,244,258,269,273,277,289,293,297,
        301,304,309,317,324,326,330,333,339,342,346,354,360,364,380,387,
        436,438,445,458,461,471,484,487,493,500,507,516
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
    RULE_memberName = 25

    ruleNames =  [ "program", "topDecl", "probeDecl", "probePointList", 
                   "probePoint", "ppPart", "ppSeq", "ppComponent", "ppName", 
                   "ppKeyword", "ppArg", "globalDecl", "globalVar", "literal", 
                   "functionDecl", "param", "typeName", "block", "statement", 
                   "foreachHead", "foreachKeys", "foreachKey", "expr", "primary", 
                   "targetSuffix", "memberName" ]

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
            self.state = 55
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 1073938438) != 0) or _la==69:
                self.state = 52
                self.topDecl()
                self.state = 57
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 58
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
            self.state = 65
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,1,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 60
                self.probeDecl()
                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 61
                self.globalDecl()
                pass

            elif la_ == 3:
                self.enterOuterAlt(localctx, 3)
                self.state = 62
                self.functionDecl()
                pass

            elif la_ == 4:
                self.enterOuterAlt(localctx, 4)
                self.state = 63
                self.match(StapParser.EMBEDDED)
                pass

            elif la_ == 5:
                self.enterOuterAlt(localctx, 5)
                self.state = 64
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
            self.state = 77
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,2,self._ctx)
            if la_ == 1:
                localctx = StapParser.ProbeAliasContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 67
                self.match(StapParser.T__1)
                self.state = 68
                self.probePoint()
                self.state = 69
                localctx.aliasOp = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==3 or _la==4):
                    localctx.aliasOp = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 70
                self.probePointList()
                self.state = 71
                self.block()
                pass

            elif la_ == 2:
                localctx = StapParser.ProbeDefContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 73
                self.match(StapParser.T__1)
                self.state = 74
                self.probePointList()
                self.state = 75
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
            self.state = 79
            self.probePoint()
            self.state = 84
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==5:
                self.state = 80
                self.match(StapParser.T__4)
                self.state = 81
                self.probePoint()
                self.state = 86
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
            self.state = 87
            self.ppPart()
            self.state = 92
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==6:
                self.state = 88
                self.match(StapParser.T__5)
                self.state = 89
                self.ppPart()
                self.state = 94
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 96
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==7 or _la==8:
                self.state = 95
                localctx.suffix = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==7 or _la==8):
                    localctx.suffix = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()


            self.state = 103
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==9:
                self.state = 98
                self.match(StapParser.T__8)
                self.state = 99
                self.match(StapParser.T__9)
                self.state = 100
                self.expr(0)
                self.state = 101
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
            self.state = 117
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [2, 9, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 71, 76]:
                self.enterOuterAlt(localctx, 1)
                self.state = 105
                self.ppComponent()
                pass
            elif token in [12]:
                self.enterOuterAlt(localctx, 2)
                self.state = 106
                self.match(StapParser.T__11)
                self.state = 107
                self.ppSeq()
                self.state = 112
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 108
                    self.match(StapParser.T__4)
                    self.state = 109
                    self.ppSeq()
                    self.state = 114
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 115
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
            self.state = 119
            self.ppPart()
            self.state = 124
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==6:
                self.state = 120
                self.match(StapParser.T__5)
                self.state = 121
                self.ppPart()
                self.state = 126
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
            self.state = 127
            self.ppName()
            self.state = 132
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==10:
                self.state = 128
                self.match(StapParser.T__9)
                self.state = 129
                self.ppArg()
                self.state = 130
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
            self.state = 140
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [14, 71, 76]:
                self.enterOuterAlt(localctx, 1)
                self.state = 135 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 134
                    _la = self._input.LA(1)
                    if not(((((_la - 14)) & ~0x3f) == 0 and ((1 << (_la - 14)) & 4755801206503243777) != 0)):
                        self._errHandler.recoverInline(self)
                    else:
                        self._errHandler.reportMatch(self)
                        self.consume()
                    self.state = 137 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not (((((_la - 14)) & ~0x3f) == 0 and ((1 << (_la - 14)) & 4755801206503243777) != 0)):
                        break

                pass
            elif token in [2, 9, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]:
                self.enterOuterAlt(localctx, 2)
                self.state = 139
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
            self.state = 142
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
            self.state = 155
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [70]:
                self.enterOuterAlt(localctx, 1)
                self.state = 145 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 144
                    self.match(StapParser.STRING)
                    self.state = 147 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not (_la==70):
                        break

                pass
            elif token in [31, 71]:
                self.enterOuterAlt(localctx, 2)
                self.state = 150
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==31:
                    self.state = 149
                    self.match(StapParser.T__30)


                self.state = 152
                self.match(StapParser.INT)
                pass
            elif token in [72]:
                self.enterOuterAlt(localctx, 3)
                self.state = 153
                self.match(StapParser.POS_NUM)
                pass
            elif token in [73]:
                self.enterOuterAlt(localctx, 4)
                self.state = 154
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
            self.state = 158
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==30:
                self.state = 157
                self.match(StapParser.T__29)


            self.state = 160
            self.match(StapParser.T__16)
            self.state = 161
            self.globalVar()
            self.state = 166
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==5:
                self.state = 162
                self.match(StapParser.T__4)
                self.state = 163
                self.globalVar()
                self.state = 168
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
            self.state = 191
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,22,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 169
                self.match(StapParser.IDENT)
                self.state = 173
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==32:
                    self.state = 170
                    self.match(StapParser.T__31)
                    self.state = 171
                    self.match(StapParser.INT)
                    self.state = 172
                    self.match(StapParser.T__32)


                self.state = 176
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==34:
                    self.state = 175
                    localctx.wrap = self.match(StapParser.T__33)


                self.state = 180
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==3:
                    self.state = 178
                    self.match(StapParser.T__2)
                    self.state = 179
                    self.literal()


                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 182
                self.match(StapParser.IDENT)
                self.state = 183
                localctx.wrap = self.match(StapParser.T__33)
                self.state = 184
                self.match(StapParser.T__31)
                self.state = 185
                self.match(StapParser.INT)
                self.state = 186
                self.match(StapParser.T__32)
                self.state = 189
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==3:
                    self.state = 187
                    self.match(StapParser.T__2)
                    self.state = 188
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
            self.state = 202
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [70]:
                self.enterOuterAlt(localctx, 1)
                self.state = 194 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 193
                    self.match(StapParser.STRING)
                    self.state = 196 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not (_la==70):
                        break

                pass
            elif token in [31, 71]:
                self.enterOuterAlt(localctx, 2)
                self.state = 199
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==31:
                    self.state = 198
                    self.match(StapParser.T__30)


                self.state = 201
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
            self.state = 205
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==30:
                self.state = 204
                self.match(StapParser.T__29)


            self.state = 207
            self.match(StapParser.T__15)
            self.state = 208
            self.match(StapParser.IDENT)
            self.state = 211
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==35:
                self.state = 209
                self.match(StapParser.T__34)
                self.state = 210
                self.typeName()


            self.state = 213
            self.match(StapParser.T__9)
            self.state = 222
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==76:
                self.state = 214
                self.param()
                self.state = 219
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 215
                    self.match(StapParser.T__4)
                    self.state = 216
                    self.param()
                    self.state = 221
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)



            self.state = 224
            self.match(StapParser.T__10)
            self.state = 227
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==35:
                self.state = 225
                self.match(StapParser.T__34)
                self.state = 226
                self.typeName()


            self.state = 231
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [12]:
                self.state = 229
                self.block()
                pass
            elif token in [69]:
                self.state = 230
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
            self.state = 233
            self.match(StapParser.IDENT)
            self.state = 236
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==35:
                self.state = 234
                self.match(StapParser.T__34)
                self.state = 235
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
            self.state = 238
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
            self.state = 240
            self.match(StapParser.T__11)
            self.state = 244
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 2137270048514) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
                self.state = 241
                self.statement()
                self.state = 246
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 247
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
            self.state = 326
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,46,self._ctx)
            if la_ == 1:
                localctx = StapParser.BlockStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 249
                self.block()
                pass

            elif la_ == 2:
                localctx = StapParser.EmptyStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 250
                self.match(StapParser.T__0)
                pass

            elif la_ == 3:
                localctx = StapParser.IfStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 251
                self.match(StapParser.T__8)
                self.state = 252
                self.match(StapParser.T__9)
                self.state = 253
                self.expr(0)
                self.state = 254
                self.match(StapParser.T__10)
                self.state = 255
                self.statement()
                self.state = 258
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,34,self._ctx)
                if la_ == 1:
                    self.state = 256
                    self.match(StapParser.T__17)
                    self.state = 257
                    self.statement()


                pass

            elif la_ == 4:
                localctx = StapParser.WhileStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 260
                self.match(StapParser.T__18)
                self.state = 261
                self.match(StapParser.T__9)
                self.state = 262
                self.expr(0)
                self.state = 263
                self.match(StapParser.T__10)
                self.state = 264
                self.statement()
                pass

            elif la_ == 5:
                localctx = StapParser.ForStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 266
                self.match(StapParser.T__19)
                self.state = 267
                self.match(StapParser.T__9)
                self.state = 269
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 2136746247424) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
                    self.state = 268
                    localctx.init = self.expr(0)


                self.state = 271
                self.match(StapParser.T__0)
                self.state = 273
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 2136746247424) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
                    self.state = 272
                    localctx.cond = self.expr(0)


                self.state = 275
                self.match(StapParser.T__0)
                self.state = 277
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 2136746247424) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
                    self.state = 276
                    localctx.step = self.expr(0)


                self.state = 279
                self.match(StapParser.T__10)
                self.state = 280
                self.statement()
                pass

            elif la_ == 6:
                localctx = StapParser.ForeachStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 281
                self.match(StapParser.T__20)
                self.state = 282
                self.match(StapParser.T__9)
                self.state = 283
                self.foreachHead()
                self.state = 284
                self.match(StapParser.T__10)
                self.state = 285
                self.statement()
                pass

            elif la_ == 7:
                localctx = StapParser.BreakStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 287
                self.match(StapParser.T__23)
                self.state = 289
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,38,self._ctx)
                if la_ == 1:
                    self.state = 288
                    self.match(StapParser.T__0)


                pass

            elif la_ == 8:
                localctx = StapParser.ContinueStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 291
                self.match(StapParser.T__24)
                self.state = 293
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,39,self._ctx)
                if la_ == 1:
                    self.state = 292
                    self.match(StapParser.T__0)


                pass

            elif la_ == 9:
                localctx = StapParser.NextStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 295
                self.match(StapParser.T__25)
                self.state = 297
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,40,self._ctx)
                if la_ == 1:
                    self.state = 296
                    self.match(StapParser.T__0)


                pass

            elif la_ == 10:
                localctx = StapParser.ReturnStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 10)
                self.state = 299
                self.match(StapParser.T__14)
                self.state = 301
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,41,self._ctx)
                if la_ == 1:
                    self.state = 300
                    self.expr(0)


                self.state = 304
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,42,self._ctx)
                if la_ == 1:
                    self.state = 303
                    self.match(StapParser.T__0)


                pass

            elif la_ == 11:
                localctx = StapParser.DeleteStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 11)
                self.state = 306
                self.match(StapParser.T__26)
                self.state = 307
                self.expr(0)
                self.state = 309
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,43,self._ctx)
                if la_ == 1:
                    self.state = 308
                    self.match(StapParser.T__0)


                pass

            elif la_ == 12:
                localctx = StapParser.TryStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 12)
                self.state = 311
                self.match(StapParser.T__27)
                self.state = 312
                self.block()
                self.state = 313
                self.match(StapParser.T__28)
                self.state = 317
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==10:
                    self.state = 314
                    self.match(StapParser.T__9)
                    self.state = 315
                    self.match(StapParser.IDENT)
                    self.state = 316
                    self.match(StapParser.T__10)


                self.state = 319
                self.block()
                pass

            elif la_ == 13:
                localctx = StapParser.EmbeddedStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 13)
                self.state = 321
                self.match(StapParser.EMBEDDED)
                pass

            elif la_ == 14:
                localctx = StapParser.ExprStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 14)
                self.state = 322
                self.expr(0)
                self.state = 324
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,45,self._ctx)
                if la_ == 1:
                    self.state = 323
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
            self.state = 333
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,48,self._ctx)
            if la_ == 1:
                self.state = 328
                localctx.value = self.match(StapParser.IDENT)
                self.state = 330
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==31 or _la==36:
                    self.state = 329
                    localctx.valueSort = self._input.LT(1)
                    _la = self._input.LA(1)
                    if not(_la==31 or _la==36):
                        localctx.valueSort = self._errHandler.recoverInline(self)
                    else:
                        self._errHandler.reportMatch(self)
                        self.consume()


                self.state = 332
                self.match(StapParser.T__2)


            self.state = 335
            self.foreachKeys()
            self.state = 336
            self.match(StapParser.T__21)
            self.state = 337
            localctx.array = self.match(StapParser.IDENT)
            self.state = 342
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if ((((_la - 31)) & ~0x3f) == 0 and ((1 << (_la - 31)) & 17592186044449) != 0):
                self.state = 339
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==75:
                    self.state = 338
                    localctx.statOp = self.match(StapParser.AT_IDENT)


                self.state = 341
                localctx.arraySort = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==31 or _la==36):
                    localctx.arraySort = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()


            self.state = 346
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==23:
                self.state = 344
                self.match(StapParser.T__22)
                self.state = 345
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
            self.state = 360
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [32]:
                self.enterOuterAlt(localctx, 1)
                self.state = 348
                self.match(StapParser.T__31)
                self.state = 349
                self.foreachKey()
                self.state = 354
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 350
                    self.match(StapParser.T__4)
                    self.state = 351
                    self.foreachKey()
                    self.state = 356
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 357
                self.match(StapParser.T__32)
                pass
            elif token in [76]:
                self.enterOuterAlt(localctx, 2)
                self.state = 359
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
            self.state = 362
            self.match(StapParser.IDENT)
            self.state = 364
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==31 or _la==36:
                self.state = 363
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
            self.state = 387
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [10, 14, 69, 70, 71, 72, 73, 74, 75, 76]:
                localctx = StapParser.PrimaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx

                self.state = 367
                self.primary()
                pass
            elif token in [37, 38]:
                localctx = StapParser.PreIncDecExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 368
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==37 or _la==38):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 369
                self.expr(18)
                pass
            elif token in [8, 31, 36, 39]:
                localctx = StapParser.UnaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 370
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 620622774528) != 0)):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 371
                self.expr(17)
                pass
            elif token in [40]:
                localctx = StapParser.AddrOfExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 372
                self.match(StapParser.T__39)
                self.state = 373
                self.expr(16)
                pass
            elif token in [32]:
                localctx = StapParser.InTupleExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 374
                self.match(StapParser.T__31)
                self.state = 375
                self.expr(0)
                self.state = 380
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 376
                    self.match(StapParser.T__4)
                    self.state = 377
                    self.expr(0)
                    self.state = 382
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 383
                self.match(StapParser.T__32)
                self.state = 384
                self.match(StapParser.T__21)
                self.state = 385
                self.match(StapParser.IDENT)
                pass
            else:
                raise NoViableAltException(self)

            self._ctx.stop = self._input.LT(-1)
            self.state = 438
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,58,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    self.state = 436
                    self._errHandler.sync(self)
                    la_ = self._interp.adaptivePredict(self._input,57,self._ctx)
                    if la_ == 1:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 389
                        if not self.precpred(self._ctx, 15):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 15)")
                        self.state = 390
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 2216203141120) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 391
                        self.expr(16)
                        pass

                    elif la_ == 2:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 392
                        if not self.precpred(self._ctx, 14):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 14)")
                        self.state = 393
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==31 or _la==36):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 394
                        self.expr(15)
                        pass

                    elif la_ == 3:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 395
                        if not self.precpred(self._ctx, 13):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 13)")
                        self.state = 396
                        localctx.op = self.match(StapParser.T__5)
                        self.state = 397
                        self.expr(14)
                        pass

                    elif la_ == 4:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 398
                        if not self.precpred(self._ctx, 12):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 12)")
                        self.state = 399
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==42 or _la==43):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 400
                        self.expr(13)
                        pass

                    elif la_ == 5:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 401
                        if not self.precpred(self._ctx, 11):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 11)")
                        self.state = 402
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 1108307720798208) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 403
                        self.expr(12)
                        pass

                    elif la_ == 6:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 404
                        if not self.precpred(self._ctx, 7):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 7)")
                        self.state = 405
                        localctx.op = self.match(StapParser.T__39)
                        self.state = 406
                        self.expr(8)
                        pass

                    elif la_ == 7:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 407
                        if not self.precpred(self._ctx, 6):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 6)")
                        self.state = 408
                        localctx.op = self.match(StapParser.T__51)
                        self.state = 409
                        self.expr(7)
                        pass

                    elif la_ == 8:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 410
                        if not self.precpred(self._ctx, 5):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 5)")
                        self.state = 411
                        localctx.op = self.match(StapParser.T__52)
                        self.state = 412
                        self.expr(6)
                        pass

                    elif la_ == 9:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 413
                        if not self.precpred(self._ctx, 4):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 4)")
                        self.state = 414
                        localctx.op = self.match(StapParser.T__53)
                        self.state = 415
                        self.expr(5)
                        pass

                    elif la_ == 10:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 416
                        if not self.precpred(self._ctx, 3):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 3)")
                        self.state = 417
                        localctx.op = self.match(StapParser.T__54)
                        self.state = 418
                        self.expr(4)
                        pass

                    elif la_ == 11:
                        localctx = StapParser.TernaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 419
                        if not self.precpred(self._ctx, 2):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                        self.state = 420
                        self.match(StapParser.T__6)
                        self.state = 421
                        self.expr(0)
                        self.state = 422
                        self.match(StapParser.T__34)
                        self.state = 423
                        self.expr(2)
                        pass

                    elif la_ == 12:
                        localctx = StapParser.AssignExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 425
                        if not self.precpred(self._ctx, 1):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 1)")
                        self.state = 426
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(((((_la - 3)) & ~0x3f) == 0 and ((1 << (_la - 3)) & -9007199254740989) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 427
                        self.expr(1)
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

             
                self.state = 440
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,58,self._ctx)

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
        self.enterRule(localctx, 46, self.RULE_primary)
        self._la = 0 # Token type
        try:
            self.state = 507
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,67,self._ctx)
            if la_ == 1:
                localctx = StapParser.IntLitContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 441
                self.match(StapParser.INT)
                pass

            elif la_ == 2:
                localctx = StapParser.StrLitContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 443 
                self._errHandler.sync(self)
                _alt = 1
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt == 1:
                        self.state = 442
                        self.match(StapParser.STRING)

                    else:
                        raise NoViableAltException(self)
                    self.state = 445 
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,59,self._ctx)

                pass

            elif la_ == 3:
                localctx = StapParser.ParenExprContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 447
                self.match(StapParser.T__9)
                self.state = 448
                self.expr(0)
                self.state = 449
                self.match(StapParser.T__10)
                pass

            elif la_ == 4:
                localctx = StapParser.CallExprContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 451
                self.match(StapParser.IDENT)
                self.state = 452
                self.match(StapParser.T__9)
                self.state = 461
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 2136746247424) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
                    self.state = 453
                    self.expr(0)
                    self.state = 458
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    while _la==5:
                        self.state = 454
                        self.match(StapParser.T__4)
                        self.state = 455
                        self.expr(0)
                        self.state = 460
                        self._errHandler.sync(self)
                        _la = self._input.LA(1)



                self.state = 463
                self.match(StapParser.T__10)
                pass

            elif la_ == 5:
                localctx = StapParser.IndexExprContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 464
                self.match(StapParser.IDENT)
                self.state = 465
                self.match(StapParser.T__31)
                self.state = 466
                self.expr(0)
                self.state = 471
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 467
                    self.match(StapParser.T__4)
                    self.state = 468
                    self.expr(0)
                    self.state = 473
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 474
                self.match(StapParser.T__32)
                pass

            elif la_ == 6:
                localctx = StapParser.NameExprContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 476
                self.match(StapParser.IDENT)
                pass

            elif la_ == 7:
                localctx = StapParser.AtExprContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 477
                self.match(StapParser.AT_IDENT)
                self.state = 478
                self.match(StapParser.T__9)
                self.state = 487
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 2136746247424) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 255) != 0):
                    self.state = 479
                    self.expr(0)
                    self.state = 484
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    while _la==5:
                        self.state = 480
                        self.match(StapParser.T__4)
                        self.state = 481
                        self.expr(0)
                        self.state = 486
                        self._errHandler.sync(self)
                        _la = self._input.LA(1)



                self.state = 489
                self.match(StapParser.T__10)
                self.state = 493
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,65,self._ctx)
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt==1:
                        self.state = 490
                        self.targetSuffix() 
                    self.state = 495
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,65,self._ctx)

                pass

            elif la_ == 8:
                localctx = StapParser.TargetExprContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 496
                self.match(StapParser.TARGET_VAR)
                self.state = 500
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,66,self._ctx)
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt==1:
                        self.state = 497
                        self.targetSuffix() 
                    self.state = 502
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,66,self._ctx)

                pass

            elif la_ == 9:
                localctx = StapParser.PosNumExprContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 503
                self.match(StapParser.POS_NUM)
                pass

            elif la_ == 10:
                localctx = StapParser.PosStrExprContext(self, localctx)
                self.enterOuterAlt(localctx, 10)
                self.state = 504
                self.match(StapParser.POS_STR)
                pass

            elif la_ == 11:
                localctx = StapParser.EmbeddedExprContext(self, localctx)
                self.enterOuterAlt(localctx, 11)
                self.state = 505
                self.match(StapParser.EMBEDDED)
                pass

            elif la_ == 12:
                localctx = StapParser.WildcardExprContext(self, localctx)
                self.enterOuterAlt(localctx, 12)
                self.state = 506
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
        self.enterRule(localctx, 48, self.RULE_targetSuffix)
        try:
            self.state = 516
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [67]:
                self.enterOuterAlt(localctx, 1)
                self.state = 509
                self.match(StapParser.T__66)
                self.state = 510
                self.memberName()
                pass
            elif token in [32]:
                self.enterOuterAlt(localctx, 2)
                self.state = 511
                self.match(StapParser.T__31)
                self.state = 512
                self.expr(0)
                self.state = 513
                self.match(StapParser.T__32)
                pass
            elif token in [68]:
                self.enterOuterAlt(localctx, 3)
                self.state = 515
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
        self.enterRule(localctx, 50, self.RULE_memberName)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 518
            _la = self._input.LA(1)
            if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 2147451396) != 0) or _la==76):
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
                return self.precpred(self._ctx, 2)
         

            if predIndex == 11:
                return self.precpred(self._ctx, 1)
         

            if predIndex == 12:
                return self.precpred(self._ctx, 19)
         

            if predIndex == 13:
                return self.precpred(self._ctx, 10)
         

            if predIndex == 14:
                return self.precpred(self._ctx, 9)
         




