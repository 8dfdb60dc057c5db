/bin/echo 'a b' c
