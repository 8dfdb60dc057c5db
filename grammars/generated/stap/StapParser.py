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
        4,1,84,560,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,7,
        6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,13,
        2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,20,
        7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,2,25,7,25,2,26,7,26,
        2,27,7,27,2,28,7,28,1,0,5,0,60,8,0,10,0,12,0,63,9,0,1,0,1,0,1,1,
        1,1,1,1,1,1,1,1,3,1,72,8,1,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,
        2,3,2,84,8,2,1,3,1,3,1,3,5,3,89,8,3,10,3,12,3,92,9,3,1,4,1,4,1,4,
        5,4,97,8,4,10,4,12,4,100,9,4,1,4,3,4,103,8,4,1,4,1,4,1,4,1,4,1,4,
        3,4,110,8,4,1,5,1,5,1,5,1,5,1,5,5,5,117,8,5,10,5,12,5,120,9,5,1,
        5,1,5,3,5,124,8,5,1,6,1,6,1,6,5,6,129,8,6,10,6,12,6,132,9,6,1,7,
        1,7,1,7,1,7,1,7,3,7,139,8,7,1,8,4,8,142,8,8,11,8,12,8,143,1,8,3,
        8,147,8,8,1,9,1,9,1,10,4,10,152,8,10,11,10,12,10,153,1,10,3,10,157,
        8,10,1,10,1,10,1,10,3,10,162,8,10,1,11,3,11,165,8,11,1,11,1,11,1,
        11,1,11,5,11,171,8,11,10,11,12,11,174,9,11,1,12,1,12,1,12,1,12,3,
        12,180,8,12,1,12,3,12,183,8,12,1,12,1,12,3,12,187,8,12,1,12,1,12,
        1,12,1,12,1,12,1,12,1,12,3,12,196,8,12,3,12,198,8,12,1,13,4,13,201,
        8,13,11,13,12,13,202,1,13,3,13,206,8,13,1,13,3,13,209,8,13,1,14,
        3,14,212,8,14,1,14,1,14,1,14,1,14,3,14,218,8,14,1,14,1,14,1,14,1,
        14,5,14,224,8,14,10,14,12,14,227,9,14,3,14,229,8,14,1,14,1,14,1,
        14,3,14,234,8,14,1,14,1,14,3,14,238,8,14,1,15,1,15,1,15,3,15,243,
        8,15,1,16,1,16,1,17,1,17,5,17,249,8,17,10,17,12,17,252,9,17,1,17,
        1,17,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,3,18,265,8,18,
        1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,3,18,276,8,18,1,18,
        1,18,3,18,280,8,18,1,18,1,18,3,18,284,8,18,1,18,1,18,1,18,1,18,1,
        18,1,18,1,18,1,18,1,18,1,18,3,18,296,8,18,1,18,1,18,3,18,300,8,18,
        1,18,1,18,3,18,304,8,18,1,18,1,18,3,18,308,8,18,1,18,3,18,311,8,
        18,1,18,1,18,1,18,3,18,316,8,18,1,18,1,18,1,18,1,18,1,18,1,18,3,
        18,324,8,18,1,18,1,18,1,18,1,18,1,18,3,18,331,8,18,3,18,333,8,18,
        1,19,1,19,3,19,337,8,19,1,19,3,19,340,8,19,1,19,1,19,1,19,1,19,3,
        19,346,8,19,1,19,3,19,349,8,19,1,19,3,19,352,8,19,1,19,1,19,3,19,
        356,8,19,1,20,1,20,1,20,1,20,1,20,5,20,363,8,20,10,20,12,20,366,
        9,20,1,20,1,20,1,21,1,21,1,21,1,21,5,21,374,8,21,10,21,12,21,377,
        9,21,1,21,1,21,1,21,3,21,382,8,21,1,22,1,22,3,22,386,8,22,1,23,1,
        23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,5,23,400,8,
        23,10,23,12,23,403,9,23,1,23,1,23,1,23,1,23,3,23,409,8,23,3,23,411,
        8,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,
        1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,
        1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,1,23,
        1,23,1,23,1,23,1,23,1,23,1,23,1,23,3,23,458,8,23,1,23,1,23,1,23,
        1,23,1,23,1,23,5,23,466,8,23,10,23,12,23,469,9,23,1,24,1,24,1,25,
        1,25,4,25,475,8,25,11,25,12,25,476,1,25,1,25,1,25,1,25,1,25,1,25,
        1,25,1,25,1,25,5,25,488,8,25,10,25,12,25,491,9,25,3,25,493,8,25,
        1,25,1,25,1,25,1,25,1,25,1,25,5,25,501,8,25,10,25,12,25,504,9,25,
        1,25,1,25,1,25,1,25,1,25,1,25,1,25,1,25,5,25,514,8,25,10,25,12,25,
        517,9,25,3,25,519,8,25,1,25,1,25,5,25,523,8,25,10,25,12,25,526,9,
        25,1,25,1,25,5,25,530,8,25,10,25,12,25,533,9,25,1,25,1,25,1,25,1,
        25,3,25,539,8,25,1,26,1,26,1,26,1,26,1,26,1,26,1,26,3,26,548,8,26,
        1,27,1,27,1,27,1,27,1,27,1,27,3,27,556,8,27,1,28,1,28,1,28,0,1,46,
        29,0,2,4,6,8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38,40,42,
        44,46,48,50,52,54,56,0,13,1,0,3,4,1,0,7,8,3,0,14,14,73,73,79,79,
        3,0,2,2,9,9,15,30,2,0,31,31,36,36,1,0,37,38,4,0,8,8,31,31,36,36,
        39,39,3,0,14,14,34,34,41,41,1,0,42,43,1,0,44,49,2,0,3,4,56,66,1,
        0,50,51,4,0,2,2,9,9,15,30,79,79,649,0,61,1,0,0,0,2,71,1,0,0,0,4,
        83,1,0,0,0,6,85,1,0,0,0,8,93,1,0,0,0,10,123,1,0,0,0,12,125,1,0,0,
        0,14,133,1,0,0,0,16,146,1,0,0,0,18,148,1,0,0,0,20,161,1,0,0,0,22,
        164,1,0,0,0,24,197,1,0,0,0,26,208,1,0,0,0,28,211,1,0,0,0,30,239,
        1,0,0,0,32,244,1,0,0,0,34,246,1,0,0,0,36,332,1,0,0,0,38,339,1,0,
        0,0,40,357,1,0,0,0,42,381,1,0,0,0,44,383,1,0,0,0,46,410,1,0,0,0,
        48,470,1,0,0,0,50,538,1,0,0,0,52,547,1,0,0,0,54,555,1,0,0,0,56,557,
        1,0,0,0,58,60,3,2,1,0,59,58,1,0,0,0,60,63,1,0,0,0,61,59,1,0,0,0,
        61,62,1,0,0,0,62,64,1,0,0,0,63,61,1,0,0,0,64,65,5,0,0,1,65,1,1,0,
        0,0,66,72,3,4,2,0,67,72,3,22,11,0,68,72,3,28,14,0,69,72,5,69,0,0,
        70,72,5,1,0,0,71,66,1,0,0,0,71,67,1,0,0,0,71,68,1,0,0,0,71,69,1,
        0,0,0,71,70,1,0,0,0,72,3,1,0,0,0,73,74,5,2,0,0,74,75,3,8,4,0,75,
        76,7,0,0,0,76,77,3,6,3,0,77,78,3,34,17,0,78,84,1,0,0,0,79,80,5,2,
        0,0,80,81,3,6,3,0,81,82,3,34,17,0,82,84,1,0,0,0,83,73,1,0,0,0,83,
        79,1,0,0,0,84,5,1,0,0,0,85,90,3,8,4,0,86,87,5,5,0,0,87,89,3,8,4,
        0,88,86,1,0,0,0,89,92,1,0,0,0,90,88,1,0,0,0,90,91,1,0,0,0,91,7,1,
        0,0,0,92,90,1,0,0,0,93,98,3,10,5,0,94,95,5,6,0,0,95,97,3,10,5,0,
        96,94,1,0,0,0,97,100,1,0,0,0,98,96,1,0,0,0,98,99,1,0,0,0,99,102,
        1,0,0,0,100,98,1,0,0,0,101,103,7,1,0,0,102,101,1,0,0,0,102,103,1,
        0,0,0,103,109,1,0,0,0,104,105,5,9,0,0,105,106,5,10,0,0,106,107,3,
        46,23,0,107,108,5,11,0,0,108,110,1,0,0,0,109,104,1,0,0,0,109,110,
        1,0,0,0,110,9,1,0,0,0,111,124,3,14,7,0,112,113,5,12,0,0,113,118,
        3,12,6,0,114,115,5,5,0,0,115,117,3,12,6,0,116,114,1,0,0,0,117,120,
        1,0,0,0,118,116,1,0,0,0,118,119,1,0,0,0,119,121,1,0,0,0,120,118,
        1,0,0,0,121,122,5,13,0,0,122,124,1,0,0,0,123,111,1,0,0,0,123,112,
        1,0,0,0,124,11,1,0,0,0,125,130,3,10,5,0,126,127,5,6,0,0,127,129,
        3,10,5,0,128,126,1,0,0,0,129,132,1,0,0,0,130,128,1,0,0,0,130,131,
        1,0,0,0,131,13,1,0,0,0,132,130,1,0,0,0,133,138,3,16,8,0,134,135,
        5,10,0,0,135,136,3,20,10,0,136,137,5,11,0,0,137,139,1,0,0,0,138,
        134,1,0,0,0,138,139,1,0,0,0,139,15,1,0,0,0,140,142,7,2,0,0,141,140,
        1,0,0,0,142,143,1,0,0,0,143,141,1,0,0,0,143,144,1,0,0,0,144,147,
        1,0,0,0,145,147,3,18,9,0,146,141,1,0,0,0,146,145,1,0,0,0,147,17,
        1,0,0,0,148,149,7,3,0,0,149,19,1,0,0,0,150,152,5,70,0,0,151,150,
        1,0,0,0,152,153,1,0,0,0,153,151,1,0,0,0,153,154,1,0,0,0,154,162,
        1,0,0,0,155,157,5,31,0,0,156,155,1,0,0,0,156,157,1,0,0,0,157,158,
        1,0,0,0,158,162,5,73,0,0,159,162,5,75,0,0,160,162,5,76,0,0,161,151,
        1,0,0,0,161,156,1,0,0,0,161,159,1,0,0,0,161,160,1,0,0,0,162,21,1,
        0,0,0,163,165,5,30,0,0,164,163,1,0,0,0,164,165,1,0,0,0,165,166,1,
        0,0,0,166,167,5,17,0,0,167,172,3,24,12,0,168,169,5,5,0,0,169,171,
        3,24,12,0,170,168,1,0,0,0,171,174,1,0,0,0,172,170,1,0,0,0,172,173,
        1,0,0,0,173,23,1,0,0,0,174,172,1,0,0,0,175,179,5,79,0,0,176,177,
        5,32,0,0,177,178,5,73,0,0,178,180,5,33,0,0,179,176,1,0,0,0,179,180,
        1,0,0,0,180,182,1,0,0,0,181,183,5,34,0,0,182,181,1,0,0,0,182,183,
        1,0,0,0,183,186,1,0,0,0,184,185,5,3,0,0,185,187,3,26,13,0,186,184,
        1,0,0,0,186,187,1,0,0,0,187,198,1,0,0,0,188,189,5,79,0,0,189,190,
        5,34,0,0,190,191,5,32,0,0,191,192,5,73,0,0,192,195,5,33,0,0,193,
        194,5,3,0,0,194,196,3,26,13,0,195,193,1,0,0,0,195,196,1,0,0,0,196,
        198,1,0,0,0,197,175,1,0,0,0,197,188,1,0,0,0,198,25,1,0,0,0,199,201,
        5,70,0,0,200,199,1,0,0,0,201,202,1,0,0,0,202,200,1,0,0,0,202,203,
        1,0,0,0,203,209,1,0,0,0,204,206,5,31,0,0,205,204,1,0,0,0,205,206,
        1,0,0,0,206,207,1,0,0,0,207,209,5,73,0,0,208,200,1,0,0,0,208,205,
        1,0,0,0,209,27,1,0,0,0,210,212,5,30,0,0,211,210,1,0,0,0,211,212,
        1,0,0,0,212,213,1,0,0,0,213,214,5,16,0,0,214,217,5,79,0,0,215,216,
        5,35,0,0,216,218,3,32,16,0,217,215,1,0,0,0,217,218,1,0,0,0,218,219,
        1,0,0,0,219,228,5,10,0,0,220,225,3,30,15,0,221,222,5,5,0,0,222,224,
        3,30,15,0,223,221,1,0,0,0,224,227,1,0,0,0,225,223,1,0,0,0,225,226,
        1,0,0,0,226,229,1,0,0,0,227,225,1,0,0,0,228,220,1,0,0,0,228,229,
        1,0,0,0,229,230,1,0,0,0,230,233,5,11,0,0,231,232,5,35,0,0,232,234,
        3,32,16,0,233,231,1,0,0,0,233,234,1,0,0,0,234,237,1,0,0,0,235,238,
        3,34,17,0,236,238,5,69,0,0,237,235,1,0,0,0,237,236,1,0,0,0,238,29,
        1,0,0,0,239,242,5,79,0,0,240,241,5,35,0,0,241,243,3,32,16,0,242,
        240,1,0,0,0,242,243,1,0,0,0,243,31,1,0,0,0,244,245,5,79,0,0,245,
        33,1,0,0,0,246,250,5,12,0,0,247,249,3,36,18,0,248,247,1,0,0,0,249,
        252,1,0,0,0,250,248,1,0,0,0,250,251,1,0,0,0,251,253,1,0,0,0,252,
        250,1,0,0,0,253,254,5,13,0,0,254,35,1,0,0,0,255,333,3,34,17,0,256,
        333,5,1,0,0,257,258,5,9,0,0,258,259,5,10,0,0,259,260,3,46,23,0,260,
        261,5,11,0,0,261,264,3,36,18,0,262,263,5,18,0,0,263,265,3,36,18,
        0,264,262,1,0,0,0,264,265,1,0,0,0,265,333,1,0,0,0,266,267,5,19,0,
        0,267,268,5,10,0,0,268,269,3,46,23,0,269,270,5,11,0,0,270,271,3,
        36,18,0,271,333,1,0,0,0,272,273,5,20,0,0,273,275,5,10,0,0,274,276,
        3,46,23,0,275,274,1,0,0,0,275,276,1,0,0,0,276,277,1,0,0,0,277,279,
        5,1,0,0,278,280,3,46,23,0,279,278,1,0,0,0,279,280,1,0,0,0,280,281,
        1,0,0,0,281,283,5,1,0,0,282,284,3,46,23,0,283,282,1,0,0,0,283,284,
        1,0,0,0,284,285,1,0,0,0,285,286,5,11,0,0,286,333,3,36,18,0,287,288,
        5,21,0,0,288,289,5,10,0,0,289,290,3,38,19,0,290,291,5,11,0,0,291,
        292,3,36,18,0,292,333,1,0,0,0,293,295,5,24,0,0,294,296,5,1,0,0,295,
        294,1,0,0,0,295,296,1,0,0,0,296,333,1,0,0,0,297,299,5,25,0,0,298,
        300,5,1,0,0,299,298,1,0,0,0,299,300,1,0,0,0,300,333,1,0,0,0,301,
        303,5,26,0,0,302,304,5,1,0,0,303,302,1,0,0,0,303,304,1,0,0,0,304,
        333,1,0,0,0,305,307,5,15,0,0,306,308,3,46,23,0,307,306,1,0,0,0,307,
        308,1,0,0,0,308,310,1,0,0,0,309,311,5,1,0,0,310,309,1,0,0,0,310,
        311,1,0,0,0,311,333,1,0,0,0,312,313,5,27,0,0,313,315,3,46,23,0,314,
        316,5,1,0,0,315,314,1,0,0,0,315,316,1,0,0,0,316,333,1,0,0,0,317,
        318,5,28,0,0,318,319,3,34,17,0,319,323,5,29,0,0,320,321,5,10,0,0,
        321,322,5,79,0,0,322,324,5,11,0,0,323,320,1,0,0,0,323,324,1,0,0,
        0,324,325,1,0,0,0,325,326,3,34,17,0,326,333,1,0,0,0,327,333,5,69,
        0,0,328,330,3,46,23,0,329,331,5,1,0,0,330,329,1,0,0,0,330,331,1,
        0,0,0,331,333,1,0,0,0,332,255,1,0,0,0,332,256,1,0,0,0,332,257,1,
        0,0,0,332,266,1,0,0,0,332,272,1,0,0,0,332,287,1,0,0,0,332,293,1,
        0,0,0,332,297,1,0,0,0,332,301,1,0,0,0,332,305,1,0,0,0,332,312,1,
        0,0,0,332,317,1,0,0,0,332,327,1,0,0,0,332,328,1,0,0,0,333,37,1,0,
        0,0,334,336,5,79,0,0,335,337,7,4,0,0,336,335,1,0,0,0,336,337,1,0,
        0,0,337,338,1,0,0,0,338,340,5,3,0,0,339,334,1,0,0,0,339,340,1,0,
        0,0,340,341,1,0,0,0,341,342,3,42,21,0,342,345,5,22,0,0,343,346,5,
        79,0,0,344,346,3,40,20,0,345,343,1,0,0,0,345,344,1,0,0,0,346,351,
        1,0,0,0,347,349,5,78,0,0,348,347,1,0,0,0,348,349,1,0,0,0,349,350,
        1,0,0,0,350,352,7,4,0,0,351,348,1,0,0,0,351,352,1,0,0,0,352,355,
        1,0,0,0,353,354,5,23,0,0,354,356,3,46,23,0,355,353,1,0,0,0,355,356,
        1,0,0,0,356,39,1,0,0,0,357,358,5,78,0,0,358,359,5,10,0,0,359,364,
        3,46,23,0,360,361,5,5,0,0,361,363,3,46,23,0,362,360,1,0,0,0,363,
        366,1,0,0,0,364,362,1,0,0,0,364,365,1,0,0,0,365,367,1,0,0,0,366,
        364,1,0,0,0,367,368,5,11,0,0,368,41,1,0,0,0,369,370,5,32,0,0,370,
        375,3,44,22,0,371,372,5,5,0,0,372,374,3,44,22,0,373,371,1,0,0,0,
        374,377,1,0,0,0,375,373,1,0,0,0,375,376,1,0,0,0,376,378,1,0,0,0,
        377,375,1,0,0,0,378,379,5,33,0,0,379,382,1,0,0,0,380,382,3,44,22,
        0,381,369,1,0,0,0,381,380,1,0,0,0,382,43,1,0,0,0,383,385,5,79,0,
        0,384,386,7,4,0,0,385,384,1,0,0,0,385,386,1,0,0,0,386,45,1,0,0,0,
        387,388,6,23,-1,0,388,411,3,50,25,0,389,390,7,5,0,0,390,411,3,46,
        23,18,391,392,7,6,0,0,392,411,3,46,23,17,393,394,5,40,0,0,394,411,
        3,46,23,16,395,396,5,32,0,0,396,401,3,46,23,0,397,398,5,5,0,0,398,
        400,3,46,23,0,399,397,1,0,0,0,400,403,1,0,0,0,401,399,1,0,0,0,401,
        402,1,0,0,0,402,404,1,0,0,0,403,401,1,0,0,0,404,405,5,33,0,0,405,
        408,5,22,0,0,406,409,5,79,0,0,407,409,3,40,20,0,408,406,1,0,0,0,
        408,407,1,0,0,0,409,411,1,0,0,0,410,387,1,0,0,0,410,389,1,0,0,0,
        410,391,1,0,0,0,410,393,1,0,0,0,410,395,1,0,0,0,411,467,1,0,0,0,
        412,413,10,15,0,0,413,414,7,7,0,0,414,466,3,46,23,16,415,416,10,
        14,0,0,416,417,7,4,0,0,417,466,3,46,23,15,418,419,10,13,0,0,419,
        420,5,6,0,0,420,466,3,46,23,14,421,422,10,12,0,0,422,423,7,8,0,0,
        423,466,3,46,23,13,424,425,10,11,0,0,425,426,7,9,0,0,426,466,3,46,
        23,12,427,428,10,7,0,0,428,429,5,40,0,0,429,466,3,46,23,8,430,431,
        10,6,0,0,431,432,5,52,0,0,432,466,3,46,23,7,433,434,10,5,0,0,434,
        435,5,53,0,0,435,466,3,46,23,6,436,437,10,4,0,0,437,438,5,54,0,0,
        438,466,3,46,23,5,439,440,10,3,0,0,440,441,5,55,0,0,441,466,3,46,
        23,4,442,443,10,1,0,0,443,444,7,10,0,0,444,466,3,46,23,1,445,446,
        10,20,0,0,446,466,3,54,27,0,447,448,10,19,0,0,448,449,4,23,13,0,
        449,466,7,5,0,0,450,451,10,10,0,0,451,452,7,11,0,0,452,466,5,70,
        0,0,453,454,10,9,0,0,454,457,5,22,0,0,455,458,5,79,0,0,456,458,3,
        40,20,0,457,455,1,0,0,0,457,456,1,0,0,0,458,466,1,0,0,0,459,460,
        10,2,0,0,460,461,5,7,0,0,461,462,3,46,23,0,462,463,5,35,0,0,463,
        464,3,48,24,0,464,466,1,0,0,0,465,412,1,0,0,0,465,415,1,0,0,0,465,
        418,1,0,0,0,465,421,1,0,0,0,465,424,1,0,0,0,465,427,1,0,0,0,465,
        430,1,0,0,0,465,433,1,0,0,0,465,436,1,0,0,0,465,439,1,0,0,0,465,
        442,1,0,0,0,465,445,1,0,0,0,465,447,1,0,0,0,465,450,1,0,0,0,465,
        453,1,0,0,0,465,459,1,0,0,0,466,469,1,0,0,0,467,465,1,0,0,0,467,
        468,1,0,0,0,468,47,1,0,0,0,469,467,1,0,0,0,470,471,3,46,23,0,471,
        49,1,0,0,0,472,539,5,73,0,0,473,475,5,70,0,0,474,473,1,0,0,0,475,
        476,1,0,0,0,476,474,1,0,0,0,476,477,1,0,0,0,477,539,1,0,0,0,478,
        479,5,10,0,0,479,480,3,46,23,0,480,481,5,11,0,0,481,539,1,0,0,0,
        482,483,5,79,0,0,483,492,5,10,0,0,484,489,3,46,23,0,485,486,5,5,
        0,0,486,488,3,46,23,0,487,485,1,0,0,0,488,491,1,0,0,0,489,487,1,
        0,0,0,489,490,1,0,0,0,490,493,1,0,0,0,491,489,1,0,0,0,492,484,1,
        0,0,0,492,493,1,0,0,0,493,494,1,0,0,0,494,539,5,11,0,0,495,496,5,
        79,0,0,496,497,5,32,0,0,497,502,3,46,23,0,498,499,5,5,0,0,499,501,
        3,46,23,0,500,498,1,0,0,0,501,504,1,0,0,0,502,500,1,0,0,0,502,503,
        1,0,0,0,503,505,1,0,0,0,504,502,1,0,0,0,505,506,5,33,0,0,506,539,
        1,0,0,0,507,539,5,79,0,0,508,509,5,78,0,0,509,518,5,10,0,0,510,515,
        3,46,23,0,511,512,5,5,0,0,512,514,3,46,23,0,513,511,1,0,0,0,514,
        517,1,0,0,0,515,513,1,0,0,0,515,516,1,0,0,0,516,519,1,0,0,0,517,
        515,1,0,0,0,518,510,1,0,0,0,518,519,1,0,0,0,519,520,1,0,0,0,520,
        524,5,11,0,0,521,523,3,52,26,0,522,521,1,0,0,0,523,526,1,0,0,0,524,
        522,1,0,0,0,524,525,1,0,0,0,525,539,1,0,0,0,526,524,1,0,0,0,527,
        531,5,77,0,0,528,530,3,52,26,0,529,528,1,0,0,0,530,533,1,0,0,0,531,
        529,1,0,0,0,531,532,1,0,0,0,532,539,1,0,0,0,533,531,1,0,0,0,534,
        539,5,75,0,0,535,539,5,76,0,0,536,539,5,69,0,0,537,539,5,14,0,0,
        538,472,1,0,0,0,538,474,1,0,0,0,538,478,1,0,0,0,538,482,1,0,0,0,
        538,495,1,0,0,0,538,507,1,0,0,0,538,508,1,0,0,0,538,527,1,0,0,0,
        538,534,1,0,0,0,538,535,1,0,0,0,538,536,1,0,0,0,538,537,1,0,0,0,
        539,51,1,0,0,0,540,541,5,67,0,0,541,548,3,56,28,0,542,543,5,32,0,
        0,543,544,3,46,23,0,544,545,5,33,0,0,545,548,1,0,0,0,546,548,5,68,
        0,0,547,540,1,0,0,0,547,542,1,0,0,0,547,546,1,0,0,0,548,53,1,0,0,
        0,549,550,5,67,0,0,550,556,3,56,28,0,551,552,5,32,0,0,552,553,3,
        46,23,0,553,554,5,33,0,0,554,556,1,0,0,0,555,549,1,0,0,0,555,551,
        1,0,0,0,556,55,1,0,0,0,557,558,7,12,0,0,558,57,1,0,0,0,74,61,71,
        83,90,98,102,109,118,123,130,138,143,146,153,156,161,164,172,179,
        182,186,195,197,202,205,208,211,217,225,228,233,237,242,250,264,
        275,279,283,295,299,303,307,310,315,323,330,332,336,339,345,348,
        351,355,364,375,381,385,401,408,410,457,465,467,476,489,492,502,
        515,518,524,531,538,547,555
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
    RULE_histBase = 20
    RULE_foreachKeys = 21
    RULE_foreachKey = 22
    RULE_expr = 23
    RULE_ternaryElse = 24
    RULE_primary = 25
    RULE_targetSuffix = 26
    RULE_memberSuffix = 27
    RULE_memberName = 28

    ruleNames =  [ "program", "topDecl", "probeDecl", "probePointList", 
                   "probePoint", "ppPart", "ppSeq", "ppComponent", "ppName", 
                   "ppKeyword", "ppArg", "globalDecl", "globalVar", "literal", 
                   "functionDecl", "param", "typeName", "block", "statement", 
                   "foreachHead", "histBase", "foreachKeys", "foreachKey", 
                   "expr", "ternaryElse", "primary", "targetSuffix", "memberSuffix", 
                   "memberName" ]

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



    def _after_post_crement(self):
        # stap (parse.cxx, parse_crement) takes at most one postfix ++ or -- on a
        # value: in  x++ NEWLINE ++y  and in  y = x++ ++z  the second ++ begins
        # the next statement, where the
        # left-recursive rule below would apply it to x++ (or to y = x++). An
        # expression that ends with ++ or -- ends with a postfix one (a prefix one
        # has its operand after it).
        return self._input.LT(-1).text in ("++", "--")



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
            self.state = 61
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 1073938438) != 0) or _la==69:
                self.state = 58
                self.topDecl()
                self.state = 63
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 64
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
            self.state = 71
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,1,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 66
                self.probeDecl()
                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 67
                self.globalDecl()
                pass

            elif la_ == 3:
                self.enterOuterAlt(localctx, 3)
                self.state = 68
                self.functionDecl()
                pass

            elif la_ == 4:
                self.enterOuterAlt(localctx, 4)
                self.state = 69
                self.match(StapParser.EMBEDDED)
                pass

            elif la_ == 5:
                self.enterOuterAlt(localctx, 5)
                self.state = 70
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
            self.state = 83
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,2,self._ctx)
            if la_ == 1:
                localctx = StapParser.ProbeAliasContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 73
                self.match(StapParser.T__1)
                self.state = 74
                self.probePoint()
                self.state = 75
                localctx.aliasOp = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==3 or _la==4):
                    localctx.aliasOp = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 76
                self.probePointList()
                self.state = 77
                self.block()
                pass

            elif la_ == 2:
                localctx = StapParser.ProbeDefContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 79
                self.match(StapParser.T__1)
                self.state = 80
                self.probePointList()
                self.state = 81
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
            self.state = 85
            self.probePoint()
            self.state = 90
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==5:
                self.state = 86
                self.match(StapParser.T__4)
                self.state = 87
                self.probePoint()
                self.state = 92
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
            self.state = 93
            self.ppPart()
            self.state = 98
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==6:
                self.state = 94
                self.match(StapParser.T__5)
                self.state = 95
                self.ppPart()
                self.state = 100
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 102
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==7 or _la==8:
                self.state = 101
                localctx.suffix = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==7 or _la==8):
                    localctx.suffix = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()


            self.state = 109
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==9:
                self.state = 104
                self.match(StapParser.T__8)
                self.state = 105
                self.match(StapParser.T__9)
                self.state = 106
                self.expr(0)
                self.state = 107
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
            self.state = 123
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [2, 9, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 73, 79]:
                self.enterOuterAlt(localctx, 1)
                self.state = 111
                self.ppComponent()
                pass
            elif token in [12]:
                self.enterOuterAlt(localctx, 2)
                self.state = 112
                self.match(StapParser.T__11)
                self.state = 113
                self.ppSeq()
                self.state = 118
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 114
                    self.match(StapParser.T__4)
                    self.state = 115
                    self.ppSeq()
                    self.state = 120
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 121
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
            self.state = 125
            self.ppPart()
            self.state = 130
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==6:
                self.state = 126
                self.match(StapParser.T__5)
                self.state = 127
                self.ppPart()
                self.state = 132
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
            self.state = 133
            self.ppName()
            self.state = 138
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==10:
                self.state = 134
                self.match(StapParser.T__9)
                self.state = 135
                self.ppArg()
                self.state = 136
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
            self.state = 146
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [14, 73, 79]:
                self.enterOuterAlt(localctx, 1)
                self.state = 141 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 140
                    _la = self._input.LA(1)
                    if not(_la==14 or _la==73 or _la==79):
                        self._errHandler.recoverInline(self)
                    else:
                        self._errHandler.reportMatch(self)
                        self.consume()
                    self.state = 143 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not (_la==14 or _la==73 or _la==79):
                        break

                pass
            elif token in [2, 9, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]:
                self.enterOuterAlt(localctx, 2)
                self.state = 145
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
            self.state = 148
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
            self.state = 161
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [70]:
                self.enterOuterAlt(localctx, 1)
                self.state = 151 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 150
                    self.match(StapParser.STRING)
                    self.state = 153 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not (_la==70):
                        break

                pass
            elif token in [31, 73]:
                self.enterOuterAlt(localctx, 2)
                self.state = 156
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==31:
                    self.state = 155
                    self.match(StapParser.T__30)


                self.state = 158
                self.match(StapParser.INT)
                pass
            elif token in [75]:
                self.enterOuterAlt(localctx, 3)
                self.state = 159
                self.match(StapParser.POS_NUM)
                pass
            elif token in [76]:
                self.enterOuterAlt(localctx, 4)
                self.state = 160
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
            self.state = 164
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==30:
                self.state = 163
                self.match(StapParser.T__29)


            self.state = 166
            self.match(StapParser.T__16)
            self.state = 167
            self.globalVar()
            self.state = 172
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==5:
                self.state = 168
                self.match(StapParser.T__4)
                self.state = 169
                self.globalVar()
                self.state = 174
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
            self.state = 197
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,22,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 175
                self.match(StapParser.IDENT)
                self.state = 179
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==32:
                    self.state = 176
                    self.match(StapParser.T__31)
                    self.state = 177
                    self.match(StapParser.INT)
                    self.state = 178
                    self.match(StapParser.T__32)


                self.state = 182
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==34:
                    self.state = 181
                    localctx.wrap = self.match(StapParser.T__33)


                self.state = 186
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==3:
                    self.state = 184
                    self.match(StapParser.T__2)
                    self.state = 185
                    self.literal()


                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 188
                self.match(StapParser.IDENT)
                self.state = 189
                localctx.wrap = self.match(StapParser.T__33)
                self.state = 190
                self.match(StapParser.T__31)
                self.state = 191
                self.match(StapParser.INT)
                self.state = 192
                self.match(StapParser.T__32)
                self.state = 195
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==3:
                    self.state = 193
                    self.match(StapParser.T__2)
                    self.state = 194
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
            self.state = 208
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [70]:
                self.enterOuterAlt(localctx, 1)
                self.state = 200 
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while True:
                    self.state = 199
                    self.match(StapParser.STRING)
                    self.state = 202 
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    if not (_la==70):
                        break

                pass
            elif token in [31, 73]:
                self.enterOuterAlt(localctx, 2)
                self.state = 205
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==31:
                    self.state = 204
                    self.match(StapParser.T__30)


                self.state = 207
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
            self.state = 211
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==30:
                self.state = 210
                self.match(StapParser.T__29)


            self.state = 213
            self.match(StapParser.T__15)
            self.state = 214
            self.match(StapParser.IDENT)
            self.state = 217
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==35:
                self.state = 215
                self.match(StapParser.T__34)
                self.state = 216
                self.typeName()


            self.state = 219
            self.match(StapParser.T__9)
            self.state = 228
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==79:
                self.state = 220
                self.param()
                self.state = 225
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 221
                    self.match(StapParser.T__4)
                    self.state = 222
                    self.param()
                    self.state = 227
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)



            self.state = 230
            self.match(StapParser.T__10)
            self.state = 233
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==35:
                self.state = 231
                self.match(StapParser.T__34)
                self.state = 232
                self.typeName()


            self.state = 237
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [12]:
                self.state = 235
                self.block()
                pass
            elif token in [69]:
                self.state = 236
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
            self.state = 239
            self.match(StapParser.IDENT)
            self.state = 242
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==35:
                self.state = 240
                self.match(StapParser.T__34)
                self.state = 241
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
            self.state = 244
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
            self.state = 246
            self.match(StapParser.T__11)
            self.state = 250
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while (((_la) & ~0x3f) == 0 and ((1 << _la) & 2137270048514) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 2003) != 0):
                self.state = 247
                self.statement()
                self.state = 252
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 253
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
            self.state = 332
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,46,self._ctx)
            if la_ == 1:
                localctx = StapParser.BlockStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 255
                self.block()
                pass

            elif la_ == 2:
                localctx = StapParser.EmptyStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 256
                self.match(StapParser.T__0)
                pass

            elif la_ == 3:
                localctx = StapParser.IfStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 257
                self.match(StapParser.T__8)
                self.state = 258
                self.match(StapParser.T__9)
                self.state = 259
                self.expr(0)
                self.state = 260
                self.match(StapParser.T__10)
                self.state = 261
                self.statement()
                self.state = 264
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,34,self._ctx)
                if la_ == 1:
                    self.state = 262
                    self.match(StapParser.T__17)
                    self.state = 263
                    self.statement()


                pass

            elif la_ == 4:
                localctx = StapParser.WhileStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 266
                self.match(StapParser.T__18)
                self.state = 267
                self.match(StapParser.T__9)
                self.state = 268
                self.expr(0)
                self.state = 269
                self.match(StapParser.T__10)
                self.state = 270
                self.statement()
                pass

            elif la_ == 5:
                localctx = StapParser.ForStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 272
                self.match(StapParser.T__19)
                self.state = 273
                self.match(StapParser.T__9)
                self.state = 275
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 2136746247424) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 2003) != 0):
                    self.state = 274
                    localctx.init = self.expr(0)


                self.state = 277
                self.match(StapParser.T__0)
                self.state = 279
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 2136746247424) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 2003) != 0):
                    self.state = 278
                    localctx.cond = self.expr(0)


                self.state = 281
                self.match(StapParser.T__0)
                self.state = 283
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 2136746247424) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 2003) != 0):
                    self.state = 282
                    localctx.step = self.expr(0)


                self.state = 285
                self.match(StapParser.T__10)
                self.state = 286
                self.statement()
                pass

            elif la_ == 6:
                localctx = StapParser.ForeachStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 287
                self.match(StapParser.T__20)
                self.state = 288
                self.match(StapParser.T__9)
                self.state = 289
                self.foreachHead()
                self.state = 290
                self.match(StapParser.T__10)
                self.state = 291
                self.statement()
                pass

            elif la_ == 7:
                localctx = StapParser.BreakStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 293
                self.match(StapParser.T__23)
                self.state = 295
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,38,self._ctx)
                if la_ == 1:
                    self.state = 294
                    self.match(StapParser.T__0)


                pass

            elif la_ == 8:
                localctx = StapParser.ContinueStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 297
                self.match(StapParser.T__24)
                self.state = 299
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,39,self._ctx)
                if la_ == 1:
                    self.state = 298
                    self.match(StapParser.T__0)


                pass

            elif la_ == 9:
                localctx = StapParser.NextStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 301
                self.match(StapParser.T__25)
                self.state = 303
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,40,self._ctx)
                if la_ == 1:
                    self.state = 302
                    self.match(StapParser.T__0)


                pass

            elif la_ == 10:
                localctx = StapParser.ReturnStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 10)
                self.state = 305
                self.match(StapParser.T__14)
                self.state = 307
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,41,self._ctx)
                if la_ == 1:
                    self.state = 306
                    self.expr(0)


                self.state = 310
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,42,self._ctx)
                if la_ == 1:
                    self.state = 309
                    self.match(StapParser.T__0)


                pass

            elif la_ == 11:
                localctx = StapParser.DeleteStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 11)
                self.state = 312
                self.match(StapParser.T__26)
                self.state = 313
                self.expr(0)
                self.state = 315
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,43,self._ctx)
                if la_ == 1:
                    self.state = 314
                    self.match(StapParser.T__0)


                pass

            elif la_ == 12:
                localctx = StapParser.TryStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 12)
                self.state = 317
                self.match(StapParser.T__27)
                self.state = 318
                self.block()
                self.state = 319
                self.match(StapParser.T__28)
                self.state = 323
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==10:
                    self.state = 320
                    self.match(StapParser.T__9)
                    self.state = 321
                    self.match(StapParser.IDENT)
                    self.state = 322
                    self.match(StapParser.T__10)


                self.state = 325
                self.block()
                pass

            elif la_ == 13:
                localctx = StapParser.EmbeddedStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 13)
                self.state = 327
                self.match(StapParser.EMBEDDED)
                pass

            elif la_ == 14:
                localctx = StapParser.ExprStmtContext(self, localctx)
                self.enterOuterAlt(localctx, 14)
                self.state = 328
                self.expr(0)
                self.state = 330
                self._errHandler.sync(self)
                la_ = self._interp.adaptivePredict(self._input,45,self._ctx)
                if la_ == 1:
                    self.state = 329
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
            self.hist = None # HistBaseContext
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

        def histBase(self):
            return self.getTypedRuleContext(StapParser.HistBaseContext,0)


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
            self.state = 339
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,48,self._ctx)
            if la_ == 1:
                self.state = 334
                localctx.value = self.match(StapParser.IDENT)
                self.state = 336
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==31 or _la==36:
                    self.state = 335
                    localctx.valueSort = self._input.LT(1)
                    _la = self._input.LA(1)
                    if not(_la==31 or _la==36):
                        localctx.valueSort = self._errHandler.recoverInline(self)
                    else:
                        self._errHandler.reportMatch(self)
                        self.consume()


                self.state = 338
                self.match(StapParser.T__2)


            self.state = 341
            self.foreachKeys()
            self.state = 342
            self.match(StapParser.T__21)
            self.state = 345
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [79]:
                self.state = 343
                localctx.array = self.match(StapParser.IDENT)
                pass
            elif token in [78]:
                self.state = 344
                localctx.hist = self.histBase()
                pass
            else:
                raise NoViableAltException(self)

            self.state = 351
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if ((((_la - 31)) & ~0x3f) == 0 and ((1 << (_la - 31)) & 140737488355361) != 0):
                self.state = 348
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==78:
                    self.state = 347
                    localctx.statOp = self.match(StapParser.AT_IDENT)


                self.state = 350
                localctx.arraySort = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==31 or _la==36):
                    localctx.arraySort = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()


            self.state = 355
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==23:
                self.state = 353
                self.match(StapParser.T__22)
                self.state = 354
                localctx.limit = self.expr(0)


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class HistBaseContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def AT_IDENT(self):
            return self.getToken(StapParser.AT_IDENT, 0)

        def expr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(StapParser.ExprContext)
            else:
                return self.getTypedRuleContext(StapParser.ExprContext,i)


        def getRuleIndex(self):
            return StapParser.RULE_histBase

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitHistBase" ):
                return visitor.visitHistBase(self)
            else:
                return visitor.visitChildren(self)




    def histBase(self):

        localctx = StapParser.HistBaseContext(self, self._ctx, self.state)
        self.enterRule(localctx, 40, self.RULE_histBase)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 357
            self.match(StapParser.AT_IDENT)
            self.state = 358
            self.match(StapParser.T__9)
            self.state = 359
            self.expr(0)
            self.state = 364
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            while _la==5:
                self.state = 360
                self.match(StapParser.T__4)
                self.state = 361
                self.expr(0)
                self.state = 366
                self._errHandler.sync(self)
                _la = self._input.LA(1)

            self.state = 367
            self.match(StapParser.T__10)
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
        self.enterRule(localctx, 42, self.RULE_foreachKeys)
        self._la = 0 # Token type
        try:
            self.state = 381
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [32]:
                self.enterOuterAlt(localctx, 1)
                self.state = 369
                self.match(StapParser.T__31)
                self.state = 370
                self.foreachKey()
                self.state = 375
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 371
                    self.match(StapParser.T__4)
                    self.state = 372
                    self.foreachKey()
                    self.state = 377
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 378
                self.match(StapParser.T__32)
                pass
            elif token in [79]:
                self.enterOuterAlt(localctx, 2)
                self.state = 380
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
        self.enterRule(localctx, 44, self.RULE_foreachKey)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 383
            self.match(StapParser.IDENT)
            self.state = 385
            self._errHandler.sync(self)
            _la = self._input.LA(1)
            if _la==31 or _la==36:
                self.state = 384
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
        def histBase(self):
            return self.getTypedRuleContext(StapParser.HistBaseContext,0)


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
        def histBase(self):
            return self.getTypedRuleContext(StapParser.HistBaseContext,0)


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
        _startState = 46
        self.enterRecursionRule(localctx, 46, self.RULE_expr, _p)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 410
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [10, 14, 69, 70, 73, 75, 76, 77, 78, 79]:
                localctx = StapParser.PrimaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx

                self.state = 388
                self.primary()
                pass
            elif token in [37, 38]:
                localctx = StapParser.PreIncDecExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 389
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not(_la==37 or _la==38):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 390
                self.expr(18)
                pass
            elif token in [8, 31, 36, 39]:
                localctx = StapParser.UnaryExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 391
                localctx.op = self._input.LT(1)
                _la = self._input.LA(1)
                if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 620622774528) != 0)):
                    localctx.op = self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 392
                self.expr(17)
                pass
            elif token in [40]:
                localctx = StapParser.AddrOfExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 393
                self.match(StapParser.T__39)
                self.state = 394
                self.expr(16)
                pass
            elif token in [32]:
                localctx = StapParser.InTupleExprContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 395
                self.match(StapParser.T__31)
                self.state = 396
                self.expr(0)
                self.state = 401
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 397
                    self.match(StapParser.T__4)
                    self.state = 398
                    self.expr(0)
                    self.state = 403
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 404
                self.match(StapParser.T__32)
                self.state = 405
                self.match(StapParser.T__21)
                self.state = 408
                self._errHandler.sync(self)
                token = self._input.LA(1)
                if token in [79]:
                    self.state = 406
                    self.match(StapParser.IDENT)
                    pass
                elif token in [78]:
                    self.state = 407
                    self.histBase()
                    pass
                else:
                    raise NoViableAltException(self)

                pass
            else:
                raise NoViableAltException(self)

            self._ctx.stop = self._input.LT(-1)
            self.state = 467
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,62,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    self.state = 465
                    self._errHandler.sync(self)
                    la_ = self._interp.adaptivePredict(self._input,61,self._ctx)
                    if la_ == 1:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 412
                        if not self.precpred(self._ctx, 15):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 15)")
                        self.state = 413
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 2216203141120) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 414
                        self.expr(16)
                        pass

                    elif la_ == 2:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 415
                        if not self.precpred(self._ctx, 14):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 14)")
                        self.state = 416
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==31 or _la==36):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 417
                        self.expr(15)
                        pass

                    elif la_ == 3:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 418
                        if not self.precpred(self._ctx, 13):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 13)")
                        self.state = 419
                        localctx.op = self.match(StapParser.T__5)
                        self.state = 420
                        self.expr(14)
                        pass

                    elif la_ == 4:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 421
                        if not self.precpred(self._ctx, 12):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 12)")
                        self.state = 422
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==42 or _la==43):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 423
                        self.expr(13)
                        pass

                    elif la_ == 5:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 424
                        if not self.precpred(self._ctx, 11):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 11)")
                        self.state = 425
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 1108307720798208) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 426
                        self.expr(12)
                        pass

                    elif la_ == 6:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 427
                        if not self.precpred(self._ctx, 7):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 7)")
                        self.state = 428
                        localctx.op = self.match(StapParser.T__39)
                        self.state = 429
                        self.expr(8)
                        pass

                    elif la_ == 7:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 430
                        if not self.precpred(self._ctx, 6):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 6)")
                        self.state = 431
                        localctx.op = self.match(StapParser.T__51)
                        self.state = 432
                        self.expr(7)
                        pass

                    elif la_ == 8:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 433
                        if not self.precpred(self._ctx, 5):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 5)")
                        self.state = 434
                        localctx.op = self.match(StapParser.T__52)
                        self.state = 435
                        self.expr(6)
                        pass

                    elif la_ == 9:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 436
                        if not self.precpred(self._ctx, 4):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 4)")
                        self.state = 437
                        localctx.op = self.match(StapParser.T__53)
                        self.state = 438
                        self.expr(5)
                        pass

                    elif la_ == 10:
                        localctx = StapParser.BinaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 439
                        if not self.precpred(self._ctx, 3):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 3)")
                        self.state = 440
                        localctx.op = self.match(StapParser.T__54)
                        self.state = 441
                        self.expr(4)
                        pass

                    elif la_ == 11:
                        localctx = StapParser.AssignExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 442
                        if not self.precpred(self._ctx, 1):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 1)")
                        self.state = 443
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(((((_la - 3)) & ~0x3f) == 0 and ((1 << (_la - 3)) & -9007199254740989) != 0)):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 444
                        self.expr(1)
                        pass

                    elif la_ == 12:
                        localctx = StapParser.AutocastExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 445
                        if not self.precpred(self._ctx, 20):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 20)")
                        self.state = 446
                        self.memberSuffix()
                        pass

                    elif la_ == 13:
                        localctx = StapParser.PostIncDecExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 447
                        if not self.precpred(self._ctx, 19):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 19)")
                        self.state = 448
                        if not not self._after_post_crement():
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "not self._after_post_crement()")
                        self.state = 449
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
                        self.state = 450
                        if not self.precpred(self._ctx, 10):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 10)")
                        self.state = 451
                        localctx.op = self._input.LT(1)
                        _la = self._input.LA(1)
                        if not(_la==50 or _la==51):
                            localctx.op = self._errHandler.recoverInline(self)
                        else:
                            self._errHandler.reportMatch(self)
                            self.consume()
                        self.state = 452
                        self.match(StapParser.STRING)
                        pass

                    elif la_ == 15:
                        localctx = StapParser.InExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 453
                        if not self.precpred(self._ctx, 9):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 9)")
                        self.state = 454
                        self.match(StapParser.T__21)
                        self.state = 457
                        self._errHandler.sync(self)
                        token = self._input.LA(1)
                        if token in [79]:
                            self.state = 455
                            self.match(StapParser.IDENT)
                            pass
                        elif token in [78]:
                            self.state = 456
                            self.histBase()
                            pass
                        else:
                            raise NoViableAltException(self)

                        pass

                    elif la_ == 16:
                        localctx = StapParser.TernaryExprContext(self, StapParser.ExprContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_expr)
                        self.state = 459
                        if not self.precpred(self._ctx, 2):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                        self.state = 460
                        self.match(StapParser.T__6)
                        self.state = 461
                        self.expr(0)
                        self.state = 462
                        self.match(StapParser.T__34)
                        self.state = 463
                        self.ternaryElse()
                        pass

             
                self.state = 469
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,62,self._ctx)

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
        self.enterRule(localctx, 48, self.RULE_ternaryElse)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 470
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
        self.enterRule(localctx, 50, self.RULE_primary)
        self._la = 0 # Token type
        try:
            self.state = 538
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,71,self._ctx)
            if la_ == 1:
                localctx = StapParser.IntLitContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 472
                self.match(StapParser.INT)
                pass

            elif la_ == 2:
                localctx = StapParser.StrLitContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 474 
                self._errHandler.sync(self)
                _alt = 1
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt == 1:
                        self.state = 473
                        self.match(StapParser.STRING)

                    else:
                        raise NoViableAltException(self)
                    self.state = 476 
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,63,self._ctx)

                pass

            elif la_ == 3:
                localctx = StapParser.ParenExprContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 478
                self.match(StapParser.T__9)
                self.state = 479
                self.expr(0)
                self.state = 480
                self.match(StapParser.T__10)
                pass

            elif la_ == 4:
                localctx = StapParser.CallExprContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 482
                self.match(StapParser.IDENT)
                self.state = 483
                self.match(StapParser.T__9)
                self.state = 492
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 2136746247424) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 2003) != 0):
                    self.state = 484
                    self.expr(0)
                    self.state = 489
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    while _la==5:
                        self.state = 485
                        self.match(StapParser.T__4)
                        self.state = 486
                        self.expr(0)
                        self.state = 491
                        self._errHandler.sync(self)
                        _la = self._input.LA(1)



                self.state = 494
                self.match(StapParser.T__10)
                pass

            elif la_ == 5:
                localctx = StapParser.IndexExprContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 495
                self.match(StapParser.IDENT)
                self.state = 496
                self.match(StapParser.T__31)
                self.state = 497
                self.expr(0)
                self.state = 502
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==5:
                    self.state = 498
                    self.match(StapParser.T__4)
                    self.state = 499
                    self.expr(0)
                    self.state = 504
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 505
                self.match(StapParser.T__32)
                pass

            elif la_ == 6:
                localctx = StapParser.NameExprContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 507
                self.match(StapParser.IDENT)
                pass

            elif la_ == 7:
                localctx = StapParser.AtExprContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 508
                self.match(StapParser.AT_IDENT)
                self.state = 509
                self.match(StapParser.T__9)
                self.state = 518
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if (((_la) & ~0x3f) == 0 and ((1 << _la) & 2136746247424) != 0) or ((((_la - 69)) & ~0x3f) == 0 and ((1 << (_la - 69)) & 2003) != 0):
                    self.state = 510
                    self.expr(0)
                    self.state = 515
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)
                    while _la==5:
                        self.state = 511
                        self.match(StapParser.T__4)
                        self.state = 512
                        self.expr(0)
                        self.state = 517
                        self._errHandler.sync(self)
                        _la = self._input.LA(1)



                self.state = 520
                self.match(StapParser.T__10)
                self.state = 524
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,69,self._ctx)
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt==1:
                        self.state = 521
                        self.targetSuffix() 
                    self.state = 526
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,69,self._ctx)

                pass

            elif la_ == 8:
                localctx = StapParser.TargetExprContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 527
                self.match(StapParser.TARGET_VAR)
                self.state = 531
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,70,self._ctx)
                while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                    if _alt==1:
                        self.state = 528
                        self.targetSuffix() 
                    self.state = 533
                    self._errHandler.sync(self)
                    _alt = self._interp.adaptivePredict(self._input,70,self._ctx)

                pass

            elif la_ == 9:
                localctx = StapParser.PosNumExprContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 534
                self.match(StapParser.POS_NUM)
                pass

            elif la_ == 10:
                localctx = StapParser.PosStrExprContext(self, localctx)
                self.enterOuterAlt(localctx, 10)
                self.state = 535
                self.match(StapParser.POS_STR)
                pass

            elif la_ == 11:
                localctx = StapParser.EmbeddedExprContext(self, localctx)
                self.enterOuterAlt(localctx, 11)
                self.state = 536
                self.match(StapParser.EMBEDDED)
                pass

            elif la_ == 12:
                localctx = StapParser.WildcardExprContext(self, localctx)
                self.enterOuterAlt(localctx, 12)
                self.state = 537
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
        self.enterRule(localctx, 52, self.RULE_targetSuffix)
        try:
            self.state = 547
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [67]:
                self.enterOuterAlt(localctx, 1)
                self.state = 540
                self.match(StapParser.T__66)
                self.state = 541
                self.memberName()
                pass
            elif token in [32]:
                self.enterOuterAlt(localctx, 2)
                self.state = 542
                self.match(StapParser.T__31)
                self.state = 543
                self.expr(0)
                self.state = 544
                self.match(StapParser.T__32)
                pass
            elif token in [68]:
                self.enterOuterAlt(localctx, 3)
                self.state = 546
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
        self.enterRule(localctx, 54, self.RULE_memberSuffix)
        try:
            self.state = 555
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [67]:
                self.enterOuterAlt(localctx, 1)
                self.state = 549
                self.match(StapParser.T__66)
                self.state = 550
                self.memberName()
                pass
            elif token in [32]:
                self.enterOuterAlt(localctx, 2)
                self.state = 551
                self.match(StapParser.T__31)
                self.state = 552
                self.expr(0)
                self.state = 553
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
        self.enterRule(localctx, 56, self.RULE_memberName)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 557
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
        self._predicates[23] = self.expr_sempred
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
                return not self._after_post_crement()
         

            if predIndex == 14:
                return self.precpred(self._ctx, 10)
         

            if predIndex == 15:
                return self.precpred(self._ctx, 9)
         

            if predIndex == 16:
                return self.precpred(self._ctx, 2)
         




