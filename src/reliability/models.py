"""Learned sentence models: the model file format, its loader and prediction.

A sentence model is a logistic regression over sparse, TF-IDF weighted
features of one sentence (lower-cased words and word bigrams, optionally
character n-grams inside words). It is stored as plain JSON parameters,
never as a pickle, and predicts with the standard library only: the features
of a sentence are looked up in a dictionary, so a prediction costs a few
microseconds per word. scikit-learn is needed only to *train* a model
(``reliability.training``), which uses :func:`sentence_terms` as its analyzer,
so the features seen at training and at prediction time are the same by
construction.

File format (``format_version`` 1)::

    {"format": "reliability.sentence-model", "format_version": 1,
     "name": "claims", "version": "1", "task": "claim",
     "featurizer": {"word_ngrams": 2, "char_ngrams": [0, 0]},
     "terms": {"w:said": [idf, coef], ...},
     "intercept": -1.2, "threshold": 0.5, "cue_min": 0.0,
     "combine": {"consult_below": 0.9, "veto_below": 0.2},
     "training": {"sklearn_version": "1.9.1", "data_sha256": "...", ...},
     "reference": [{"text": "...", "probability": 0.93}, ...]}

``terms`` holds every feature of the vocabulary with its inverse document
frequency and its coefficient: the TF-IDF vector is L2-normalised over all of
them, so features with a zero coefficient still count. ``combine`` is
optional: how the ``models`` annotator combines a claim model with the claim
rule by default (``consult_below``: consult the model on the rule's claims
whose confidence is below this; ``veto_below``: a claim the model gives a
probability below this is withdrawn; ``add_at_least``, optional: a sentence
the rule found no claim becomes one when the model gives it at least this).
It is absent when the model only raises confidences.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter, _count_elements  # type: ignore[attr-defined]
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache, reduce
from itertools import chain
from operator import add
from pathlib import Path
from typing import Any, TypeVar

from reliability.errors import ResourceError
from reliability.resources import data_names, read_data

__all__ = [
    "BOILERPLATE_FILE",
    "COMBINE_KEYS",
    "FORMAT",
    "FORMAT_VERSION",
    "MODEL_FILES",
    "MODEL_TASKS",
    "SEGMENT_TASKS",
    "TASKS",
    "FeaturizerSettings",
    "data_digest",
    "SentenceModel",
    "load_model",
    "load_models",
    "sentence_terms",
    "shipped_boilerplate_model",
    "shipped_models",
]

FORMAT = "reliability.sentence-model"
FORMAT_VERSION = 1
#: The sentence tasks a model can serve.
TASKS = ("claim", "hedge", "loaded")
#: File name of each task's model inside a model folder.
MODEL_FILES = {"claim": "claims.json", "hedge": "hedges.json", "loaded": "loaded.json"}
#: Sentence tasks decided while segmenting, before any annotator runs: a model
#: of one is consulted by ``reliability.segment``, never by the ``models``
#: annotator, so its file is not among ``MODEL_FILES``.
SEGMENT_TASKS = ("boilerplate",)
#: The file name of the boilerplate model inside a model folder.
BOILERPLATE_FILE = "boilerplate.json"
#: Every task a model file may serve.
MODEL_TASKS = (*TASKS, *SEGMENT_TASKS)

_REQUIRED: dict[str, type | tuple[type, ...]] = {
    "format": str,
    "format_version": int,
    "name": str,
    "version": str,
    "task": str,
    "featurizer": dict,
    "terms": dict,
    "intercept": (int, float),
    "threshold": (int, float),
    "training": dict,
    "reference": list,
}
_TRAINING_REQUIRED = ("sklearn_version", "data_sha256")
#: The keys a model file's optional ``combine`` object may hold
#: (``add_at_least``: the probability at which the claim model adds a claim
#: the rule rejected; ``mark_at_least``: the probability at which the
#: boilerplate model marks a sentence the rules left in the body).
COMBINE_KEYS = ("consult_below", "veto_below", "add_at_least", "mark_at_least")

# Words (with inner apostrophes) and single punctuation marks. Digits are
# folded to 0 so that "1,200" and "3,400" share features.
_TOKEN = re.compile(r"\w++(?:['\u2019]\w++)*+|[^\w\s]")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w++(?:['\u2019]\w++)*+")
_K = TypeVar("_K")


@dataclass(frozen=True, slots=True)
class FeaturizerSettings:
    """Which features a model reads from a sentence.

    Attributes:
        word_ngrams: Longest word n-gram (1 = words only, 2 = words and
            bigrams, with sentence-boundary markers).
        char_ngrams: ``(lo, hi)`` lengths of character n-grams inside each
            space-padded word; ``(0, 0)`` for none.
    """

    word_ngrams: int = 2
    char_ngrams: tuple[int, int] = (0, 0)

    @classmethod
    def from_json(cls, data: Mapping[str, Any], where: str) -> FeaturizerSettings:
        """Settings from a model file's ``featurizer`` object."""
        try:
            word = int(data["word_ngrams"])
            lo, hi = (int(x) for x in data["char_ngrams"])
        except (KeyError, TypeError, ValueError):
            raise ResourceError(
                f"{where}: 'featurizer' must be {{'word_ngrams': int, "
                f"'char_ngrams': [lo, hi]}}, not {dict(data)!r}"
            ) from None
        if not 1 <= word <= 3 or not (lo == hi == 0 or 1 <= lo <= hi <= 8):
            raise ResourceError(
                f"{where}: unsupported featurizer settings {dict(data)!r}"
            )
        return cls(word, (lo, hi))

    def to_json(self) -> dict[str, Any]:
        """The ``featurizer`` object of a model file."""
        return {"word_ngrams": self.word_ngrams, "char_ngrams": list(self.char_ngrams)}


