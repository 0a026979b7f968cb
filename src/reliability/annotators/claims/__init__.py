"""Claims: which body sentences assert something checkable, and which are unsourced.

A sentence is a claim (ANNOTATION.md, "Claims"; judgement call 20) when some
clause asserts a checkable event, number, action, position or state. It is
not a claim when it is a question, "Perhaps ..." speculation, a musing frame
("It is interesting whether ..."), an announcement of what the article does,
an imperative, a bare fragment, or a prediction or evaluative assessment with
nothing checkable in it (no name, number or date). A sentence that opens with a
quotation followed by its reporting frame is judged by what the quotation says:
"'Perhaps they were waiting,' said Abdul" is speculation, not a claim.

Subjectivity (ANNOTATION.md: "not opinion ... or assessments"): the lexicon
``evaluative.tsv`` lists evaluative adjectives and nouns, degree adverbs and
sweeping quantifiers. A sentence whose main predicate is an evaluation ("It's
a wonderful place", "this speech is pretty shocking", "could be decisive in a
close election"), or a generic statement with a subjective word and no name,
is not a claim unless it has a checkable core: a number, a date, or an event
verb in the past ("The army shelled the town, a brutal act" stays a claim).
First-person feeling frames ("I mean", "I'm afraid"), rhetorical imperatives
("Call it ...", "Talk about ...") and verbless fragments ("Or his claims
that ...", "Someone suggesting that ...") are not claims either. Nor are, in
the outlet's voice, idioms of judgement ("deserves credit", "makes no
sense"), the speaker's feelings ("We are thrilled to ..."), the outlet
addressing its reader ("we have a guide for you") or speaking about the
article itself, calls to action, section headings left in the body, and the
signature line under an embedded post.

``unsourced_claim`` is reported for every body sentence: true when the sentence
carries no attribution and is not flagged as continuing a quotation by the
attribution annotator (judgement calls 21, 22), nor covered by a speaker named
elsewhere: an introducing frame ("X said:"), a transcript's speaker label, a
quotation still open, the sentence right after a quotation naming who said it
(annotation notes 15), or the signature under an embedded post (notes 6). The
pipeline ANDs it with the claim flag.

Modules: ``lexicon`` (:class:`ClaimWord`, the cached word lists and
patterns), ``facts`` (what the tests read about the whole document),
``assessment`` (forecasts, evaluations, the checkable core, fragments),
``voice`` (the writer's or speaker's own voice: feelings, norms,
prescriptions, predictions, sign-ons), ``sourcing`` (what makes a sentence
sourced without an attribution of its own), ``verdicts``
(``judge_sentence``) and ``annotator``.
"""

from reliability.annotators.claims.annotator import ClaimAnnotator
from reliability.annotators.claims.lexicon import ClaimWord

__all__ = ["ClaimAnnotator", "ClaimWord"]
