"""Hand-built reports for the integration tests (independent of annotator output)."""

from __future__ import annotations

from reliability.schema import (
    Attribution,
    Cue,
    DocumentReport,
    Sentence,
    SourceType,
    Span,
)

# Sentence 0 is boilerplate; 1 carries an attribution with a source, a hedge
# and a loaded term; 2 is an unsourced claim with an astral character (𝔓) and
# an emoji, so code-point and UTF-16 offsets differ after it.
TEXT = (
    "Share this article\n"
    "The mayor said the plan would reportedly cost a shocking sum. "
    "Prices 𝔓 will rise 😀 5% next year, it is claimed."
)


def _find(word: str, after: int = 0) -> Span:
    start = TEXT.index(word, after)
    return Span.of(TEXT, start, start + len(word))


def cue(word: str, rule: str, after: int = 0) -> Cue:
    """A hedge or loaded ``Cue`` on the first ``word`` at or after ``after``."""
    s = _find(word, after)
    return Cue(start=s.start, end=s.end, text=s.text, rule=rule, confidence=0.9)


def sample_report(doc_id: str = "doc-1") -> DocumentReport:
    """A report over ``TEXT`` exercising every layer."""
    s1 = TEXT.index("The mayor")
    s2 = TEXT.index("Prices")
    sentences = (
        Sentence(start=0, end=18, boilerplate=True, boilerplate_rule="pattern:share"),
        Sentence(
            start=s1,
            end=s2 - 1,
            attributions=(
                Attribution(
                    cue=_find("said"),
                    source=_find("The mayor"),
                    source_type=SourceType.NAMED_PERSON,
                    rule="pattern:verb",
                    confidence=0.8,
                ),
            ),
            hedges=(cue("reportedly", "lexicon:hedges:reportedly"),),
            loaded=(cue("shocking", "lexicon:loaded:shocking"),),
            claim=True,
            claim_rule="heuristic:claims",
            claim_confidence=0.7,
        ),
        Sentence(
            start=s2,
            end=len(TEXT),
            claim=True,
            unsourced_claim=True,
            claim_rule="heuristic:claims",
            claim_confidence=0.6,
            hedges=(cue("claimed", "lexicon:hedges:claimed", s2),),
        ),
    )
    return DocumentReport(
        id=doc_id, text=TEXT, sentences=sentences, url="https://news.example/a"
    )
