"""`python -m salon.cli`: the same as the `salon` command."""

from salon.cli import main

main()
