"""`python -m alu.cli`: the same as the `alu` command."""

import sys

from alu.cli import main

sys.exit(main())
