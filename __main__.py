"""`python -m xtrace` is the `xtrace` command (as `python -m xtrace.driver` is)."""

from .driver.cli import main

main()
