"""Learned sentence models beside the rules: claims, hedges, loaded language.

Runs after the rule annotators and combines its probabilities with theirs
(ANNOTATION.md, "Claims", "Hedges", "Loaded language"):

- ``claim``: a sentence the model finds checkable becomes a claim, or keeps
  the rule's verdict with the model's higher confidence. With
  ``decide=True`` (a model trained on the user's own annotations) the model's
  verdict replaces the rule's in both directions. The claim model shipped in
  the package never adds a claim (``add_claims`` is off by default for it):
  it is consulted only on the rule's less confident claims, withdraws those
  it finds very unlikely (``veto_below``) and raises the confidence of the
  others (see ``docs/models.md``).
- ``hedge`` / ``loaded``: spans always come from cues. A cue the rules found
  is re-reported with the model's probability when the model agrees with a
  higher confidence. A model trained with learned cues (``cue_min`` > 0) may
  also mark, in a sentence it classifies as positive and where the rules found
  nothing, the word it weighs most as a cue of the label.

Every finding names its model (``model:claims.v1``) and carries the model's
probability as its confidence. Models come from ``path`` (a folder written by
``reliability train``) or, by default, from the models shipped in the package;
with no model the annotator reports nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from reliability.document import Document
from reliability.errors import ConfigError
from reliability.findings import Finding, FlagFinding, Layer, SpanFinding
from reliability.models import MODEL_FILES, SentenceModel, load_models, shipped_models
from reliability.registry import register

__all__ = ["ModelAnnotator"]

_LAYER = {"claim": Layer.CLAIM, "hedge": Layer.HEDGES, "loaded": Layer.LOADED}
# Without add_claims, the claim model is consulted only on the rules' claims
# whose confidence is below this, unless its file says otherwise (the default
# pipeline stays fast: most sentences never reach the model).
_CONSULT_BELOW = 0.8


@register("models")
class ModelAnnotator:
    """Adds the sentence models' verdicts to the rule annotators' findings.

    Args:
        path: Folder of trained models (``reliability train --out DIR``);
            None uses the models shipped with the package.
        decide: Let the claim model overrule the claim rule in both
            directions, not only add claims or raise their confidence.
        add_claims: Let the claim model add claims the rules did not find
            (probability at or above its threshold). None means yes for models
            from ``path`` and no for the shipped models, which then only raise
            the confidence of the rules' claims (those the rules are less than
            ``consult_below`` sure of).
        veto_below: Withdraw a rule's claim when the model's probability is
            below this; None takes the model file's ``combine`` value (0, no
            veto, when it has none).
        consult_below: Without ``add_claims`` or ``decide``, consult the
            claim model only on the rule's claims whose confidence is below
            this; None takes the model file's value (0.8 when it has none).
    """

    name = "models"
    version = "2"

    def __init__(
        self,
        *,
        path: str | Path | None = None,
        decide: bool = False,
        add_claims: bool | None = None,
        veto_below: float | None = None,
        consult_below: float | None = None,
    ) -> None:
        for key, value in (
            ("veto_below", veto_below),
            ("consult_below", consult_below),
        ):
            if value is not None and not 0.0 <= value <= 1.0:
                raise ConfigError(f"models: {key} must be in [0, 1], not {value!r}")
        self.models: dict[str, SentenceModel] = (
            load_models(path) if path is not None else shipped_models()
        )
        for model in self.models.values():
            model.check_reference()
        self.decide = decide
        self.add_claims = path is not None if add_claims is None else add_claims
        combine = self.models["claim"].combine if "claim" in self.models else {}
        self.veto_below = (
            combine.get("veto_below", 0.0) if veto_below is None else veto_below
        )
        self.consult_below = (
            combine.get("consult_below", _CONSULT_BELOW)
            if consult_below is None
            else consult_below
        )
        # The shipped model adds a claim only where its file says at what
        # probability (a model from ``path`` adds at its threshold).
        self.add_at_least: float | None = combine.get("add_at_least")
        self.assigns = frozenset(_LAYER[task] for task in self.models)
        self.requires: frozenset[Layer] = frozenset()
        self.resources = {
            f"models/{MODEL_FILES[task]}": m.sha256 for task, m in self.models.items()
        }

    def annotate(self, doc: Document) -> Iterator[Finding]:
        """Yield claim flags and re-weighted or learned cue spans."""
        claim_model = self.models.get("claim")
        if claim_model is not None:
            yield from self._claims(doc, claim_model)
        for task in ("hedge", "loaded"):
            model = self.models.get(task)
            if model is not None:
                yield from self._cues(doc, model, _LAYER[task])

    def _claims(self, doc: Document, model: SentenceModel) -> Iterator[FlagFinding]:
        rule_flags: dict[int, FlagFinding] = {}
        for f in doc.findings_on(Layer.CLAIM):
            assert isinstance(f, FlagFinding)
            rule_flags[f.sentence] = f  # the last one counts, as in the pipeline
        shipped = not (self.decide or self.add_claims)
        add_at = self.add_at_least if shipped else None
        for i, _ in doc.content_segments():
            rule = rule_flags.get(i)
            confidence = rule.confidence if rule is not None and rule.value else None
            rejected = confidence is None
            if shipped and (
                (add_at is None)
                if confidence is None
                else confidence >= self.consult_below
            ):
                # No rule claim here (and no adding), or one the rule is sure
                # of (skipped: the default pipeline stays fast).
                continue
            p = model.probability(doc.segment_text(i))
            is_claim = p >= model.threshold
            if self.decide:
                yield FlagFinding(
                    Layer.CLAIM, i, is_claim, model.rule, p if is_claim else 1.0 - p
                )
                continue
            if rejected and add_at is not None:
                # The model is all but sure the rule missed a checkable
                # statement (ANNOTATION.md "Claims").
                if p >= add_at:
                    yield FlagFinding(Layer.CLAIM, i, True, model.rule, p)
                continue
            if not rejected and p < self.veto_below:
                # The model is all but sure this is no checkable statement
                # (ANNOTATION.md "Claims": opinion, musing, prediction).
                yield FlagFinding(Layer.CLAIM, i, False, model.rule, 1.0 - p)
                continue
            if not is_claim:
                continue  # otherwise the model only adds or strengthens
            if confidence is None or p > confidence:
                yield FlagFinding(Layer.CLAIM, i, True, model.rule, p)

    def _cues(
        self, doc: Document, model: SentenceModel, layer: Layer
    ) -> Iterator[SpanFinding]:
        found: dict[int, list[SpanFinding]] = {}
        for f in doc.findings_on(layer):
            assert isinstance(f, SpanFinding)
            index = doc.segment_at(f.start)
            if index is not None:
                found.setdefault(index, []).append(f)
        learn = model.cue_min > 0.0
        for i, seg in doc.content_segments():
            spans = found.get(i)
            if not spans and not learn:
                continue
            p = model.probability(doc.segment_text(i))
            if p < model.threshold:
                continue
            if spans:
                for f in spans:
                    if p > f.confidence:
                        yield SpanFinding(layer, f.start, f.end, model.rule, p)
                continue
            # A learned cue: the word the model weighs most, in the outlet's own
            # voice only (ANNOTATION.md judgement call 14).
            for start, end, _ in model.cue_words(doc.segment_text(i)):
                start, end = seg.start + start, seg.start + end
                if not doc.in_quotation(start, end):
                    yield SpanFinding(layer, start, end, model.rule, p)
                    break
