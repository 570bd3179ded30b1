"""Strict Open XML read as transitional: the one mapping of the ISO namespaces Word and Excel write when a file is saved as "Strict Open XML" to the names every reader here knows.

A strict file holds the same parts as any .docx or .xlsx; only its namespaces and relationship types
are spelt http://purl.oclc.org/ooxml/…, so python-docx finds no main document and a reader matching
w: elements finds no table. Renamed, its parts read as the transitional file they stand for.
"""

from __future__ import annotations

import re

STRICT_MARK = b"purl.oclc.org/ooxml"
_STRICT = re.compile(rb"http://purl\.oclc\.org/ooxml/(officeDocument|wordprocessingml|spreadsheetml|drawingml)/")
_TRANSITIONAL = {
    b"officeDocument": b"http://schemas.openxmlformats.org/officeDocument/2006/",
    b"wordprocessingml": b"http://schemas.openxmlformats.org/wordprocessingml/2006/",
    b"spreadsheetml": b"http://schemas.openxmlformats.org/spreadsheetml/2006/",
    b"drawingml": b"http://schemas.openxmlformats.org/drawingml/2006/",
}


def transitional(part: bytes) -> bytes:
    """A part of a strict file (XML or relationships) with the transitional names; any other part as it is.

    >>> transitional(b'<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main">')
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    """
    if STRICT_MARK not in part:
        return part
    return _STRICT.sub(lambda m: _TRANSITIONAL[m.group(1)], part)
