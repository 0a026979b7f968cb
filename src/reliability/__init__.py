"""reliability: read news text and say how well it is sourced.

>>> import reliability
>>> report = reliability.analyze("The minister said the bridge would reopen on Monday.")
>>> report.sentences[0].attributions[0].source.text
'The minister'
"""

from __future__ import annotations

import logging
from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from reliability.analyzer import Analyzer, analyze
    from reliability.annotators.base import Annotator, LexiconAnnotator
    from reliability.config import PipelineConfig, load_config
    from reliability.errors import (
        ConfigError,
        InputError,
        PipelineError,
        ReliabilityError,
        ResourceError,
        SpanError,
    )
    from reliability.io import (
        ErrorRecord,
        InputRecord,
        ScoreRow,
        load_reports,
        read_corpus,
    )
    from reliability.registry import available, create, register
    from reliability.schema import (
        Attribution,
        CitedOutlet,
        Cue,
        DocumentReport,
        DocumentScores,
        Outlet,
        Rating,
        Score,
        Sentence,
        SourceType,
        Span,
        json_schema,
    )

# Each public name and the module that defines it. They are imported on first
# use (PEP 562), so ``import reliability`` stays cheap: the annotators, their
# word lists and the pydantic schema load when the first name is used.
_PUBLIC: dict[str, str] = {
    "Analyzer": "reliability.analyzer",
    "analyze": "reliability.analyzer",
    "Annotator": "reliability.annotators.base",
    "LexiconAnnotator": "reliability.annotators.base",
    "PipelineConfig": "reliability.config",
    "load_config": "reliability.config",
    **dict.fromkeys(
        (
            "ConfigError",
            "InputError",
            "PipelineError",
            "ReliabilityError",
            "ResourceError",
            "SpanError",
        ),
        "reliability.errors",
    ),
    **dict.fromkeys(
        ("ErrorRecord", "InputRecord", "ScoreRow", "load_reports", "read_corpus"),
        "reliability.io",
    ),
    **dict.fromkeys(("available", "create", "register"), "reliability.registry"),
    **dict.fromkeys(
        (
            "Attribution",
            "CitedOutlet",
            "Cue",
            "DocumentReport",
            "DocumentScores",
            "Outlet",
            "Rating",
            "Score",
            "Sentence",
            "SourceType",
            "Span",
            "json_schema",
        ),
        "reliability.schema",
    ),
}


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'reliability' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_PUBLIC})


logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Analyzer",
    "Annotator",
    "Attribution",
    "CitedOutlet",
    "ConfigError",
    "Cue",
    "DocumentReport",
    "DocumentScores",
    "ErrorRecord",
    "InputError",
    "InputRecord",
    "LexiconAnnotator",
    "Outlet",
    "PipelineConfig",
    "PipelineError",
    "Rating",
    "ReliabilityError",
    "ResourceError",
    "Score",
    "ScoreRow",
    "Sentence",
    "SourceType",
    "Span",
    "SpanError",
    "__version__",
    "analyze",
    "available",
    "create",
    "json_schema",
    "load_config",
    "load_reports",
    "read_corpus",
    "register",
]