def sentence_terms(
    text: str, settings: FeaturizerSettings = FeaturizerSettings()
) -> list[str]:
    """The feature terms of one sentence, with repeats (the analyzer of training).

    Args:
        text: The sentence.
        settings: Which n-grams to produce.

    Returns:
        Terms prefixed by kind: ``w:`` words, ``b:``/``t:`` word bigrams and
        trigrams (``<s>``/``</s>`` mark the sentence edges), ``c:`` character
        n-grams.
    """
    words = _TOKEN.findall(_DIGIT.sub("0", text.lower()))
    out = ["w:" + w for w in words]
    n = settings.word_ngrams
    if n >= 2:
        padded = ["<s>", *words, "</s>"]
        out.extend(f"b:{a} {b}" for a, b in zip(padded, padded[1:], strict=False))
        if n >= 3:
            out.extend(
                f"t:{a} {b} {c}"
                for a, b, c in zip(padded, padded[1:], padded[2:], strict=False)
            )
    lo, hi = settings.char_ngrams
    if lo:
        for w in words:
            if len(w) > 1:
                out.extend(_char_ngrams(w, lo, hi))
    return out


#: Per term: idf * coef and idf ** 2 (the term seen once), idf and coef.
_Weight = tuple[float, float, float, float]


def _accumulate(
    counts: Mapping[_K, int], weights: Mapping[_K, _Weight], dot: float, sq: float
) -> tuple[float, float]:
    """Add the TF-IDF terms of ``counts`` to the dot product and squared norm."""
    get = weights.get
    for t, c in counts.items():
        w = get(t)
        if w is None:
            continue
        if c == 1:
            dot += w[0]
            sq += w[1]
        else:
            # sublinear tf (1 + ln c) times idf, as TfidfTransformer does
            x = (1.0 + math.log(c)) * w[2]
            dot += x * w[3]
            sq += x * x
    return dot, sq


class _TermWeight(complex):
    """One vocabulary term's weights, hashed by identity (each term has its own).

    The number itself holds the term's two sums seen once (``idf * coef`` as
    its real part, ``idf ** 2`` its imaginary part): adding complex numbers
    adds the two parts as two separate float sums would, bit for bit, so one
    addition per term carries both sums, and the weights a sentence's words
    look up are added as they are. A sentence's known terms are counted by
    these objects, as the lookup returns them, instead of being looked up a
    second time by term. Nothing else is stored in them (their idf and
    coefficient, for a term seen more than once, are in a table kept
    apart), so the numbers a prediction reads lie close together in memory.
    """

    __slots__ = ()
    # Identity, not value: two terms of equal weights are two terms.
    __hash__ = object.__hash__
    __eq__ = object.__eq__


