"""fzlib: township rule-of-law ledgers in, a trustworthy annual report out."""

__version__ = "0.1.0"
