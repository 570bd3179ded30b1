"""Entry point for `python -m fzlib`."""

from fzlib.cli import main

raise SystemExit(main())