def _repeated(weight: tuple[float, float], count: int) -> complex:
    """Both sums' terms for a term of ``(idf, coef)`` seen ``count`` times."""
    idf, coef = weight
    # sublinear tf (1 + ln c) times idf, as TfidfTransformer does
    x = (1.0 + math.log(count)) * idf
    return complex(x * coef, x * x)


def _accumulate_known(
    found: list[_TermWeight], pairs: Mapping[_TermWeight, tuple[float, float]]
) -> tuple[float, float]:
    """The dot product and squared norm of the known terms ``found``, in order.

    Each distinct term adds once, in order of first occurrence, as
    ``_accumulate`` adds the terms of a ``Counter``: the sums are the same to
    the last bit. ``reduce`` adds left to right, one number at a time, on
    every Python version (``sum`` compensates from 3.12 on); the real and
    imaginary parts of the complex total are the two float sums. A term seen
    more than once adds the terms of its count instead, from its ``(idf,
    coef)`` in ``pairs``.
    """
    counts: dict[_TermWeight, int] = {}
    _count_elements(counts, found)
    if len(counts) == len(found):  # every term once: its fixed weights
        total = reduce(add, found, 0j)
    else:
        total = reduce(
            add,
            [w if c == 1 else _repeated(pairs[w], c) for w, c in counts.items()],
            0j,
        )
    return total.real, total.imag


@lru_cache(maxsize=1024)
def _model_words(text: str) -> list[str]:
    """The lower-cased words and marks of ``text``, digits folded to 0.

    Kept for the last texts read: the boilerplate model reads a document's
    lines while it is segmented and the claim model many of the same
    sentences afterwards, and both read them in these words. The list is
    shared, never changed.
    """
    words: list[str] = _TOKEN.findall(_DIGIT.sub("0", text.lower()))
    return words


@lru_cache(maxsize=1 << 16)
def _char_ngrams(word: str, lo: int, hi: int) -> tuple[str, ...]:
    """Character n-grams of the space-padded ``word`` (cached: words repeat)."""
    p = f" {word} "
    size = len(p)
    return tuple(
        "c:" + p[i : i + k] for k in range(lo, hi + 1) for i in range(size - k + 1)
    )


def _check_header(data: Any, where: str) -> None:
    """The fields every model file needs, their types, format and task."""
    if not isinstance(data, dict):
        raise ResourceError(
            f"{where}: a model file holds a JSON object, not {type(data).__name__}"
        )
    missing = [k for k in _REQUIRED if k not in data]
    if missing:
        raise ResourceError(
            f"{where}: missing field(s) {', '.join(map(repr, missing))}; "
            f"a model file needs {', '.join(_REQUIRED)}"
        )
    for key, kind in _REQUIRED.items():
        value = data[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ResourceError(
                f"{where}: field {key!r} has the wrong type ({value!r})"
            )
    if data["format"] != FORMAT:
        raise ResourceError(f"{where}: format {data['format']!r} is not {FORMAT!r}")
    if data["format_version"] != FORMAT_VERSION:
        raise ResourceError(
            f"{where}: format_version {data['format_version']} is not supported; "
            f"this library reads version {FORMAT_VERSION} (retrain with "
            "'reliability train' or upgrade the library)"
        )
    if data["task"] not in MODEL_TASKS:
        raise ResourceError(
            f"{where}: unknown task {data['task']!r}; tasks: {', '.join(MODEL_TASKS)}"
        )
    if not re.fullmatch(r"[a-z][a-z0-9_-]*", data["name"]):
        raise ResourceError(f"{where}: bad model name {data['name']!r}")
    missing = [k for k in _TRAINING_REQUIRED if k not in data["training"]]
    if missing:
        raise ResourceError(
            f"{where}: 'training' lacks {', '.join(map(repr, missing))}"
        )


def _terms(raw: Mapping[str, Any], where: str) -> dict[str, tuple[float, float]]:
    """``term -> (idf, coef)``, every pair checked."""
    fast = _json_terms(raw)
    if fast is not None:
        return fast
    terms: dict[str, tuple[float, float]] = {}
    for term, pair in raw.items():
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(x, (int, float)) and math.isfinite(x) for x in pair)
        ):
            raise ResourceError(
                f"{where}: term {term!r} must map to [idf, coef], not {pair!r}"
            )
        terms[term] = (float(pair[0]), float(pair[1]))
    return terms


