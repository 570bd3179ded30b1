"""Entry point for `python -m fzlib`."""

import gc

from fzlib.cli import main

code = main()
# The process ends here. Spare the collector its passes over everything the command loaded while
# the interpreter shuts down (≈0.5 s after a report); the memory goes back to the system anyway.
gc.freeze()
raise SystemExit(code)
