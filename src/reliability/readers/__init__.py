"""Reading corpora into records, and reading reports back.

``read_corpus`` yields one ``InputRecord`` (or ``ErrorRecord``) per document of
a text file, JSON Lines or CSV file, HTML page, folder or standard input;
``load_reports`` reads the output of ``reliability score`` back. Decoding never
shifts offsets: the text a record carries is exactly the text the report's
offsets index.
"""

from __future__ import annotations

from reliability.readers.corpus import SUFFIXES, corpus_files, read_corpus
from reliability.readers.decoding import decode_bytes
from reliability.readers.fields import DEFAULT_MAX_CHARS
from reliability.readers.html_pages import extract_html
from reliability.readers.reports import ScoreRow, load_reports

__all__ = [
    "DEFAULT_MAX_CHARS",
    "SUFFIXES",
    "ScoreRow",
    "corpus_files",
    "decode_bytes",
    "extract_html",
    "load_reports",
    "read_corpus",
]