#: The number types ``json.loads`` builds.
_JSON_NUMBERS = frozenset({int, float, bool})


def _json_terms(raw: Mapping[str, Any]) -> dict[str, tuple[float, float]] | None:
    """``_terms`` for the usual file, in one pass; None when any pair is unusual.

    Loading a model is part of the start-up of every process: the pairs of a
    valid file (lists of two finite JSON numbers) are converted without the
    per-number checks, and any other file goes through them.
    """
    numbers = _JSON_NUMBERS
    try:
        terms = {
            t: (float(i), float(c))
            for t, (i, c) in raw.items()
            if type(i) in numbers and type(c) in numbers
        }
    except (TypeError, ValueError):
        return None  # a pair that is not two items
    if (
        len(terms) != len(raw)
        or not all(type(p) is list for p in raw.values())
        or not all(map(math.isfinite, chain.from_iterable(terms.values())))
    ):
        return None
    return terms


def _reference(raw: Sequence[Any], where: str) -> list[tuple[str, float]]:
    """The stored ``(text, probability)`` predictions, checked."""
    reference: list[tuple[str, float]] = []
    for item in raw:
        if not (
            isinstance(item, dict)
            and isinstance(item.get("text"), str)
            and isinstance(item.get("probability"), (int, float))
        ):
            raise ResourceError(
                f"{where}: reference predictions are {{'text', 'probability'}} objects"
            )
        reference.append((item["text"], float(item["probability"])))
    return reference


