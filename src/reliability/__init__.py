"""reliability: read news text and say how well it is sourced.

>>> import reliability
>>> report = reliability.analyze("The minister said the bridge would reopen on Monday.")
>>> report.sentences[0].attributions[0].source.text
'The minister'
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

from reliability.analyzer import Analyzer, analyze  # noqa: E402
from reliability.annotators.base import Annotator, LexiconAnnotator  # noqa: E402
from reliability.config import PipelineConfig, load_config  # noqa: E402
from reliability.errors import (  # noqa: E402
    ConfigError,
    InputError,
    PipelineError,
    ReliabilityError,
    ResourceError,
    SpanError,
)
from reliability.io import (  # noqa: E402
    ErrorRecord,
    InputRecord,
    ScoreRow,
    load_reports,
    read_corpus,
)
from reliability.registry import available, create, register  # noqa: E402
from reliability.schema import (  # noqa: E402
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
