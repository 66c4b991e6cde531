"""`python -m allygraph.cli` runs the command line."""

from . import main

main()
