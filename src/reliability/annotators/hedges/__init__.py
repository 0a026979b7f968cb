"""Hedges: words that lower the certainty of a claim (ANNOTATION.md, "Hedges").

The lexicon ``hedges.tsv`` gives each cue a *kind*; ``HedgeAnnotator.accept``
vetoes the readings of that kind which do not hedge: "could" of ability,
"may" the month, "might" the noun, "claims" the noun, "a possible offensive",
"it became apparent", "the apparent magnitude of a star" (a measurement),
"was reported by Reuters" (an agent makes it an attribution), "little sign of"
(judgement call 17), the concessive "Bombs may not be falling", "Someone
suggesting that ..." (a person suggesting is a speech act, not evidence; so is
"Senator Lee suggests"), and a capitalised word inside a sentence, which is
part of a name ("Prompt Asylum Claim Review").
may/might/could are read in their clause: purpose ("so that they could"),
degree ("as bad as it may seem"), permission ("residents may apply for"),
perception ("smoke could be seen") and a legal penalty ("may be fined") are
not likelihood. "the likely winner" is attributive (annotation notes 17).
The noun "claims" hedges when it introduces the claimed content ("his claims
that ...", judgement call 15); counted ("1,200 claims") it is the legal noun,
and so is a singular "claim" before a finite verb ("the claim was upheld").
Agentless passives are hedges (judgement call 16), also after a contracted
copula: "It's described as ..." marks "'s described as". A report passive
with an adverb inside its verb group ("is widely seen as", "are now expected
to") is marked whole (annotation notes 18); without a form of "be" ("a vote
expected to pass") it is not. "to claim royalties" asserts a right, and "might"
after an adjective of power or a nationality ("Chinese might") or before a
finite verb ("its might was felt") is the noun.
"may not" hedges ("readers may not know that") unless it concedes ("may not
be shut, but") or forbids ("you may not park", "may not be reproduced");
denied ability or feasibility is certain, not doubtful ("no one could keep
up", "has never been possible"); "warning signs of" is a set term and
"suggests ways to" and "suggest names for" a proposal. A report participle
may open an aside after a dash as after a comma ("the flag — interpreted as a snub —").
A forecast participle right after its noun is a report passive with "which
is" left out ("a ruling expected on Friday", "with rain expected"), and so
is "isn't expected to"; "than expected", "is to be expected" and "the duty
expected of" are not. A distancing word right after one that asserts its
falsity ("falsely claimed", "bogus allegations", "found to be fake") keeps
no distance (annotation notes D21). "May was wet" is the month; "may be
eligible", "may wish to" and "you may want to" state a rule, a courtesy or
advice; "in the hope that others may", "while it may seem odd" a wish and a
concession; "discussing the possibility of" a topic; "anyone who may have
seen the crash" a hypothetical witness; "did all it could to" an ellipsis.
Nothing is marked in a question, which asserts nothing, nor is a modal in an
embedded question ("who the winner might be", "whether the fire may have been
set") or in a comparison with what was expected ("than might be expected").
A report passive whose agent names no one hedges as the agentless one does
("is seen by many as", "is considered by some to be"; not "by many experts"),
and so does a report participle joined to an earlier passive ("was arrested
and accused of fraud", "is quick and widely regarded as the best").
Only the outlet's own voice is marked, never direct quotations (judgement call
14), in single quotation marks too ("'The pier may close,' she said").

Modules, imports running one way: ``patterns`` (punctuation sets and reach
limits) and ``lexicon`` (the word classes and their loaders) < ``shapes``
(shape tests on the text around a cue) < the rules by concern: ``modals``
(the senses of "may", "might", "could"), ``passives`` (report passives),
``agents`` (report passives with an unnamed agent), ``beliefs`` (first-person
belief verbs) and ``distancing`` (distancing words, "likely", set terms) <
``annotator`` (:class:`HedgeAnnotator`).
"""

from reliability.annotators.hedges.annotator import HedgeAnnotator
from reliability.annotators.hedges.lexicon import KINDS, Context
from reliability.annotators.hedges.shapes import in_single_quotes

__all__ = ["KINDS", "Context", "HedgeAnnotator", "in_single_quotes"]
