"""Benchmarks: fzlib timed against baselines measured in the same run (`make bench`); not part of the package."""
