"""`python -m dinghire` runs the CLI."""

from dinghire.cli import main

main()
