/usr/bin/python3.11 -S -c "exec('def foo(): pass\ndef bar(): foo()\nfoo()\nbar()')"
