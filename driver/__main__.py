"""`python -m xtrace.driver` is the `xtrace` command."""

from .cli import main

main()
