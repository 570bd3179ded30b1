"""The cleaning steps a spec names (`CLEANERS`): pure, vectorised, registered by name, never raising.

A cleaner turns a Series of raw spreadsheet cells (str, int, float, bool, datetime, date, time,
None, in any mix) into a `Cleaned` triple of Series sharing the input's index:

- ``values``: the cleaned values, NA where the cell is missing or unusable;
- ``codes``: an issue code from the closed catalogue (see `CODES`) where the cell has a problem;
- ``detail``: an optional detail for the message (a suggestion, the inferred date, ...).

Missing input (None, NaN, blank, whitespace, placeholders such as "/" or "无") is NA with no
code: whether a value is required is the engine's business, not the cleaner's. Cleaners never
mutate their input and are idempotent: ``f(f(x).values).values`` equals ``f(x).values`` (for
``number``/``integer`` this holds with the default ``scale=1``, as a scale multiplies each time).

Work is done once per distinct string (``pd.factorize``, then regexes on the uniques), so a column of
10^6 cells with a few hundred distinct values costs little. The uniques are mostly read text by text in
plain Python with patterns compiled once: a pandas string method or a Series costs ~0.1 ms a call, more
than its work on a few hundred texts, and a register's ~250 columns pay it each time. Exotic forms such
as Chinese numerals are parsed by plain Python on the few uniques that need it.

One module per family: text, numbers (number, integer), dates, categories (category, yes_no),
identity (id_number, phone) and documents (case_no); importing this package registers them all.
"""

from fzlib.ingest.cleaners import categories, dates, documents, identity, numbers, text  # noqa: F401 (register)
from fzlib.ingest.cleaners.identity import id_check_digit, id_checksum_ok
from fzlib.ingest.cleaners.registry import (
    CLEANER_OPTIONS,
    CLEANERS,
    CODES,
    Cleaned,
    register,
)

__all__ = ["CLEANERS", "CLEANER_OPTIONS", "CODES", "Cleaned", "register", "id_check_digit", "id_checksum_ok"]
