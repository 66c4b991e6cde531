"""`python -m allygraph` runs the command line."""

from .cli import main

main()
