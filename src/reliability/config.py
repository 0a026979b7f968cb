"""Configuration models: which annotators run, with what options, and score weights.

A TOML config file overrides only the keys it sets::

    [[annotators]]
    name = "loaded"
    enabled = false

    [weights]
    text = 0.8

    [weights.sources]
    vague = 0.1
"""

from __future__ import annotations

import tomllib
from collections.abc import ItemsView, Iterator
from pathlib import Path
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    ValidationError,
    field_validator,
)

from reliability.errors import ConfigError
from reliability.schema import SourceType

__all__ = [
    "DEFAULT_ANNOTATORS",
    "DEFAULT_MAX_CHARS",
    "DEFAULT_SOURCE_WEIGHTS",
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


#: Default worth of an attribution to each kind of source (docs/scoring.md).
DEFAULT_SOURCE_WEIGHTS: dict[SourceType, float] = {
    SourceType.NAMED_PERSON: 1.0,
    SourceType.NAMED_ORGANIZATION: 1.0,
    SourceType.MEDIA_OUTLET: 0.8,
    SourceType.DOCUMENT: 0.9,
    SourceType.PRONOUN: 0.8,
    SourceType.ANONYMOUS: 0.4,
    SourceType.VAGUE: 0.2,
}


class SourceWeights(RootModel[dict[SourceType, float]]):
    """How much an attribution to each kind of source is worth (0 to 1).

    A mapping keyed by ``SourceType``; kinds a config file does not set keep
    their defaults: ``weights.sources[SourceType.VAGUE]``.
    """

    model_config = ConfigDict(frozen=True)

    root: dict[SourceType, float] = Field(
        default_factory=lambda: dict(DEFAULT_SOURCE_WEIGHTS)
    )

    @field_validator("root", mode="after")
    @classmethod
    def _complete(cls, value: dict[SourceType, float]) -> dict[SourceType, float]:
        for kind, weight in value.items():
            if not 0.0 <= weight <= 1.0:
                raise ValueError(
                    f"weight of {kind.value!r} is {weight}; it must lie in [0, 1]"
                )
        return {k: value.get(k, d) for k, d in DEFAULT_SOURCE_WEIGHTS.items()}

    def __getitem__(self, kind: SourceType) -> float:
        return self.root[kind]

    def __iter__(self) -> Iterator[SourceType]:  # type: ignore[override]
        return iter(self.root)

    def __len__(self) -> int:
        return len(self.root)

    def items(self) -> ItemsView[SourceType, float]:
        """(kind, weight) pairs, every kind present."""
        return self.root.items()


class ScoreWeights(BaseModel):
    """How ``overall`` combines the text-only score and the provenance score.

    Renormalised over the two when both have a value; without a provenance
    score (unknown outlet, ``--disable outlet``) ``overall`` is the text score.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: float = Field(0.7, ge=0)
    provenance: float = Field(0.3, ge=0)
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
    boilerplate_model: bool = Field(
        True,
        description="After the boilerplate rules, let the shipped boilerplate "
        "model flag page chrome the rules missed (it only adds flags).",
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