@dataclass(frozen=True)
class SentenceModel:
    """A loaded sentence model: predicts the probability of its task's label.

    Build one with :func:`load_model` or :meth:`from_json`, which validate
    the file; the fields mirror the file format of this module's docstring.
    """

    name: str
    version: str
    task: str
    featurizer: FeaturizerSettings
    terms: dict[str, tuple[float, float]]
    intercept: float
    threshold: float
    training: dict[str, Any]
    reference: tuple[tuple[str, float], ...]
    sha256: str = ""
    source: str = ""
    cue_min: float = field(default=0.0, repr=False)
    combine: dict[str, float] = field(default_factory=dict, repr=False)

    @cached_property
    def _weights(self) -> dict[str, _Weight]:
        # Per term: idf * coef and idf ** 2 (a word seen once), idf and coef.
        return {t: (i * c, i * i, i, c) for t, (i, c) in self.terms.items()}

    @cached_property
    def _word_tables(
        self,
    ) -> tuple[
        dict[str | tuple[str, str], _TermWeight],
        dict[_TermWeight, tuple[float, float]],
    ]:
        """The word and bigram terms' weights keyed by the words themselves,
        and each weight's ``(idf, coef)`` (for a term seen more than once).

        Prediction looks words (``str``) and word pairs (``tuple``) up here
        instead of building a ``"w:..."`` or ``"b:... ..."`` string for each.
        A pair holds the same string objects as the words' own keys, and the
        weights are made one after another, so that a lookup reads little
        memory.
        """
        out: dict[str | tuple[str, str], _TermWeight] = {}
        pairs: dict[_TermWeight, tuple[float, float]] = {}
        words: dict[str, str] = {}
        # The weights of ``_weights``, computed alike, without building that
        # dict (a shipped model never reads it).
        for term, pair in self.terms.items():
            kind = term[:2]
            if kind == "w:":
                key: str | tuple[str, str] = words.setdefault(term[2:], term[2:])
            elif kind == "b:":
                parts = term[2:].split(" ")
                if len(parts) != 2:
                    continue
                key = (
                    words.setdefault(parts[0], parts[0]),
                    words.setdefault(parts[1], parts[1]),
                )
            else:
                continue
            i, c = pair
            weight = out[key] = _TermWeight(i * c, i * i)
            pairs[weight] = pair
        return out, pairs

    @property
    def rule(self) -> str:
        """The rule name findings of this model carry, e.g. ``model:claims.v1``."""
        return f"model:{self.name}.v{self.version}"

    @classmethod
    def from_json(
        cls, data: Any, *, where: str = "model", sha256: str = ""
    ) -> SentenceModel:
        """Validate a decoded model file and build the model.

        Raises:
            ResourceError: A field is missing or has the wrong type, or the
                format or version is not the one this library reads.
        """
        _check_header(data, where)
        terms = _terms(data["terms"], where)
        reference = _reference(data["reference"], where)
        threshold = float(data["threshold"])
        if not 0.0 < threshold < 1.0:
            raise ResourceError(f"{where}: threshold {threshold} is not in (0, 1)")
        # The smallest coefficient a word needs to serve as a learned cue.
        cue_min = data.get("cue_min", 0.0)
        if (
            not isinstance(cue_min, (int, float))
            or isinstance(cue_min, bool)
            or cue_min < 0
        ):
            raise ResourceError(
                f"{where}: cue_min must be a number >= 0, not {cue_min!r}"
            )
        combine = data.get("combine", {})
        if not isinstance(combine, dict) or not all(
            k in COMBINE_KEYS
            and isinstance(v, (int, float))
            and not isinstance(v, bool)
            and 0.0 <= v <= 1.0
            for k, v in combine.items()
        ):
            raise ResourceError(
                f"{where}: combine must map {' or '.join(COMBINE_KEYS)} to numbers "
                f"in [0, 1], not {combine!r}"
            )
        return cls(
            name=data["name"],
            version=data["version"],
            task=data["task"],
            featurizer=FeaturizerSettings.from_json(data["featurizer"], where),
            terms=terms,
            intercept=float(data["intercept"]),
            threshold=threshold,
            training=dict(data["training"]),
            reference=tuple(reference),
            sha256=sha256,
            source=where,
            cue_min=float(cue_min),
            combine={k: float(v) for k, v in combine.items()},
        )

    def to_json(self) -> dict[str, Any]:
        """The model as a model-file object (inverse of :meth:`from_json`)."""
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "name": self.name,
            "version": self.version,
            "task": self.task,
            "featurizer": self.featurizer.to_json(),
            "intercept": self.intercept,
            "threshold": self.threshold,
            "cue_min": self.cue_min,
            **({"combine": dict(self.combine)} if self.combine else {}),
            "training": self.training,
            "reference": [{"text": t, "probability": p} for t, p in self.reference],
            "terms": {t: list(v) for t, v in self.terms.items()},
        }

    def decision(self, text: str) -> float:
        """The linear score (log-odds) of ``text``."""
        settings = self.featurizer
        if settings.word_ngrams > 2 or settings.char_ngrams[0]:
            dot, sq = _accumulate(
                Counter(sentence_terms(text, settings)), self._weights, 0.0, 0.0
            )
        else:
            # Words and bigrams only (the shipped models): the same terms in the
            # same order as ``sentence_terms`` (words, then bigrams, each in order
            # of first occurrence), so the sums are the same to the last bit.
            words = _model_words(text)
            terms: Iterable[str | tuple[str, str]] = words
            if settings.word_ngrams == 2:
                pairs = zip(["<s>", *words], [*words, "</s>"], strict=True)
                terms = chain(words, pairs)
            # Terms outside the vocabulary add nothing: they are dropped before
            # counting (most bigrams of a sentence are unknown to the model).
            # ``filter`` also drops a known term whose weight is ``0j`` (idf
            # 0, never so with smoothed idf); it would add nothing to either
            # sum, seen once or more, so no figure changes.
            weights, idf_coef = self._word_tables
            found = list(filter(None, map(weights.get, terms)))
            dot, sq = _accumulate_known(found, idf_coef)
        if sq == 0.0:
            return self.intercept
        return dot / math.sqrt(sq) + self.intercept

    def probability(self, text: str) -> float:
        """The probability that ``text`` has the task's label."""
        z = self.decision(text)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    def predict(self, text: str) -> bool:
        """Whether ``text`` has the label (probability at or above ``threshold``)."""
        return self.probability(text) >= self.threshold

    def cue_words(self, text: str) -> list[tuple[int, int, float]]:
        """Words of ``text`` that the model weighs as cues of the label.

        Returns:
            ``(start, end, coefficient)`` of each word whose own feature has a
            coefficient of at least the model's ``cue_min`` (0 = none), best
            first. Offsets index ``text``.
        """
        if self.cue_min <= 0.0:
            return []
        out = []
        for m in _WORD.finditer(text):
            pair = self.terms.get("w:" + _DIGIT.sub("0", m.group().lower()))
            if pair is not None and pair[1] >= self.cue_min:
                out.append((m.start(), m.end(), pair[1]))
        out.sort(key=lambda x: -x[2])
        return out

    def check_reference(self) -> None:
        """Recompute the stored reference predictions; raise if any differs.

        Raises:
            ResourceError: A reference prediction is not reproduced exactly.
        """
        for text, expected in self.reference:
            got = self.probability(text)
            if got != expected:
                raise ResourceError(
                    f"{self.source}: reference prediction not reproduced for {text!r}: "
                    f"stored {expected!r}, computed {got!r}"
                )


