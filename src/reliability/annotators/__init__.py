"""Built-in annotators; importing this package registers them."""

from reliability.annotators import (  # noqa: F401  (registration)
    attribution,
    claims,
    hedges,
    loaded,
    models,
    outlet,
)
from reliability.annotators.base import Annotator, LexiconAnnotator

__all__ = ["Annotator", "LexiconAnnotator"]
