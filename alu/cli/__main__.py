"""`python -m alu.cli`: the same as the `alu` command."""

import sys

from alu.cli import main

if __name__ == "__main__":  # importing the module (a tool walking the package) runs nothing
    sys.exit(main())