def _parse(raw: bytes, where: str) -> SentenceModel:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ResourceError(f"{where}: not a JSON model file: {exc}") from None
    return SentenceModel.from_json(
        data, where=where, sha256=hashlib.sha256(raw).hexdigest()
    )


def load_model(path: str | Path) -> SentenceModel:
    """Load and validate one model file.

    Raises:
        ResourceError: The file cannot be read or is not a valid model.
    """
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ResourceError(
            f"cannot read model file {str(p)!r}: {exc.strerror}"
        ) from None
    return _parse(raw, str(p))


def load_models(path: str | Path) -> dict[str, SentenceModel]:
    """Load the models of a folder written by ``reliability train``.

    Args:
        path: A folder holding any of ``claims.json``, ``hedges.json``,
            ``loaded.json``.

    Returns:
        Task name to model, for the files present.

    Raises:
        ResourceError: The folder does not exist or holds no model, or a
            model file is invalid or sits under the wrong task's name.
    """
    folder = Path(path)
    if not folder.is_dir():
        raise ResourceError(f"model folder {str(folder)!r} does not exist")
    out: dict[str, SentenceModel] = {}
    for task, filename in MODEL_FILES.items():
        f = folder / filename
        if f.exists():
            out[task] = _checked(load_model(f), task)
    if not out:
        raise ResourceError(
            f"model folder {str(folder)!r} holds none of "
            f"{', '.join(MODEL_FILES.values())}"
        )
    return out


@cache
def shipped_models() -> dict[str, SentenceModel]:
    """The models shipped in ``reliability/data/models`` (may be none)."""
    try:
        names = data_names("models")
    except (FileNotFoundError, NotADirectoryError, OSError):
        return {}
    out: dict[str, SentenceModel] = {}
    for task, filename in MODEL_FILES.items():
        relpath = f"models/{filename}"
        if relpath in names:
            raw, _ = read_data(relpath)
            out[task] = _checked(_parse(raw, relpath), task)
    return out


@cache
def shipped_boilerplate_model() -> SentenceModel | None:
    """The boilerplate model shipped in ``reliability/data/models``, if any.

    Raises:
        ResourceError: The shipped file is invalid, serves another task, or
            does not reproduce its reference predictions.
    """
    relpath = f"models/{BOILERPLATE_FILE}"
    try:
        if relpath not in data_names("models"):
            return None
    except (FileNotFoundError, NotADirectoryError, OSError):
        return None
    raw, _ = read_data(relpath)
    model = _parse(raw, relpath)
    if model.task != "boilerplate":
        raise ResourceError(
            f"{relpath}: holds a {model.task!r} model, not a 'boilerplate' one"
        )
    model.check_reference()
    return model


def _checked(model: SentenceModel, task: str) -> SentenceModel:
    if model.task != task:
        raise ResourceError(
            f"{model.source}: holds a {model.task!r} model, but the file name is "
            f"for {task!r} ({MODEL_FILES[task]})"
        )
    return model


def data_digest(records: Iterable[tuple[str, bool]]) -> str:
    """SHA-256 of training records ``(text, label)``, independent of their order."""
    lines = sorted(json.dumps([t, bool(y)], ensure_ascii=False) for t, y in records)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
