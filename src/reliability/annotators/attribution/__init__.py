"""Attributions: who is said to say what (ANNOTATION.md, "Attributions").

Rules over the words of each body sentence, in one pass:

* a cue is a reporting verb or phrase from ``reporting_verbs.tsv`` (said,
  told, warned, according to, called on, pointed out ...), also when bad
  extraction glued it to the next name ("saidJones");
* its source is the noun phrase that governs it: the subject before the verb
  (after auxiliaries and adverbs: "has also said", "went on to add"), the
  phrase after it when the verb follows a quotation or a comma ("..., said a
  source"), after "according to", or after "by" in a passive ("was
  confirmed by the board"); a passive with no agent is a hedge and is skipped
  (judgement call 16);
* the outlet or account a statement went through is its own attribution on
  the same cue: "told the Daily Star", "In an interview with a radio
  station", "in her blog post" (judgement call 8);
* a verb that shares its subject with an earlier cue adds nothing ("warned
  ..., adding that");
* the source span is the shortest head phrase (judgement call 12) and its type
  comes from the head word (``source_heads.tsv``), capitalisation, outlet names
  (``media_names.txt``) and places that speak for governments
  (``place_names.txt``) (judgement call 13).

Option ``broad`` (``Analyzer(options={"attribution": {"broad": True}})``, off
by default): ALSO mark the broader attributions of corpora such as PolNeAR,
beyond ANNOTATION.md, each under its own rule: a bare colon after a speaker
opening the sentence ("Ann Lee: ...", ``broad:colon``), a dash signing a
quotation ("“...” ― Jane Doe", ``broad:dash``), a second verb of the same
speaker ("said ..., adding", ``broad:shared:<verb>``), and verbs of intention
("wants to", "plans to") and stance ("supports", "endorses") from
``reporting_verbs.tsv`` (classes ``intent`` and ``stance``). Beliefs holding a
clause (class ``belief``: "fears that") are cues in every mode. A document's
first line is read as a headline: a speaker or a poll before its colon ("Lee:
...", "Poll: ...", "Lee on Tax Reform: ...", "X Grills Y: 'quote'"), and in
title case a present-tense reporting verb after a name ("Mayor Says ...",
"..., Ann Lee Says.").
The default output does not change.

Sentences that continue a direct quotation attributed in another sentence get
a ``quoted`` flag (judgement call 22), so that the claims annotator does not
call them unsourced.

Modules: ``lexicon`` (typed word classes from data files), ``sentence`` (a
sentence's tokens), ``chunks`` and ``syntax`` (noun phrases, behind a seam a
parser could fill), ``cues``, ``sources`` (typing), ``subjects`` (source
finders), ``channels``, ``broad``, ``rules`` (the sentence handler) with
``context`` (what its rules share), ``noun_readings`` and ``cue_vetoes``
(``CUE_VETOES``), ``source_vetoes`` (``SOURCE_VETOES``), ``constructions``
and ``verbs`` (source finders by cue class) and ``nouns`` (noun cues and
possessors), ``quoted`` (quotation continuations) and ``annotator``;
``long_subjects`` (a document subject far before its evidence verb: "A survey
of 2,000 adults conducted last month showed") and ``attack_cues`` (a verbal
attack, not a physical one: "attacked her rival for his record").
"""

from reliability.annotators.attribution.annotator import AttributionAnnotator
from reliability.annotators.attribution.lexicon import HeadClass, VerbClass
from reliability.annotators.attribution.syntax import HEURISTICS, Syntax

__all__ = ["HEURISTICS", "AttributionAnnotator", "HeadClass", "Syntax", "VerbClass"]
