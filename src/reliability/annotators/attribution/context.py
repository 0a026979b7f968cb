"""What the rules of one sentence share: the :class:`Context` of the sentence
and what was found in it, and the shapes a finder returns (``Attribution``,
``Found``, :data:`SHARED`), and the word classes that more than one module
of the rules reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reliability.annotators.attribution.lexicon import VerbClass
from reliability.annotators.attribution.sentence import Sentence, Source
from reliability.schema import SourceType

__all__ = ["Attribution", "Context", "Found", "SHARED"]


Attribution = tuple[int, int, Source, str]
_PREP = VerbClass.PREP
_TELL = VerbClass.TELL
_NOUN = VerbClass.NOUN
_EVIDENCE = VerbClass.EVIDENCE
_DESIRE = VerbClass.DESIRE
_CLAUSE_SPEECH = frozenset({VerbClass.SPEECH, VerbClass.CLAUSE})
_ACCORDING = ["according", "to"]
_PASSIVE_ADVERBS = frozenset(
    {"also", "first", "widely", "later", "previously", "not", "never", "only"}
)
_RELATIVES = frozenset({"who", "which", "that"})
_PHRASE_ENDS = frozenset({",", ".", ";", ":", "\u2013", "\u2014", "--", ")"})
_NAMED_TYPES = frozenset({SourceType.NAMED_PERSON, SourceType.MEDIA_OUTLET})


@dataclass(slots=True)
class Context:
    """What the rules of one sentence share: the sentence and what was found.

    ``memory`` maps names to the types the document gave them before;
    ``found`` lists ``(cue_first, cue_last, source)`` in the order found;
    ``used`` the source ranges of verbs (a participle may not reuse one).
    """

    s: Sentence
    memory: dict[str, SourceType]
    broad: bool
    found: list[tuple[int, int, Source]] = field(default_factory=list)
    used: set[tuple[int, int]] = field(default_factory=set)


#: Prepositions before which a speech gerund keeps the clause's subject.
_GERUND_PREPS = frozenset({"by", "of", "from", "for", "after", "before", "while"})


#: Forms of "report" that also name the reports themselves ("media reports").
_REPORT_NOUNS = frozenset({"report", "reports", "reporting"})


#: What a source finder returns: ``(source, rule)`` or None.
Found = tuple[Source, str] | None


#: A stand-in source before the cue, for channels of a verb with no speaker.
_NO_SOURCE = Source(-1, -1, SourceType.ANONYMOUS, 0.0)


#: Returned by a finder when the verb shares the source of an earlier cue.
SHARED: Found = (Source(-1, -1, SourceType.ANONYMOUS, 0.0), "shared")
