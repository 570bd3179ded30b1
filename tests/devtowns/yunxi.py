"""placeholder"""
TOWN = "x"
YEAR = 2024


def build():
    from .town import Built
    return Built()
