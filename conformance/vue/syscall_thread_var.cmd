/bin/echo abc
