"""The library's exceptions: one base class, one subclass per kind of failure."""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "InputError",
    "OutputError",
    "PipelineError",
    "ReliabilityError",
    "ResourceError",
    "SpanError",
]


class ReliabilityError(Exception):
    """Base class of every error the library raises on purpose."""


class ConfigError(ReliabilityError):
    """A configuration value, option or annotator name is not valid."""


class PipelineError(ReliabilityError):
    """Annotators do not fit together, or one broke its contract."""


class ResourceError(ReliabilityError):
    """A packaged or user-supplied data file is missing or malformed."""


class SpanError(ReliabilityError):
    """A span does not index the document text."""


class InputError(ReliabilityError):
    """A document cannot be analysed (too large, not text, unreadable)."""


class OutputError(ReliabilityError):
    """An output file cannot be written to the end (disk full, I/O error).

    The file is left holding a valid prefix (whole records) or, for outputs
    written in one go, its earlier content; the message says which.
    """
