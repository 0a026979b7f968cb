"""Learned sentence models beside the rules: claims, hedges, loaded language.

Runs after the rule annotators and combines its probabilities with theirs
(ANNOTATION.md, "Claims", "Hedges", "Loaded language"):

- ``claim``: a sentence the model finds checkable becomes a claim, or keeps
  the rule's verdict with the model's higher confidence. With
  ``decide=True`` (a model trained on the user's own annotations) the model's
  verdict replaces the rule's in both directions. The claim model shipped in
  the package only raises the confidence of claims the rules found
  (``add_claims`` is off by default for it, see ``docs/models.md``): it never
  adds or removes a claim.
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
from reliability.findings import Finding, FlagFinding, Layer, SpanFinding
from reliability.models import MODEL_FILES, SentenceModel, load_models, shipped_models
from reliability.registry import register

__all__ = ["ModelAnnotator"]

_LAYER = {"claim": Layer.CLAIM, "hedge": Layer.HEDGES, "loaded": Layer.LOADED}
# Without add_claims, the claim model is consulted only on the rules' claims
# whose confidence is below this.
_RAISE_BELOW = 0.8


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
            0.8 sure of).
    """

    name = "models"
    version = "1"

    def __init__(
        self,
        *,
        path: str | Path | None = None,
        decide: bool = False,
        add_claims: bool | None = None,
    ) -> None:
        self.models: dict[str, SentenceModel] = (
            load_models(path) if path is not None else shipped_models()
        )
        for model in self.models.values():
            model.check_reference()
        self.decide = decide
        self.add_claims = path is not None if add_claims is None else add_claims
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
        for i, _ in doc.content_segments():
            rule = rule_flags.get(i)
            if not (self.decide or self.add_claims) and (
                rule is None or not rule.value or rule.confidence >= _RAISE_BELOW
            ):
                # Confidence only: no rule claim here, or one the model can
                # hardly make surer (skipped: the default pipeline stays fast).
                continue
            p = model.probability(doc.segment_text(i))
            is_claim = p >= model.threshold
            if self.decide:
                yield FlagFinding(
                    Layer.CLAIM, i, is_claim, model.rule, p if is_claim else 1.0 - p
                )
                continue
            if not is_claim:
                continue  # without decide, the model only adds or strengthens
            if rule is None or not rule.value or p > rule.confidence:
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
