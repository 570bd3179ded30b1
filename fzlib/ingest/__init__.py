"""Cleaning a year's raw ledgers: reading files, locating tables, recognising kinds, cleaning cells, the issue catalogue, privacy, writing outputs."""
