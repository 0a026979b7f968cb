"""Configuration models: which annotators run, with what options, and score weights.

A TOML config file overrides only the keys it sets::

    [[annotators]]
    name = "loaded"
    enabled = false

    [weights]
    attribution = 0.5
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from reliability.errors import ConfigError

__all__ = [
    "DEFAULT_ANNOTATORS",
    "DEFAULT_MAX_CHARS",
    "AnnotatorSpec",
    "PipelineConfig",
    "ScoreWeights",
    "SourceWeights",
    "load_config",
]

#: The built-in annotators, in the order they run.
DEFAULT_ANNOTATORS = ("attribution", "outlet", "hedges", "loaded", "claims", "models")


#: Longest document accepted by default, in characters: the measured peak memory
#: of the densest text at this size stays under 600 MB (docs/robustness.md).
DEFAULT_MAX_CHARS = 1_000_000


class AnnotatorSpec(BaseModel):
    """One annotator of the pipeline and its options."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    enabled: bool = True
    options: dict[str, Any] = Field(default_factory=dict)


class SourceWeights(BaseModel):
    """How much an attribution to each kind of source is worth (0 to 1)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    named_person: float = Field(1.0, ge=0, le=1)
    named_organization: float = Field(1.0, ge=0, le=1)
    media_outlet: float = Field(0.8, ge=0, le=1)
    document: float = Field(0.9, ge=0, le=1)
    pronoun: float = Field(0.8, ge=0, le=1)
    anonymous: float = Field(0.4, ge=0, le=1)
    vague: float = Field(0.2, ge=0, le=1)


class ScoreWeights(BaseModel):
    """Weights of the overall score's components (renormalised over those present)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    attribution: float = Field(0.35, ge=0)
    unsourced: float = Field(0.25, ge=0)
    hedging: float = Field(0.15, ge=0)
    loaded: float = Field(0.15, ge=0)
    provenance: float = Field(0.10, ge=0)
    sources: SourceWeights = Field(default_factory=SourceWeights)


class PipelineConfig(BaseModel):
    """The whole pipeline: annotators in order, score weights and input limits."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    annotators: tuple[AnnotatorSpec, ...] = tuple(
        AnnotatorSpec(name=n) for n in DEFAULT_ANNOTATORS
    )
    weights: ScoreWeights = Field(default_factory=ScoreWeights)
    # The default holds peak memory under 600 MB on the densest text found
    # ("He said. " repeated: a sentence, an attribution and a claim every 9
    # characters); see benchmarks/dense_memory.py and docs/robustness.md.
    max_chars: int = Field(
        DEFAULT_MAX_CHARS, gt=0, description="Longest document accepted."
    )
    readability: bool = True
    boilerplate: bool = Field(
        True,
        description="Flag boilerplate; false treats every sentence as body "
        "(clean article text, one-sentence-a-line corpora).",
    )
    lang: str = "en"

    def merged(self, overrides: dict[str, Any]) -> PipelineConfig:
        """A copy with ``overrides`` applied; annotators merge by name."""
        data = self.model_dump()
        for key, value in overrides.items():
            if key == "annotators":
                by_name = {a["name"]: a for a in data["annotators"]}
                for spec in value:
                    if not isinstance(spec, dict) or "name" not in spec:
                        raise ConfigError(f"annotator entry {spec!r} has no 'name'")
                    by_name[spec["name"]] = {**by_name.get(spec["name"], {}), **spec}
                data["annotators"] = list(by_name.values())
            elif key == "weights" and isinstance(value, dict):
                data["weights"] = _deep_merge(data["weights"], value)
            else:
                data[key] = value
        try:
            return PipelineConfig.model_validate(data)
        except ValidationError as exc:
            raise ConfigError(f"invalid configuration: {exc}") from None


def _deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        out[k] = (
            _deep_merge(out[k], v)
            if isinstance(v, dict) and isinstance(out.get(k), dict)
            else v
        )
    return out


def load_config(path: str | Path) -> PipelineConfig:
    """Read a TOML config file; keys it does not set keep their defaults."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config {str(path)!r}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config {str(path)!r} is not valid TOML: {exc}") from None
    return PipelineConfig().merged(data)
