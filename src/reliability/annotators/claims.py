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
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from itertools import accumulate, compress
from operator import itemgetter
from typing import NamedTuple

from reliability.annotators.speech import (
    SPEAKER_LABEL,
    dash_answers,
    first_turn,
    named_mid_sentence,
    named_quotations,
    single_quotations,
    turn_labels,
)
from reliability.document import Document
from reliability.errors import ResourceError
from reliability.findings import AttributionFinding, FlagFinding, Layer
from reliability.quotes import Quotation
from reliability.registry import register
from reliability.resources import ClassedLexicon, load_classed_lexicon, load_lexicon
from reliability.schema import SourceType
from reliability.segment import Segment
from reliability.tokens import index_of
from reliability.words import WordClass, words_of

__all__ = ["ClaimAnnotator", "ClaimWord"]

_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"
_CLOSERS = _QUOTE_MARKS + ")]"
_CLOSERS_SPACE = _CLOSERS + " "
_OPENING_QUOTES = '"\u201c\u00ab\u201e'
_OPENING_QUOTES_CURLY = "\u201c\u00ab"
_CLOSING_QUOTES_CURLY = "\u201d\u00bb"
_SPEAKER_LABEL = SPEAKER_LABEL
_FRAME_WORDS = 25  # a frame longer than this is a sentence of its own
_INTRODUCER_FRAME_WORDS = 40  # a release's frame names its author's titles
_INTRODUCER_TAIL = 15  # words after "statement" naming the occasion
_FRAME_AFTER_WORDS = 15  # the same for a frame after the quotation it names

# "It is interesting whether", "it remains unclear if", "it is too early to say".
_MUSING = re.compile(
    r"(?:it|this|that)\s+(?:is|was|remains|remained|would\s+be|will\s+be|seems)\s+"
    r"(?:still\s+|not\s+|yet\s+|also\s+|very\s+|far\s+|too\s+)*"
    r"(?:interesting|unclear|uncertain|doubtful|questionable|debatable|curious|"
    r"intriguing|anyone's\s+guess|to\s+be\s+seen|clear\s+(?:whether|if)|"
    r"(?:hard|difficult|impossible)\s+to\s+(?:say|tell|know|predict)|"
    r"early\s+to\s+(?:say|tell))\b"
    r"|one\s+(?:wonders|might\s+ask|may\s+ask)\b|who\s+knows\b"
    # "You could say ...", "One might argue ...": an opinion offered as such.
    r"|(?:you|one)\s+(?:could|might|may|can)\s+(?:say|argue)\b"
    r"|i\s+(?:wonder|think|believe|feel|mean|guess|suppose|hope)\b"
    # "I wish I were there": a wish ("I wish to thank" is a phatic frame).
    r"|i\s+wish\b(?!\s+to\b)"
    # "I don't think ...", "I just do not believe ...": a stance, negated.
    r"|i\s+(?:just\s+|really\s+|simply\s+)?(?:don['\u2019]t|do\s+not)\s+"
    r"(?:think|believe)\b"
    r"|in\s+my\s+(?:view|opinion)\b"
    # Frames that offer what follows as the speaker's view: "It seems to me
    # that ...", "As far as I can tell, ...", "It is fair to say that ...".
    r"|it\s+(?:seems|appears)\s+to\s+me\b|as\s+far\s+as\s+i\s+(?:can\s+tell|know)\b"
    r"|it\s+(?:would|will)\s+be\s+no\s+exaggeration\b"
    r"|it(?:['\u2019]s|\s+is)\s+fair\s+to\s+say\b|i(?:['\u2019]d|\s+would)\s+say\b"
    r"|i\s+(?:do\s+not|don['\u2019]t)\s+(?:know|remember)\b"
    # First-person feelings and rhetorical frames: "I'm mostly afraid of ...",
    # "It feels like ...", "Call it the ...", "Talk about ...", "The truth is".
    r"|i(?:['\u2019]m|\s+am)\s+(?:\w+\s+)?(?:afraid|sure|convinced|glad|sorry)\b"
    r"|it\s+feels\s+(?:like|as\s+if|as\s+though)\b|let['\u2019]s\s+face\s+it\b"
    r"|call\s+it\b|talk\s+about\b|make\s+no\s+mistake\b"
    r"|the\s+(?:truth|real\s+(?:test|question|problem|issue|scandal|lesson|story))"
    r"\s+is\b",
    re.IGNORECASE,
)
# The article speaking about itself: "In this article we look at ...".
_ANNOUNCEMENT = re.compile(
    r"(?:in\s+this\s+(?:article|piece|report|story|explainer)|"
    r"here(?:['\u2019]s|\s+is|\s+are)\s+"
    r"(?:what|how|why|where|the|some|an?|part|more|my|our)|"
    r"below\s+(?:is|are|we)|"
    r"we\s+(?:look|explain|examine|take\s+a\s+look|answer|break\s+down)|"
    # An interview series introducing its guest: "We speak to the captain".
    r"we\s+(?:speak|talk|chat)\s+(?:to|with)|"
    r"in\s+this\s+(?:\w+\s+)?(?:installment|instalment|episode|edition|issue)|"
    # A programme's opening line and a page's pointer to what it prints:
    # "Today on the Weekly Report: we look back at ...", "Full text of the
    # interview ...". A rundown after the colon states the day's events: a
    # claim (annotation notes D46).
    r"today\s+on\s+(?-i:[A-Z])[\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,3}"
    r"(?=\s*:\s*(?:we\b|\W*$))|"
    r"full\s+(?:text|list|transcript)\s+of|"
    # A presenter's sign-on: "I'm Jo Lee and this is ...", "I'm Jo Lee
    # with your weekly update".
    r"i(?:['\u2019]m|\s+am)\s+(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){1,4}"
    r"(?:and\s+this\s+is|with\s+(?:your|the|this))|"
    r"this\s+(?:article|piece|explainer)\s+(?:looks|explains|examines)|"
    # The text speaking about itself: when it appeared, what it belongs to,
    # that it will change, whose views it holds.
    r"this\s+(?:article|story|post|piece|column|newsletter|episode|explainer|"
    r"blog|live\s+blog|page)\s+"
    r"(?:was|is|has|will|may|first|originally|appeared|contains|includes)|"
    r"this\s+(?:week['\u2019]s\s+)?(?:report|newsletter|digest|roundup|round-up|edition)"
    r"\s+(?:covers|includes|features)|"
    r"we(?:['\u2019]ll|\s+will)\s+(?:update|continue\s+to\s+update|keep\s+you)|"
    # A pointer to what follows ("The following is a statement from ...:"),
    # and a broadcast's date line ("Today is Friday, the 4th of June.").
    r"the\s+following\s+(?:is|are)|"
    r"today\s+is\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"the\s+(?:views|opinions)\s+expressed)\b",
    re.IGNORECASE,
)
# A sentence opening with the source it follows: "As noted in the agency's
# earlier statement, ...", "As reported by the local paper, ...". The
# participle names a document or speaker ("in", "by" and a phrase before the
# comma); "As previously announced, ..." names none and sources nothing.
_AS_SOURCE = re.compile(
    r"As\s+(?:\w+\s+)?(?:noted|stated|set\s+(?:forth|out)|reported|announced|"
    r"explained|outlined|described|mentioned|indicated|required|provided|"
    r"defined|specified|detailed|documented|laid\s+out|confirmed|shown)"
    r"\s+(?:in|by)\s+[^,.;:]{2,80},"
)
# A sentence opening with who says it: "As the minister put it, ...", "As
# the report shows, ...", "As has been said, ...", "As Jo Lee writes in her
# book, ...". A reporting verb in the present or past closes the "As" clause
# before its comma; "As I write this" and "As prices rose" name no source.
_AS_SAYS = re.compile(
    r"As\s+(?:[\w.'\u2019-]+\s+){1,8}?"
    r"(?:says|said|notes|noted|put\s+it|puts\s+it|explains|explained|reports|"
    r"reported|argues|argued|points\s+out|pointed\s+out|observes|observed|"
    r"highlight|highlights|highlighted|shows|showed|found|finds|describes|"
    r"described|states|stated|mentioned|recalls|recalled|told|writes|wrote|"
    r"remarked|warned|warns)"
    r"\b[^,.;:]{0,40},"
)
# A page's note on itself, opening the sentence: a section's note on what
# it holds ("This section contains the figures that changed since the last
# release", "These pages have been reviewed"; "This section of the road ..."
# is no such note), an opinion disclaimer ("Opinions are those of the
# writers") and a translation's or transcript's note ("This is an
# unofficial translation of the minister's remarks").
_PAGE_SELF = re.compile(
    r"(?:th(?:is|ese)\s+(?:main\s+)?(?:page|pages|section|sections|category)\s+"
    r"(?:contains?|has\s+information|have\s+been|lists|aggregates|collects|"
    r"gathers|brings\s+together)|"
    r"(?:the\s+)?(?:views|opinions)\s+(?:are|is)\s+(?:those|solely)|"
    r"\(?this\s+is\s+(?:a|an|the)\s+(?:(?:provisional|unofficial|official|machine|"
    r"automated|complete|partial|full|edited|rough|or|and)\s+){0,4}"
    r"(?:translation|transcript))\b",
    re.IGNORECASE,
)
# A note on the text itself anywhere in the sentence: "The interview has
# been edited for length and clarity", "The figures are for reference
# purposes only". ``_PAGE_NOTE_WORDS`` gates both page-note searches.
_PAGE_NOTE = re.compile(
    r"\b(?:has|have)\s+been\s+(?:\w+\s+){0,2}?(?:edited|condensed|abridged)\b"
    r"[^.]{0,30}?\bfor\s+(?:length|clarity|brevity|style)\b"
    r"|\bfor\s+(?:reference|information(?:al)?|illustrati(?:ve|on))\s+purposes?\s+only\b",
    re.IGNORECASE,
)
_PAGE_NOTE_WORDS = frozenset(
    {
        "abridged",
        "category",
        "condensed",
        "edited",
        "opinions",
        "page",
        "pages",
        "purpose",
        "purposes",
        "section",
        "sections",
        "transcript",
        "translation",
        "views",
    }
)
# A pointer to where or when the page's content appears, as the main
# predicate: "Full results are listed below.", "Updates will resume at 7am.",
# "Coverage will air live on our website.", "The latest figures will be
# posted on the agency's blog.", "The data is updated daily.", "More posts
# can be found at our archive." (annotation notes 27: what the outlet's own
# pages do is body, not a claim). ``_POINTER_WORDS`` gates the search.
_PAGE_POINTER = re.compile(
    r"\b(?:"
    r"(?:is|are)\s+(?:listed|set\s+out|shown|given|summarised|summarized)\s+below"
    r"|(?:coverage|the\s+livestream|the\s+webcast)"
    r"(?:\s+[\w'\u2019-]+){0,6}?\s+(?:will|also\s+will)\s+(?:also\s+)?"
    r"(?:air|stream|(?:begin|start|continue|resume)\b[^;]{0,40}?\b(?:on|via)\s+"
    r"(?:\S+\s+){0,3}?(?:television|tv|website|channel|streaming|app|radio|youtube))"
    r"|(?:live\s+)?updates\s+will\s+resume"
    r"|will\s+(?:also\s+)?be\s+(?:shared|posted|streamed|uploaded|published)\s+"
    r"(?:on|at|via)\s+(?:https?://|www\.|the\s+\w+['\u2019]s\s+(?:website|blog|site)|"
    r"our\s+|this\s+(?:page|site|website|blog))"
    r"|will\s+(?:also\s+)?be\s+provided\s+in\s+the\s+(?:articles|links|pages|sections)"
    r"(?:\s+(?:listed|linked|below|above))?"
    r"|(?:is|are)\s+updated\s+(?:daily|weekly|monthly|hourly|regularly|every)"
    r"|can\s+be\s+found\s+(?:here|below|(?:at|on|in)\s+(?:our\s+|https?://|www\.|"
    r"(?:the\s+)?[\w'\u2019-]+\s+(?:website|site|page|blog)))"
    r")\b",
    re.IGNORECASE,
)
_POINTER_SUBJECT_WORD = re.compile(r"[\w'\u2019-]+")
_POINTER_WORDS = frozenset(
    {
        "below",
        "coverage",
        "updates",
        "livestream",
        "webcast",
        "shared",
        "posted",
        "streamed",
        "uploaded",
        "published",
        "provided",
        "updated",
        "found",
    }
)
_CONTRACTED_COPULA = ("'s", "'re", "'m")
# The signature under an embedded post: "— Jane Roe (@janeroe) May 5, 2023",
# "A post shared by Jane Roe (@janeroe)". It names who wrote the lines above
# it (annotation notes 6: a quotation followed by a bare name is covered).
_SIGNATURE = re.compile(
    r"(?:[\u2014\u2013-]{1,2}\s*|a\s+post\s+shared\s+by\s+)[^\n()]{0,60}\(@\w{1,30}\)",
    re.IGNORECASE,
)
_SIGNATURE_STARTS = "\u2014\u2013-aA"
_SIGNATURE_TAIL = 24  # characters after the handle: room for a date
# How a sentence that says something ends; a line ending otherwise, between
# two line breaks, is a crosshead ("Why the vote matters"), unless it is a
# list item or cut off mid-sentence (",").
_SENTENCE_ENDS = ".!?:;,\u2026" + _CLOSERS
_LIST_MARKS = "\u2022\u00b7\u25aa\u25cf\u2013\u2014-*>"
_CROSSHEAD_WORDS = 10
# What may stand before a sentence (spaces skipped): a line break or the end
# of the sentence before it.
_BEFORE_SENTENCE = "\n\r\t.!?:;" + _CLOSERS + "\u2026"


class ClaimWord(StrEnum):
    """The classes of ``claim_words.tsv`` (its header says what each serves)."""

    SPECULATION_START = "speculation-start"
    CONNECTIVE = "connective"
    IMPERATIVE_START = "imperative-start"
    FUTURE_OR_MODAL = "future-or-modal"
    THIRD_PERSON = "third-person"
    FIRST_PERSON = "first-person"
    FIRST_PERSON_SUBJECT = "first-person-subject"
    SECOND_PERSON = "second-person"
    LINKING = "linking"
    PRONOUN = "pronoun"
    CLAUSE_MARKER = "clause-marker"
    DEGREE_NEUTRAL = "degree-neutral"
    MODAL = "modal"
    NEGATED_PRESENT = "negated-present"
    AUXILIARY = "auxiliary"
    IRREGULAR_PAST = "irregular-past"
    NOT_PAST_ED = "not-past-ed"
    DETERMINER = "determiner"
    INDEFINITE_SUBJECT = "indefinite-subject"
    DATE = "date"
    PERIOD = "period"
    NUMBER = "number"
    NOT_NAME = "not-name"
    REPORTING_HINT = "reporting-hint"
    SWEEPING_SUBJECT = "sweeping-subject"
    BACK_REFERENCE = "back-reference"
    OUTLET_WE = "outlet-we"
    NOT_ADDRESS = "not-address"
    ANNOUNCING = "announcing"
    SPEAKER_SUBJECT = "speaker-subject"
    STORY_TOPIC = "story-topic"
    PRESENT_COPULA = "present-copula"
    NAMING = "naming"
    NAMING_PARTICLE = "naming-particle"
    PRODUCT_VERB = "product-verb"
    PUBLICATION = "publication"
    OWN_PRODUCT = "own-product"
    SPEECH_NOUN = "speech-noun"
    FEELING = "feeling"
    ADVICE_START = "advice-start"
    FEELING_OBJECT = "feeling-object"
    FEELING_DEGREE = "feeling-degree"
    INVERTING = "inverting"
    APPEARANCE = "appearance"
    NORM_VERB = "norm-verb"
    NORM_NOUN = "norm-noun"
    FORECAST = "forecast"
    WH_TEASER = "wh-teaser"
    TEASER_DEGREE = "teaser-degree"
    EXCLAMATIVE = "exclamative"
    COMPARATIVE = "comparative"
    NOT_EVENT_BEFORE = "not-event-before"
    FORECAST_LABEL = "forecast-label"
    SENTIMENT_VERB = "sentiment-verb"
    NECESSITY = "necessity"
    TRUTH_VERDICT = "truth-verdict"
    PAGE_CONTENT = "page-content"
    SPEECH_ACT = "speech-act"
    SPEECH_WISH = "speech-wish"
    FINDING_SOURCE = "finding-source"
    FINDING_VERB = "finding-verb"
    PLAIN_MODAL = "plain-modal"
    WEATHER = "weather"
    WEATHER_VERB = "weather-verb"
    SIGNIFICANCE_VERB = "significance-verb"
    EFFECT_RESULT = "effect-result"


@cache
def _claim_words() -> ClassedLexicon[ClaimWord]:
    return load_classed_lexicon("claim_words", ClaimWord)


def _words(cls: ClaimWord) -> frozenset[str]:
    """The words of one class of ``claim_words.tsv``."""
    return frozenset(w for w, cs in _claim_words().entries.items() if cls in cs)


_SPECULATION_START = _words(ClaimWord.SPECULATION_START)
# Connectives that may precede a frame without asserting anything themselves.
_CONNECTIVES = _words(ClaimWord.CONNECTIVE)
_IMPERATIVE_START = _words(ClaimWord.IMPERATIVE_START)
_FUTURE_OR_MODAL = _words(ClaimWord.FUTURE_OR_MODAL)
_THIRD_PERSON = _words(ClaimWord.THIRD_PERSON)
_FIRST_PERSON = _words(ClaimWord.FIRST_PERSON)
_FIRST_PERSON_SUBJECT = _words(ClaimWord.FIRST_PERSON_SUBJECT)
# First-person words that are not also a country's name in lower case ("US").
_NARRATOR_FIRST_PERSON = (_FIRST_PERSON | _FIRST_PERSON_SUBJECT) - {"us"}
_SECOND_PERSON = _words(ClaimWord.SECOND_PERSON)
# Linking verbs whose complement is the main predicate: "X is / looks / may
# prove to be ADJ". Contracted forms are split off the pronoun ("it's").
_LINKING = _words(ClaimWord.LINKING)
_PRONOUNS = _words(ClaimWord.PRONOUN)
# A reporting verb or complementiser before the copula: not the main clause.
_CLAUSE_MARKERS = _words(ClaimWord.CLAUSE_MARKER)
_DEGREE_NEUTRAL = _words(ClaimWord.DEGREE_NEUTRAL)
_MODALS = _words(ClaimWord.MODAL)
_NEGATED_PRESENT = _words(ClaimWord.NEGATED_PRESENT)
_IRREGULAR_PAST = _words(ClaimWord.IRREGULAR_PAST)
_NOT_PAST_ED = _words(ClaimWord.NOT_PAST_ED)
_DETERMINERS = _words(ClaimWord.DETERMINER)
# Opening words of a verbless fragment: "Someone suggesting that ...".
_INDEFINITE_SUBJECT = _words(ClaimWord.INDEFINITE_SUBJECT)
# Finite verbs and auxiliaries that make a main clause.
_AUXILIARIES = _words(ClaimWord.AUXILIARY)
_FINITE = _LINKING | _MODALS | _AUXILIARIES
_DATE_WORDS = _words(ClaimWord.DATE)
# Dates that pin an event down ("week" or "year" alone do not: "this year's
# campaign is different").
_STRICT_DATE_WORDS = _DATE_WORDS - _words(ClaimWord.PERIOD)
_NUMBER_WORDS = _words(ClaimWord.NUMBER)
# Capitalised words that are not names when they open a clause.
_NOT_NAMES = _words(ClaimWord.NOT_NAME)
# Quantifiers that make a sweeping subject of a judgement: "Few can match it".
_SWEEPING_SUBJECT = _words(ClaimWord.SWEEPING_SUBJECT)
# "We" as a subject, and the words that make "you" part of a fixed phrase.
_OUTLET_WE = _words(ClaimWord.OUTLET_WE)
_NOT_ADDRESS = _words(ClaimWord.NOT_ADDRESS)
# Verbs that announce news after a feeling frame ("pleased to announce").
_ANNOUNCING = _words(ClaimWord.ANNOUNCING)
# Words opening a sentence that points back at the quotation before it.
_BACK_REFERENCE = _words(ClaimWord.BACK_REFERENCE)
_SPEAKER_SUBJECT = _words(ClaimWord.SPEAKER_SUBJECT)
_STORY_TOPIC = _words(ClaimWord.STORY_TOPIC)
# What "will make" or "will give" promises: "easier", "safer", "the tools".
_EFFECT_RESULTS = _words(ClaimWord.EFFECT_RESULT)
_EFFECT_RESULT_VERBS = frozenset({"make", "give"})
_EFFECT_RESULT_GAP = 6  # "will make this trip, and the next one, easier"
# "is" / "are" opening a forecast, and the verbs that name what a source
# judges ("called it a disgrace") unless a particle makes them another verb.
_PRESENT_COPULA = _words(ClaimWord.PRESENT_COPULA)
_NAMING = _words(ClaimWord.NAMING)
_NOT_NAMING = _words(ClaimWord.NAMING_PARTICLE)
# An outlet describing a standing product of its own ("the Weekly Digest
# brings you ...").
_PRODUCT_VERBS = _words(ClaimWord.PRODUCT_VERB)
_PUBLICATIONS = _words(ClaimWord.PUBLICATION)
_OWN_PRODUCT = _words(ClaimWord.OWN_PRODUCT)
# The last word of a speaker's label left on its own line ("The mayor's
# opening remarks:"), the speaker's own feelings ("We are proud of ..."), and
# advice that "of" or a "that" clause turns into something else ("Please
# drive safely"; "Use of force ...", "Please note that the road is closed").
_SPEECH_NOUNS = _words(ClaimWord.SPEECH_NOUN)
_FEELINGS = _words(ClaimWord.FEELING)
_ADVICE_START = _words(ClaimWord.ADVICE_START)
_FEELING_OBJECTS = _words(ClaimWord.FEELING_OBJECT)
_FEELING_DEGREE = _words(ClaimWord.FEELING_DEGREE)
# "So do their leaders": a base verb after these opens no imperative.
_INVERTING = _words(ClaimWord.INVERTING)
# "looked stunning": how something looked is no checkable event.
_APPEARANCE = _words(ClaimWord.APPEARANCE)
_NORM_VERBS = _words(ClaimWord.NORM_VERB)
_NORM_NOUNS = _words(ClaimWord.NORM_NOUN)
# "We mourn ...", "I congratulate ...": the speaker's own hope, sympathy or
# praise in a present verb.
_SENTIMENT_VERBS = _words(ClaimWord.SENTIMENT_VERB)
_VOICE_KEYS = _FEELINGS | _NORM_VERBS | _SENTIMENT_VERBS
# "More effort is needed to ...": what should be done, as "must" says it.
_NECESSITY = _words(ClaimWord.NECESSITY)
# Words after which a feeling is a state ("was delighted", "so thrilled"),
# and words after which a past form is no event ("ever seen").
_FEELING_AFTER = _LINKING | _FEELING_DEGREE
_NOT_EVENT_BEFORE = _words(ClaimWord.NOT_EVENT_BEFORE)
# "are expected to", "is likely to": a forecast (annotation notes 44).
_FORECAST = _words(ClaimWord.FORECAST)
# "are more likely to smoke": a comparison of rates, which a study can check.
_COMPARATIVE = _words(ClaimWord.COMPARATIVE)
# "Prediction: Rovers 2-1": a label that makes what follows a forecast.
_FORECAST_LABEL = _words(ClaimWord.FORECAST_LABEL)
# "This is false.": a fact-check's verdict on what it quotes.
_TRUTH_VERDICT = _words(ClaimWord.TRUTH_VERDICT)
_PAGE_CONTENT = _words(ClaimWord.PAGE_CONTENT)
_SPEECH_ACTS = _words(ClaimWord.SPEECH_ACT)
_SPEECH_WISHES = _words(ClaimWord.SPEECH_WISH)
_FINDING_SOURCES = _words(ClaimWord.FINDING_SOURCE)
_FINDING_VERBS = _words(ClaimWord.FINDING_VERB)
# Modals that make a generic sentence subjective: not plain future or ability.
_JUDGING_MODALS = _MODALS - _words(ClaimWord.PLAIN_MODAL)
_WEATHER = _words(ClaimWord.WEATHER)
_WEATHER_VERBS = _words(ClaimWord.WEATHER_VERB)
_SIGNIFICANCE_VERBS = _words(ClaimWord.SIGNIFICANCE_VERB)
_SIGNIFICANCE_SUBJECTS = frozenset({"it", "that", "these", "this"})
_NOT_SIGNIFICANCE = frozenset({"how", "that", "what", "whether", "who", "why"})
_WEATHER_MODALS = frozenset({"will", "may", "could", "might", "should"})
_WEATHER_STATES = frozenset({"expected", "forecast", "predicted"})
_OFFER_SUBJECTS = frozenset({"i", "we", "i've", "we've"})
_OFFER_BEFORE = frozenset({"and", "so", "today", "now", "here"})
_OFFER_START = 12  # "The trip was jam-packed, and we've got ..."
_OFFER_OBJECT = 8  # "a short recap of the week's best moments here (for you)"
_CUT_MARKS = ("\u2026", "...")  # "[\u2026]" once its bracket is stripped
_CUT_FRAME_KINDS = frozenset({"speech", "clause", "view", "tell"})
_EMPTY_CONTENT = (
    words_of(WordClass.DETERMINER)
    | words_of(WordClass.PREPOSITION)
    | words_of(WordClass.OBJECT)
    | words_of(WordClass.CLAUSE_PRONOUN)
    | frozenset({"that", "i", "we", "you", "it"})
)
_TELLING = frozenset({"tell", "telling", "tells", "told"})
_WEATHER_OBJECT = 6  # "will bring colder temperatures and mountain snow"
_THAT_WINDOW = 4  # "(said) late on Sunday that ..."
_FUTURE_PLAIN = frozenset({"will", "won't"})
_CONDITIONS = frozenset({"if", "unless"})
_FINDING_SUBJECT_WORDS = 8  # "Last year's national survey of 2,000 adults"
_FINDING_VERB_GAP = 10  # "The report, published on Monday by the agency, shows"
# Words allowed between a finding's source and its verb besides modifiers.
_FINDING_BETWEEN = frozenset({"also", "has", "have", "had", "now", "today"})
# The words one of which a speech act's opening holds ("let me", "allow me").
_SPEECH_ACT_KEYS = _SPEECH_WISHES | frozenset({"let", "allow"})
_SPEECH_SUBJECTS = frozenset({"i", "we"})
_SPEECH_WOULD = frozenset({"i'd", "we'd"})
_SPEECH_ADVERBS = frozenset(
    {"again", "also", "briefly", "first", "just", "now", "once"}
)
_SELF_INTRO_WORDS = 4  # "Hello and good evening, I'm Jo Lee"
_SELF_INTRO_STARTS = frozenset({"i'm", "i", "my"})
# The words whose presence in a text decides whether two rarer tests run.
# The text's own words, curly apostrophes and all ("I\u2019m").
_SELF_INTRO_KEYS = frozenset({"i'm", "i\u2019m", "am", "name"})
_GATE_WORDS = _SPEECH_ACT_KEYS | _SELF_INTRO_KEYS | _FINDING_SOURCES | _FINDING_VERBS
# "For more information, visit ...": a fronted phrase before a call to
# action, at most this many words long.
_FRONTED_OPENERS = frozenset({"for", "to", "with"})
_FRONTED_WORDS = 30
_FRONTED_IMPERATIVES = _IMPERATIVE_START | _ADVICE_START
_CONTENT_TEASER_WORDS = 30  # "Details about disruption to our services on 15 March ..."
_CONTENT_OPENERS = frozenset({"a", "an", "the"})
_CONTENT_LINKS = frozenset({"of", "about", "on", "for", "from"})
_VERDICT_WORDS = 6  # "This is also not true."
# "How the vote was won" as a teaser or list item (not "How many ..."), and
# "What a night" as an exclamation.
_WH_TEASER = _words(ClaimWord.WH_TEASER)
_TEASER_DEGREE = _words(ClaimWord.TEASER_DEGREE)
_EXCLAMATIVE = _words(ClaimWord.EXCLAMATIVE)
_HINT_WORDS = sorted(_words(ClaimWord.REPORTING_HINT))
_REPORTING_HINT = re.compile(rf"\b(?:{'|'.join(_HINT_WORDS)})\b", re.IGNORECASE)
_HINT_SET = frozenset(_HINT_WORDS)
# The same words in lower-case text. Lower-casing keeps every offset and
# agrees with IGNORECASE on these words for every character except the
# dotless i and the long s (and those that lower to two characters), checked
# over all of Unicode.
_LOWER_HINT = re.compile(rf"\b(?:{'|'.join(_HINT_WORDS)})\b")
_CASE_TRAPS = ("\u0131", "\u017f")
_APOSTROPHES = "'\u2019"
_WORD_CHAR = re.compile(r"\w")
_FIRST_CHAR = itemgetter(0)
# Words that are a checkable anchor wherever they stand.
_ANCHOR_WORDS = _NUMBER_WORDS | _DATE_WORDS
# Numbers and dates that make a checkable core (``_checkable_core``).
_CORE_WORDS = _NUMBER_WORDS | _STRICT_DATE_WORDS


class _Verdict(NamedTuple):
    """The claim decision for one sentence, why, and how sure."""

    value: bool
    rule: str
    confidence: float


@dataclass(frozen=True, slots=True)
class _DocumentFacts:
    """What the sentence tests read about the whole document, found in one pass.

    ``lowers``: every token's lower-case form with curly apostrophes made
    straight. ``anchors``: ``anchors[k]`` is the number of checkable anchors
    among the first ``k`` tokens. ``hint_starts``/``hint_ends``: the reporting
    words (``_REPORTING_HINT``) of the whole text. ``quote_starts``: start
    offsets of the quotations. ``speech_acts``: whether any word could open
    a speaker's own speech act (``_is_speech_act``); ``self_intros``:
    whether any could introduce a speaker (``_is_self_introduction``);
    ``findings``: whether
    the text holds both a study's noun and a verb of its finding
    (``_states_finding``): most texts hold neither, and skip the tests.
    """

    lowers: list[str]
    anchors: list[int]
    hint_starts: list[int]
    hint_ends: list[int]
    quote_starts: list[int]
    speech_acts: bool
    self_intros: bool
    findings: bool

    def has_hint(self, text: str, start: int, end: int) -> bool:
        """Whether ``_REPORTING_HINT.search(text, start, end)`` finds a word."""
        # Hints are whole words, so they never overlap: the first one at or
        # after ``start`` ends first.
        k = bisect_left(self.hint_starts, start)
        if k < len(self.hint_starts) and self.hint_ends[k] <= end:
            return True
        if end < len(text) and _WORD_CHAR.match(text, end):
            # A search that stops inside a word sees a word end there
            # ("say" in "sayings"): only a search of the window knows.
            return _REPORTING_HINT.search(text, start, end) is not None
        return False


def _document_facts(doc: Document) -> _DocumentFacts:
    """Compute the per-document facts of ``judge_sentence`` once."""
    text, words = doc.text, doc.words
    joined = _joined_words(doc)
    lowers = doc.lowers
    if "\u2019" in text:
        # Straighten the few words with a curly apostrophe ("it\u2019s").
        lowers = list(lowers)
        for k in joined:
            lowers[k] = lowers[k].replace("\u2019", "'")
    # Most words open in lower case: then only a number or date word is an
    # anchor, and the two other tests are skipped.
    flags = [
        (w in _ANCHOR_WORDS)
        if text[start].islower()
        else (
            w in _ANCHOR_WORDS
            or w[0].isdigit()
            or (text[start].isupper() and w not in _NOT_NAMES)
        )
        for start, w in zip(words.starts, words.lowers, strict=True)
    ]
    hints = _reporting_words(doc, joined)
    gates = _GATE_WORDS.intersection(doc.lowers)  # one pass for the three tests
    return _DocumentFacts(
        lowers=lowers,
        anchors=list(accumulate(flags, initial=0)),
        hint_starts=[a for a, _ in hints],
        hint_ends=[b for _, b in hints],
        quote_starts=[q.start for q in doc.quotations],
        speech_acts=not _SPEECH_ACT_KEYS.isdisjoint(gates),
        self_intros=not _SELF_INTRO_KEYS.isdisjoint(gates),
        findings=not _FINDING_SOURCES.isdisjoint(gates)
        and not _FINDING_VERBS.isdisjoint(gates),
    )


def _joined_words(doc: Document) -> list[int]:
    """Indexes of the tokens with an apostrophe inside ("it's", "O\u2019Brien")."""
    text, ends = doc.text, doc.words.ends
    joined: set[int] = set()
    for mark in _APOSTROPHES:
        i = text.find(mark)
        while i >= 0:
            k = doc.token_range(0, i + 1).stop - 1  # the last word starting by i
            if k >= 0 and ends[k] > i:
                joined.add(k)
            i = text.find(mark, i + 1)
    return sorted(joined)


def _reporting_words(doc: Document, joined: list[int]) -> list[tuple[int, int]]:
    """The spans ``_REPORTING_HINT.finditer(doc.text)`` gives, found from the words.

    Where lower-casing keeps the offsets and agrees with IGNORECASE, a match
    is a run of word characters equal to a reporting word: a whole token, or
    a part of a token with an apostrophe ("say's"; ``joined`` lists those
    tokens). Looking the tokens up costs a fraction of a regex pass over the
    text.
    """
    text, starts, ends = doc.text, doc.words.starts, doc.words.ends
    lowered = text.lower()
    if len(lowered) != len(text) or any(c in text for c in _CASE_TRAPS):
        return [m.span() for m in _REPORTING_HINT.finditer(text)]
    found = compress(range(len(starts)), map(_HINT_SET.__contains__, doc.lowers))
    spans = [(starts[k], ends[k]) for k in found]
    if joined:
        for k in joined:
            if _HINT_SET.isdisjoint(doc.lowers[k].replace("\u2019", "'").split("'")):
                continue  # "it's", "don't": no part is a reporting word
            spans += [
                m.span() for m in _LOWER_HINT.finditer(lowered, starts[k], ends[k])
            ]
        spans.sort()
    return spans


@register("claims")
class ClaimAnnotator:
    """Flags claims and unsourced claims sentence by sentence."""

    name = "claims"
    version = "18"
    assigns = frozenset({Layer.CLAIM, Layer.UNSOURCED_CLAIM})
    requires = frozenset({Layer.ATTRIBUTIONS})

    def __init__(self) -> None:
        lexicon = load_lexicon("evaluative")
        frames = load_lexicon("claim_frames")
        self.resources = {
            "lexicons/evaluative": lexicon.sha256,
            "lexicons/claim_frames": frames.sha256,
            "lexicons/claim_words": _claim_words().sha256,
            "lexicons/reporting_verbs": load_lexicon("reporting_verbs").sha256,
        }
        _claim_frames()  # fail at construction on an unknown kind
        self._evaluative = _evaluative_words()

    def annotate(self, doc: Document) -> Iterator[FlagFinding]:
        """Yield a claim flag and an unsourced flag for every body sentence."""
        attributed: set[int | None] = set()
        cues: list[int] = []
        cue_ends: dict[int, int] = {}
        for f in doc.findings_on(Layer.ATTRIBUTIONS):
            if isinstance(f, AttributionFinding):
                attributed.add(doc.segment_at(f.cue_start))
                cues.append(f.cue_start)
                if f.source_type is not SourceType.DOCUMENT:
                    # What a study or report finds is its finding, not a view.
                    cue_ends[f.cue_start] = f.cue_end
        cues.sort()
        quoted = {
            f.sentence
            for f in doc.findings_on(Layer.QUOTED)
            if isinstance(f, FlagFinding) and f.value
        }
        facts = _document_facts(doc)
        carried = _carried_speech(doc, attributed)
        carried.update(
            _sourced_by_next(doc, attributed, quoted | carried.keys(), facts)
        )
        if "(@" in doc.text:  # few texts embed a signed post
            for i, rule in _signed_posts(doc).items():
                carried.setdefault(i, rule)
        for i, seg in doc.content_segments():
            verdict = judge_sentence(
                doc, seg, self._evaluative, cues=cues, cue_ends=cue_ends, facts=facts
            )
            yield FlagFinding(
                Layer.CLAIM, i, verdict.value, verdict.rule, verdict.confidence
            )
            if i in attributed:
                yield FlagFinding(
                    Layer.UNSOURCED_CLAIM, i, False, "sourced:attribution", 0.9
                )
            elif i in quoted:
                yield FlagFinding(
                    Layer.UNSOURCED_CLAIM, i, False, "sourced:quotation", 0.85
                )
            elif i in carried:
                yield FlagFinding(Layer.UNSOURCED_CLAIM, i, False, carried[i], 0.75)
            elif doc.text.startswith("As ", seg.start) and (
                _AS_SOURCE.match(doc.text, seg.start, seg.end)
                or _AS_SAYS.match(doc.text, seg.start, seg.end)
            ):
                yield FlagFinding(
                    Layer.UNSOURCED_CLAIM, i, False, "sourced:as-frame", 0.7
                )
            elif facts.findings and _states_finding(
                facts.lowers, doc.token_range(seg.start, seg.end)
            ):
                yield FlagFinding(
                    Layer.UNSOURCED_CLAIM, i, False, "sourced:finding", 0.7
                )
            else:
                # A reporting word the attribution annotator did not take up
                # leaves room for a missed source.
                hint = facts.has_hint(doc.text, seg.start, seg.end)
                yield FlagFinding(
                    Layer.UNSOURCED_CLAIM,
                    i,
                    True,
                    "unsourced:no-attribution",
                    0.55 if hint else 0.75,
                )


def _states_finding(lowers: list[str], idx: range) -> bool:
    """A study or record as the subject of what it finds or sets out.

    "A new survey of 2,000 adults found that ...", "The report, published on
    Monday, shows ...", "Figures released today reveal ...": the sentence
    says where its fact comes from, a document (ANNOTATION.md, source type
    ``document``), whether or not the attribution rules took the verb for a
    cue. The source noun (``finding-source`` words) stands in the first
    words, and a ``finding-verb`` follows it within a few words, with no
    other verb or clause between but an auxiliary ("has found"). "The study
    was funded by the council" and "Critics of the report say ..." name no
    finding of it. "The letter details ...", "Article 12 states that ...",
    "One of the articles explains how ...": a named text sets out what it
    holds, as a report does.
    """
    head = lowers[idx.start : min(idx.stop, idx.start + _FINDING_SUBJECT_WORDS)]
    if _FINDING_SOURCES.isdisjoint(head):
        return False  # most sentences: one set test at C speed
    k = next(j for j, w in enumerate(head) if w in _FINDING_SOURCES)
    start = idx.start + k + 1
    for j in range(start, min(idx.stop, start + _FINDING_VERB_GAP)):
        w = lowers[j]
        if w in _FINDING_VERBS and (w != "states" or lowers[j + 1 : j + 2] == ["that"]):
            # "Article 12 states that ...", not "the United States".
            return True
        if w in _FINDING_BETWEEN or w in _FINDING_SOURCES:
            continue
        if w in _FINITE or w in _CLAUSE_MARKERS or w in _HINT_SET:
            return False
    return False


def _carried_speech(doc: Document, attributed: set[int | None]) -> dict[int, str]:
    """Sentences whose speaker another sentence names (judgement calls 21, 22).

    The ways a source carries over, each a rule name in the result:

    - ``sourced:introduced``: an attributed sentence that ends with a colon
      ("The minister said:") introduces what follows, up to the next
      attributed sentence or speaker label, skipping the outlet's narration
      between the paragraphs of a quoted statement (``_narrates``);
    - ``sourced:attribution-tail``: the speaker's name cut off from its frame
      by a title's stop ("said Maj. | Jo Lee, the coach."), which goes on
      covering the quotation after it;
    - ``sourced:speaker-label``: in a transcript (``turn_labels``: turns
      opened by a speaker label, "MS. LEE: ..."), the sentences from a label
      up to the next one belong to its speaker; narration before the first
      label does not;
    - ``sourced:open-quotation``: a quotation opened in an attributed or
      covered sentence and not yet closed (a quoted paragraph that runs on, or
      a new paragraph that reopens the quotation) covers the sentences up to
      its closing mark;
    - the rules of ``named_quotations`` and ``single_quotations``: a
      quotation whose speaker is named with no verb (a label before it, a
      name signing it, an introducing paragraph), and speech in single marks
      that a source covers.
    """
    text = doc.text
    body = list(doc.content_segments())
    label_set = set(turn_labels(doc))
    frames = _claim_frames()
    first = first_turn(doc)
    named = named_quotations(doc)
    named.update(single_quotations(doc, attributed))
    for i in dash_answers(doc):
        named.setdefault(i, "sourced:dash-turn")
    carried: dict[int, str] = {}
    introduced = False
    # Whether the introduced statement opened with a quotation mark (None:
    # nothing introduced yet), and whether the outlet narrates between its
    # paragraphs.
    intro_quoted: bool | None = None
    intro_open = False  # the introduced statement's quotation is still open
    narrating = False
    open_quote = False  # a quotation from a sourced sentence is still open
    prev_covered = False
    tail_follows = False  # the covered sentence before ended on a title's stop
    prev_end = 0
    # Most texts have no curly quotation marks: count them only when some are.
    curly = any(q in text for q in _OPENING_QUOTES_CURLY + _CLOSING_QUOTES_CURLY)
    label_lines = _remarks_labels(doc)
    last = -1
    for i, seg in body:
        sentence = text[seg.start : seg.end].strip()
        sourced = i in attributed
        if label_lines and any(last < k < i for k in label_lines):
            introduced = True  # "The mayor's opening remarks:" on a line of its own
        last = i
        new_para = "\n" in text[prev_end : seg.start]
        if new_para:
            # A new paragraph: a running quotation goes on only when the
            # paragraph reopens it (a speaker's turn goes on to the next label).
            open_quote = open_quote and sentence[:1] in _OPENING_QUOTES
            # A quoted statement goes on in paragraphs that open a quotation;
            # one that opens none is the outlet's narration.
            narrating = bool(intro_quoted) and _narrates(doc, seg, intro_open)
        prev_end = seg.end
        # From the first turn on, every sentence is a turn's.
        in_turn = i >= first
        if i in label_set or sourced:
            introduced = narrating = False
        if not sourced:
            if in_turn:
                carried[i] = "sourced:speaker-label"
            elif introduced and not narrating:
                carried[i] = "sourced:introduced"
                if intro_quoted is None:
                    intro_quoted = sentence[:1] in _OPENING_QUOTES
            elif tail_follows and not new_para and _is_name_tail(doc, seg):
                carried[i] = "sourced:attribution-tail"
            elif open_quote or (sentence[:1] in _OPENING_QUOTES and prev_covered):
                carried[i] = "sourced:open-quotation"
            elif i in named:
                carried[i] = named[i]
        tail = sentence.rstrip(_CLOSERS_SPACE)[-1:]
        if tail == ":" and (sourced or _ends_with_introducer(doc, seg, frames)):
            introduced, intro_quoted, narrating = True, None, False
        elif tail == "." and "ollowing" in sentence and _is_release_lead_in(doc, seg):
            # "The following is a statement from the mayor." The statement
            # starts in the next paragraph: the rest of this one narrates.
            introduced, intro_quoted, narrating = True, None, True
        covered = sourced or i in carried
        prev_covered = covered
        opens, closes = _curly_marks(sentence) if curly else (0, 0)
        if carried.get(i) == "sourced:introduced":
            intro_open = _still_open(intro_open, sentence, opens, closes)
        open_quote = _open_after(sentence, covered, open_quote, opens, closes)
        tail_follows = covered and bool(_TITLE_AT_END.search(sentence))
    return carried


def _open_after(
    sentence: str, covered: bool, open_quote: bool, opens: int, closes: int
) -> bool:
    """Whether a covered quotation is still open after ``sentence``.

    ``opens`` and ``closes`` count its curly marks; an odd straight mark
    closes the open quotation, or opens one. A quotation opened in a sentence
    nobody covers covers nothing.
    """
    if sentence.count('"') % 2:
        if open_quote:
            closes += 1
        else:
            opens += 1
    if covered and opens > closes:
        return True
    if closes > opens or not covered:
        return False
    return open_quote


def _is_name_tail(doc: Document, seg: Segment) -> bool:
    """A speaker's name and office cut off from its attribution.

    A stop after a title ("said Maj. (Dr.) | Jo Lee, the team coach.",
    "said Cllr. | Lee.") splits the frame naming the speaker: the rest is a
    short verbless phrase, and a quotation opening after it goes on with the
    same speaker (judgement call 21).
    """
    idx = doc.token_range(seg.start, seg.end)
    words = doc.lowers[idx.start : idx.stop]
    prev: str | None = None
    for w in words:
        if w in _FINITE or w in _CLAUSE_MARKERS or _is_past(w, prev):
            return False
        prev = w
    text = doc.text[seg.start : seg.end].lstrip()
    return 0 < len(words) <= _NAME_TAIL_WORDS and text[:1] not in _OPENING_QUOTES


def _curly_marks(sentence: str) -> tuple[int, int]:
    """How many curly quotation marks ``sentence`` opens and closes."""
    return (
        sum(map(sentence.count, _OPENING_QUOTES_CURLY)),
        sum(map(sentence.count, _CLOSING_QUOTES_CURLY)),
    )


def _narrates(doc: Document, seg: Segment, still_open: bool) -> bool:
    """Whether the paragraph opening with ``seg`` is the outlet's narration.

    After a statement that a colon introduced in quotation marks ("The
    mayor said: (new paragraph) 'We opened the bridge in May.'"), a
    paragraph that opens no quotation while none is ``still_open`` tells
    the story again ("The bridge collapsed in 2021."), unless the speaker
    goes on in the first person ("Our crews ..."): only quotations carry
    the statement on.
    """
    text = doc.text
    end = text.find("\n", seg.start)
    idx = doc.token_range(seg.start, len(text) if end < 0 else end)
    return (
        not still_open
        and text[seg.start : seg.end].lstrip()[:1] not in _OPENING_QUOTES
        and _NARRATOR_FIRST_PERSON.isdisjoint(
            w.replace("\u2019", "'") for w in doc.lowers[idx.start : idx.stop]
        )
    )


def _still_open(was_open: bool, sentence: str, opens: int, closes: int) -> bool:
    """Whether a quotation is open after ``sentence``, across paragraphs.

    ``opens`` and ``closes`` count its curly marks; an odd number of straight
    marks closes an open quotation or opens one. A statement quoted over
    several paragraphs may open its mark once and close it at the very end.
    """
    if sentence.count('"') % 2:
        return not was_open
    if opens != closes:
        return opens > closes
    return was_open


_LABEL_WORDS = 8  # "Senator Jane Roe's full remarks at the hearing:"
_NAME_TAIL_WORDS = (
    14  # "Adm. Jo Lee Jr., the vice chairman of the Joint Chiefs of Staff."
)
# A title's abbreviation closing a sentence: "said Maj.", "said Cllr.", "(Dr.)".
_TITLE_AT_END = re.compile(r"\b[A-Z][a-z]{0,3}\.\)?$")


def _remarks_labels(doc: Document) -> list[int]:
    """Furniture lines that name whose remarks follow: "The mayor's opening remarks:".

    A speaker's label standing alone is furniture, and the turn after it is
    covered (annotation notes 53): a possessive names the speaker and a
    speech noun ("remarks", "statement", "address") ends the line before
    its colon.
    """
    if _SPEECH_NOUNS.isdisjoint(doc.lowers):
        return []  # most documents: one set test at C speed
    text, segs = doc.text, doc.segments
    found = []
    for i, seg in enumerate(segs):
        if not seg.boilerplate or text[seg.end - 1 : seg.end] != ":":
            continue
        idx = doc.token_range(seg.start, seg.end)
        words = [w.replace("\u2019", "'") for w in doc.lowers[idx.start : idx.stop]]
        if (
            0 < len(words) <= _LABEL_WORDS
            and words[-1] in _SPEECH_NOUNS
            and any(w.endswith("'s") for w in words[:-1])
        ):
            found.append(i)
    return found


def _sourced_by_next(
    doc: Document,
    attributed: set[int | None],
    covered: set[int],
    facts: _DocumentFacts,
) -> dict[int, str]:
    """Quotations that the sentence right after them attributes (annotation notes 15).

    A sentence that opens with a quotation mark, has no source of its own and
    whose quotation closes at the end of it (or of a later sentence of the
    same quotation) is covered when the next body sentence names who said it:
    "'We will not back down.' The senator said this on Tuesday." The
    next sentence must be a short attributed frame, or open with a word
    pointing back at the quotation and hold a reporting word ("These are the
    words a soldier wrote"). A quotation that nothing after it attributes, or
    only a long sentence saying something of its own, stays unsourced. The
    rule name is ``sourced:quotation-attributed-after``.
    """
    text, segs = doc.text, doc.segments
    found: dict[int, str] = {}
    # Few sentences open a quotation: start from the quotations.
    quotes = doc.quotations
    for n, q in enumerate(quotes):
        if not q.closed:
            # A paragraph-long quotation left open runs on in the next
            # paragraph, whose closing sentence names the speaker (AP style).
            end = _continued_quotation_end(text, quotes, n)
            i = doc.segment_at(q.start)
            last = doc.segment_at(end - 1) if end > 0 else None
            if i is None or last is None or last not in attributed:
                continue
            run = [k for k in range(i, last) if not segs[k].boilerplate]
            if not any(k in attributed for k in run):
                for k in run:
                    if k not in covered:
                        found[k] = "sourced:quotation-attributed-after"
            continue
        # Most quotations follow a word inside their sentence: one look back
        # at the character before the spaces rules them out.
        k = q.start - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        if k >= 0 and text[k] not in _BEFORE_SENTENCE:
            continue
        i = doc.segment_at(q.start)
        if i is None or segs[i].start != q.start:
            continue
        if segs[i].boilerplate or i in attributed or i in covered:
            continue
        last = doc.segment_at(q.end - 1)  # the quotation's last sentence
        if last is None or text[q.end : segs[last].end].strip(".,;!? "):
            continue  # the quotation ends inside its sentence
        run = [k for k in range(i, last + 1) if not segs[k].boilerplate]
        if any(k in attributed for k in run):
            continue
        nxt = last + 1
        while nxt < len(segs) and segs[nxt].boilerplate:
            nxt += 1
        if nxt < len(segs) and (
            (nxt in attributed and _is_short(doc, segs[nxt]))
            or _points_back(doc, segs[nxt], facts)
        ):
            for k in run:
                if k not in covered:
                    found[k] = "sourced:quotation-attributed-after"
    return found


_CHAIN_PARAGRAPHS = 8  # quoted paragraphs before the one naming the speaker


def _continued_quotation_end(text: str, quotes: Sequence[Quotation], n: int) -> int:
    """Where a quotation continued over paragraphs closes; -1 if it does not.

    News style leaves a quoted paragraph open when the quotation goes on in
    the next one, which reopens it: '"We waited years. (new paragraph) "It
    will be higher," she said.' The quotation ``quotes[n]`` must open its
    paragraph and stay open to its end, and each next quotation must open
    the next paragraph, until one closes (annotation notes 15: the sentence
    that closes the same quotation covers it).
    """
    q = quotes[n]
    if text[text.rfind("\n", 0, q.start) + 1 : q.start].strip():
        return -1  # opened inside its paragraph: a lost mark, not a chain
    for m in range(n, min(n + _CHAIN_PARAGRAPHS, len(quotes))):
        if quotes[m].closed:
            return quotes[m].end if m > n else -1
        if m + 1 == len(quotes):
            return -1
        nxt = quotes[m + 1]
        between = text[quotes[m].end : nxt.start]
        if "\n" not in between or between.strip():
            return -1  # the next quotation does not open the next paragraph
        if text[nxt.start] not in _OPENING_QUOTES:
            return -1
    return -1


def _signed_posts(doc: Document) -> dict[int, str]:
    """The lines of an embedded post whose signature comes right under them.

    A line "The vote was a disgrace." with "— Jane Roe (@janeroe) May 5,
    2023" under it: the signature names who wrote the line above it, so the
    line's sentences are covered like a quotation followed by its speaker's
    name (annotation notes 6). Only the line right above is taken (or the
    one above a single blank line): scraped pages do not always keep the
    blank line that ends a post. The rule name is ``sourced:signed-post``.
    """
    text, segs = doc.text, doc.segments
    found: dict[int, str] = {}
    for s, seg in enumerate(segs):
        if text[seg.start] not in _SIGNATURE_STARTS or not _SIGNATURE.match(
            text, seg.start, seg.end
        ):
            continue  # (a signature glued to a sentence still signs the post)
        line = text.rfind("\n", 0, seg.start)
        if line < 0 or text[line + 1 : seg.start].strip():
            continue  # nothing above it, or it does not open its line
        above = text.rfind("\n", 0, line) + 1  # start of the line above
        if above > 0 and not text[above:line].strip():
            # An embed that keeps a blank line between the post and its
            # signature: the post is the line above the blank one.
            line = above - 1
            above = text.rfind("\n", 0, line) + 1
        for k in range(s - 1, -1, -1):
            if segs[k].start < above:
                break
            if not segs[k].boilerplate:
                found[k] = "sourced:signed-post"
    return found


def _is_short(doc: Document, seg: Segment) -> bool:
    """A frame short enough to name the speaker of what came before it.

    "Biden said." or "The mayor said this on Monday at the hearing." close a
    quotation; a long sentence with a source of its own ("Meanwhile, the
    coach insists she has no idea what ...") says something new.
    """
    return len(doc.token_range(seg.start, seg.end)) <= _FRAME_AFTER_WORDS


def _is_signature(text: str, seg: Segment) -> bool:
    """The sentence is a post's signature, its date at most after the handle.

    "\u2014 Jane Roe (@janeroe) May 5, 2023" is; a signature glued to the next
    sentence by the page ("... 2020 Following the post, ...") is a sentence
    of its own that the signature does not make.
    """
    m = _SIGNATURE.match(text, seg.start, seg.end)
    return m is not None and seg.end - m.end() <= _SIGNATURE_TAIL


def _points_back(doc: Document, seg: Segment, facts: _DocumentFacts) -> bool:
    """A sentence opening with "These", "That", "So" ... that holds a reporting word."""
    idx = doc.token_range(seg.start, seg.end)
    return (
        len(idx) > 0
        and facts.lowers[idx.start] in _BACK_REFERENCE
        and facts.has_hint(doc.text, seg.start, seg.end)
    )


def _ends_with_introducer(
    doc: Document, seg: Segment, frames: dict[tuple[str, ...], str]
) -> bool:
    """A frame ending in a colon that introduces speech: "X released this statement:".

    The attribution annotator finds no source in it when the verb is not a
    reporting verb, yet what follows is the statement (annotation notes 15).
    A press release names the occasion after the word that introduces:
    "The senator issued the following statement on the vote in committee
    today:" introduces as well, so the introducing word may stand among the
    frame's last words, or anywhere in a frame that opens with "The
    following".
    """
    idx = doc.token_range(seg.start, seg.end)
    if not 0 < len(idx) <= _INTRODUCER_FRAME_WORDS:
        return False
    lowers = doc.lowers
    first = idx.start
    if lowers[first : first + 2] != ["the", "following"]:
        # "The following is a statement from ...:" points forward from its
        # first words, however long the occasion it names.
        first = max(idx.start, idx.stop - _INTRODUCER_TAIL)
    return any(frames.get((lowers[k],)) == "introducer" for k in range(first, idx.stop))


def _is_release_lead_in(doc: Document, seg: Segment) -> bool:
    """A release's lead-in that ends with a full stop: "The following is a
    statement from the Mayor."

    "The following is ..." / "The following are ..." points at the text
    printed after it, as the same line with a colon does (annotation notes
    58), so the statement below is covered; a dateline may come first
    ("LONDON - The following ..."). An introducing word ("statement",
    "remarks") must follow: "The following is a list of road closures." names
    no speaker.
    """
    idx = doc.token_range(seg.start, seg.end)
    if not 0 < len(idx) <= _INTRODUCER_FRAME_WORDS:
        return False
    lowers = doc.lowers
    frames = _claim_frames()
    for k in range(idx.start, min(idx.start + _INTRODUCER_TAIL, idx.stop - 2)):
        if lowers[k] == "the" and lowers[k + 1] == "following":
            if lowers[k + 2] not in ("is", "are"):
                return False
            return any(
                frames.get((lowers[j],)) == "introducer" for j in range(k + 3, idx.stop)
            )
    return False


def judge_sentence(
    doc: Document,
    seg: Segment,
    evaluative: dict[str, str] | None = None,
    *,
    cues: Sequence[int] = (),
    cue_ends: Mapping[int, int] | None = None,
    facts: _DocumentFacts | None = None,
) -> _Verdict:
    """Decide whether the sentence ``seg`` of ``doc`` asserts something checkable.

    ``evaluative`` maps the words of the ``evaluative`` lexicon to their kind
    (judge, degree, generic); None loads the packaged lexicon. ``cues`` are the
    sorted start offsets of attribution cues and ``cue_ends`` maps each to its
    end. What a cue introduces ("An analyst said (that) ...") is judged as
    the reported content: an evaluation, prescription or prediction reported
    of a party is not a claim (judgement call 20, annotation notes 14, 43),
    while its own stated position or intention is ("she said she will
    resign"); a quotation after a frame ("X is the worst thing you can do,
    MacCormack sustains") keeps its claim.
    ``facts`` are the document's facts (``_document_facts``), computed here
    when not given.
    """
    if evaluative is None:
        evaluative = _evaluative_words()
    if facts is None:
        facts = _document_facts(doc)
    text = doc.text
    start, end = _content(doc, seg, facts.quote_starts)
    content = text[start:end].strip().strip(_QUOTE_MARKS).strip()
    idx = doc.token_range(start, end)
    lowers = facts.lowers[idx.start : idx.stop]

    sentence = text[seg.start : seg.end].rstrip(_CLOSERS_SPACE)
    verdict = _question_or_fragment(doc, seg, sentence, content, start, end, idx)
    if verdict is not None:
        return verdict
    lead = _opening_lead(doc, idx, lowers)
    verdict = _form_verdict(doc, seg, start, end, lowers, lead)
    if verdict is not None:
        return verdict
    if sentence[-1:] == ":" and _is_cue_lead_in(doc, seg, sentence, cues, cue_ends):
        return _Verdict(False, "features:reporting-frame", 0.7)
    head = content
    if lead and lead < len(lowers):
        head = text[doc.words.starts[idx.start + lead] : end]
    # One set test rules the three rarer frames out for most sentences.
    late = not _late_keys().isdisjoint(lowers)
    verdict = _announcement_verdict(
        doc, seg, start, end, head, lowers, late, evaluative, facts
    )
    if verdict is not None:
        return verdict
    frames = _claim_frames()
    verdict = _frame_verdict(doc, idx, sentence, lowers, frames, facts)
    if verdict is not None:
        return verdict

    # Numbers, dates and names (capitalised mid-clause) a reader can check.
    anchors = facts.anchors[idx.stop] - facts.anchors[idx.start]
    reported = facts.has_hint(text, start, end)
    k = bisect_left(cues, start)
    reported = reported or (k < len(cues) and cues[k] < end)
    if anchors == 0 and not reported and _is_prediction(lowers):
        return _Verdict(False, "features:prediction", 0.6)
    if not reported and not _forecast_or_product_words().isdisjoint(lowers):
        # One set test rules the rarer forms out for most sentences.
        if _is_any_forecast(lowers, lead):
            return _Verdict(False, "features:forecast", 0.6)
        if _describes_own_product(doc, idx, lowers, lead):
            return _Verdict(False, "features:announcement", 0.6)
    if not reported and _is_effect_prediction(lowers, frames):
        return _Verdict(False, "features:effect-prediction", 0.6)
    if not reported and _is_sweeping_judgement(lowers, lead):
        return _Verdict(False, "features:sweeping", 0.6)
    if anchors == 0 and not reported:
        if _frame_in(lowers, frames, _SPECULATION_KINDS, _SPECULATION_WINDOW):
            return _Verdict(False, "features:speculation", 0.6)
        if late and _opens_with_feeling(lowers, frames):
            return _Verdict(False, "features:feeling", 0.6)
    if late and not reported and _is_idiomatic_judgement(lowers, evaluative, frames):
        return _Verdict(False, "features:evaluation", 0.6)
    if not reported and _is_hindsight(lowers, frames):
        return _Verdict(False, "features:prescription", 0.6)
    verdict = _evaluation_verdict(doc, idx, lowers, evaluative, frames, reported)
    if verdict is not None:
        return verdict
    if reported and cue_ends and k < len(cues) and cues[k] < end:
        verdict = _reported_verdict(
            doc,
            (start, cues[k], cue_ends.get(cues[k], cues[k]), end),
            facts,
            evaluative,
            frames,
        )
        if verdict is not None:
            return verdict
    if anchors and text[seg.start] in _OPENING_QUOTES:
        anchors = _said_anchors(doc, seg, anchors, facts, cues)
    return _Verdict(True, "features:assertion", min(0.95, 0.7 + 0.05 * anchors))


def _said_anchors(
    doc: Document,
    seg: Segment,
    anchors: int,
    facts: _DocumentFacts,
    cues: Sequence[int],
) -> int:
    """The checkable anchors of what a quoted speaker says, not of who says it.

    A quotation opening the sentence and a reporting frame after it
    ("\u201cThis is more than a game,\u201d said Jo Lee, the Riverside Youth
    Club's head coach."): the speaker's name and titles tell who speaks, not
    what can be checked, so only the anchors inside the quotation count
    towards the confidence. ``anchors`` are those of the whole content; the
    caller has seen the sentence open with a quotation mark.
    """
    k = bisect_left(facts.quote_starts, seg.start)
    if k == len(facts.quote_starts) or facts.quote_starts[k] != seg.start:
        return anchors
    quote = doc.quotations[k]
    c = bisect_left(cues, quote.end)
    if quote.end >= seg.end or c == len(cues) or cues[c] >= seg.end:
        return anchors  # the quotation is all of the sentence, or no frame follows
    inside = doc.token_range(quote.start, quote.end)
    return facts.anchors[inside.stop] - facts.anchors[inside.start]


def _frame_verdict(
    doc: Document,
    idx: range,
    sentence: str,
    lowers: list[str],
    frames: dict[tuple[str, ...], str],
    facts: _DocumentFacts,
) -> _Verdict | None:
    """Rule out a sentence that is only a reporting frame, opens with a frame
    of a non-claim kind or a speaker's own speech act or introduction, or
    voices the writer's own feeling or a norm (``lowers`` are the words of
    the content at ``idx``)."""
    if _is_frame_only(sentence, lowers, frames):
        return _Verdict(False, "features:reporting-frame", 0.8)
    kind = _opening_frame(lowers, frames) or _speaker_frame_after_phrase(lowers, frames)
    if kind is not None:
        return _Verdict(False, f"features:{kind}", 0.7)
    if (facts.speech_acts and _is_speech_act(lowers)) or (
        facts.self_intros
        and not _SELF_INTRO_STARTS.isdisjoint(lowers[:_SELF_INTRO_WORDS])
        and _is_self_introduction(doc, idx, lowers)
    ):
        return _Verdict(False, "features:announcement", 0.7)
    if not _VOICE_KEYS.isdisjoint(lowers):  # one set test for two rare forms
        if _is_own_feeling(lowers):
            return _Verdict(False, "features:feeling", 0.6)
        if _is_norm_statement(lowers):
            return _Verdict(False, "features:norm", 0.6)
        if _is_own_sentiment(lowers):
            return _Verdict(False, "features:feeling", 0.6)
    return None


def _announcement_verdict(
    doc: Document,
    seg: Segment,
    start: int,
    end: int,
    head: str,
    lowers: list[str],
    late: bool,
    evaluative: dict[str, str],
    facts: _DocumentFacts,
) -> _Verdict | None:
    """Musings, announcements, sign-ons, fragments and story intros: no claim.

    ``late`` says whether the sentence holds any of the rarer frames' words.
    """
    text = doc.text
    if _MUSING.match(head):
        return _Verdict(False, "features:musing", 0.8)
    if _ANNOUNCEMENT.match(head):
        return _Verdict(False, "features:announcement", 0.75)
    if not _PAGE_NOTE_WORDS.isdisjoint(lowers) and (
        _PAGE_SELF.match(head) or _PAGE_NOTE.search(head)
    ):
        return _Verdict(False, "features:page-note", 0.75)
    if not _POINTER_WORDS.isdisjoint(lowers) and _points_to_content(head):
        return _Verdict(False, "features:page-note", 0.7)
    if _is_sign_on(lowers) or (
        "this" in lowers  # most sentences: one scan at C speed
        and _ends_with_sign_on(doc, start, lowers)
    ):
        return _Verdict(False, "features:announcement", 0.75)
    if (
        late
        and _addresses_reader(lowers, evaluative)
        and (start, end) == (seg.start, seg.end)
        and text[start] not in _QUOTE_MARKS
        and not doc.in_quotation(start)
        and not facts.has_hint(text, start, end)
    ):
        # Only in the outlet's voice: a quoted "we ... you" is a speaker's.
        return _Verdict(False, "features:announcement", 0.65)
    if "you" in lowers and _offers_to_audience(lowers, evaluative):
        return _Verdict(False, "features:announcement", 0.65)
    if _is_fragment(lowers):
        return _Verdict(False, "features:fragment", 0.65)
    if not _PAGE_CONTENT.isdisjoint(lowers[:2]) and _is_content_teaser(lowers):
        return _Verdict(False, "features:announcement", 0.65)
    if len(lowers) <= _STORY_INTRO_WORDS and (
        _introduces_story(lowers) or ("from" in lowers and _reports_from(lowers))
    ):
        return _Verdict(False, "features:announcement", 0.7)
    if _is_blurb(lowers, evaluative):
        return _Verdict(False, "features:announcement", 0.65)
    return None


def _points_to_content(head: str) -> bool:
    """The main predicate points to where or when the page's content appears.

    "Full results are listed below.", "Coverage will begin at 4pm on our
    website.", "Updates will resume on Monday.", "The latest figures will be
    posted on the agency's blog." (``_PAGE_POINTER``). What comes before the
    pointer is its subject, with no verb or clause of its own, and nothing
    after it tells of an event: "The agency released the figures, which can
    be found at ..." tells of a release.
    """
    m = _PAGE_POINTER.search(head)
    if m is None:
        return False
    before = _POINTER_SUBJECT_WORD.findall(head[: m.start()].lower())
    after = _POINTER_SUBJECT_WORD.findall(head[m.end() :].lower())
    prev: str | None = None
    for w in before:
        if w in _FINITE or w in _CLAUSE_MARKERS or w == "that" or _is_past(w, prev):
            return False
        prev = w
    # Nor does anything after it tell of an event: "..., which closed higher".
    return _CLAUSE_MARKERS.isdisjoint(after) and not _tells_event(after)


def _is_blurb(lowers: list[str], evaluative: dict[str, str]) -> bool:
    """A standfirst introducing what a speaker says: "The coach looks back on 2023".

    A present verb of talking with its topic ("speaks about", "weighs in
    on", "tells us about"; the ``blurb`` frames) after its subject describes
    the piece, not the world (annotation notes 27, 35). A number or date
    anywhere, or a past event before the verb ("The mayor, who resigned,
    reflects on ..."), makes the line checkable.
    """
    first_words = _kind_starts(_BLURB)
    if first_words.isdisjoint(lowers):
        return False  # most sentences: one set test at C speed
    starts = first_words.intersection(lowers)
    frames, lengths = _claim_frames(), _frame_lengths()
    # Only where a first word stands can a frame start: look there only.
    for w in starts:
        k = index_of(lowers, w, 1)
        while k >= 0:
            for n in lengths[w]:
                if frames.get(tuple(lowers[k : k + n])) == "blurb":
                    if not _CORE_WORDS.isdisjoint(lowers) or _has_figure(lowers):
                        return False
                    return not 0 <= _checkable_core(lowers, evaluative) < k
            k = index_of(lowers, w, k + 1)
    return False


def _is_cue_lead_in(
    doc: Document,
    seg: Segment,
    sentence: str,
    cues: Sequence[int],
    cue_ends: Mapping[int, int] | None,
) -> bool:
    """A speaker's lead-in ending in a colon: "Her rival joked in response:".

    What the speaker said follows the colon (annotation notes 58: a lead-in
    that only says what the page prints next is no claim). The sentence's
    last cue is followed by a few words at most, with no clause ("noted that
    turnout was low:" states it), and neither it nor what comes before the cue
    holds a number, a date or a past event. ``sentence`` is the sentence's
    text without closing marks; the caller has checked that it ends with a
    colon.
    """
    if not cue_ends or any(q in sentence for q in _QUOTE_MARKS):
        return False  # a quotation before the frame says something itself
    lo, hi = bisect_left(cues, seg.start), bisect_left(cues, seg.end)
    if lo == hi:
        return False
    cue = cues[hi - 1]
    end = cue_ends.get(cue)
    if end is None:
        return False  # what a document shows is its finding
    lowers = doc.lowers
    tail = doc.token_range(end, seg.end)
    after = lowers[tail.start : tail.stop]
    if len(after) > _LEAD_IN_TAIL or not (
        _CLAUSE_MARKERS.isdisjoint(after) and _WH_TEASER.isdisjoint(after)
    ):
        return False
    head = doc.token_range(seg.start, cue)
    if lowers[head.stop] == "according" and len(head) > 1:
        return False  # "Symptoms include, according to the agency:" lists them
    evaluative = _evaluative_words()
    return (
        _checkable_core(lowers[head.start : head.stop], evaluative) < 0
        and _checkable_core(after, evaluative) < 0
    )


def _is_truth_verdict(words: list[str]) -> bool:
    """A fact-check's verdict on what it quotes: "This is false.", "That is not true.".

    Whether a statement is true is checkable: verdicts are claims (annotation
    notes 14, D1), although their short form looks like an assessment. The
    sentence is only a pointing word, a linking verb and the verdict, with at
    most "not" or an adverb between.
    """
    return (
        2 < len(words) <= _VERDICT_WORDS
        and words[0] in _BACK_REFERENCE
        and words[1] in _LINKING
        and words[-1] in _TRUTH_VERDICT
    )


def _form_verdict(
    doc: Document, seg: Segment, start: int, end: int, lowers: list[str], lead: int
) -> _Verdict | None:
    """Forms that assert nothing: a crosshead, a post's signature line, an
    opening of speculation, an imperative; a truth verdict, which is a claim;
    None for any other sentence. ``lead`` is the index of the first word after
    opening connectives."""
    text = doc.text
    if _is_truth_verdict(lowers[lead:]):
        return _Verdict(True, "features:verdict", 0.9)
    if text[seg.end - 1] not in _SENTENCE_ENDS and _is_crosshead(doc, seg):
        return _Verdict(False, "features:crosshead", 0.7)
    if text[seg.start] in _SIGNATURE_STARTS and _is_signature(text, seg):
        return _Verdict(False, "features:signature", 0.8)
    if lead < len(lowers) and lowers[lead] in _SPECULATION_START:
        return _Verdict(False, "features:speculation", 0.8)
    if (
        lowers
        and lowers[0] in _FORECAST_LABEL
        and text[doc.words.ends[doc.token_range(start, end).start]] == ":"
    ):
        return _Verdict(False, "features:forecast", 0.7)  # "Prediction: 2-1"
    if lead + 1 < len(lowers):
        if lowers[lead] == "what" and lowers[lead + 1] in _EXCLAMATIVE:
            return _Verdict(False, "features:exclamation", 0.7)
        if lowers[lead] in _WH_TEASER and _is_wh_teaser(lowers, lead):
            return _Verdict(False, "features:teaser", 0.7)
    if (
        lowers
        and lead == 0
        and lowers[0].isdigit()
        and _opens_with_list_number(doc, start)
    ):
        lead = 1  # "1. Find trusted sources": the item's own first word
    if lead + 1 < len(lowers) and lowers[lead] == "if":
        lead = _after_reader_condition(doc, doc.token_range(start, end), lowers, lead)
    elif lead + 2 < len(lowers) and lowers[lead] in _FRONTED_OPENERS:
        lead = _after_fronted_phrase(doc, doc.token_range(start, end), lowers, lead)
    if (
        lead < len(lowers)
        and (
            lowers[lead] in _IMPERATIVE_START
            or (lowers[lead] in _ADVICE_START and _is_advice(lowers, lead))
        )
        # "So do their leaders": an inverted clause, not an imperative.
        and not (
            lead > 0 and lowers[lead - 1] in _INVERTING and lowers[lead] in _FINITE
        )
        and not (text[start] in _QUOTE_MARKS and not doc.in_quotation(start, end))
    ):
        # Also after a connective: "Now imagine a city without cars".
        # A quoted title opening the sentence is no imperative: "'Stay
        # Close' premiered in May" (a quotation judged on its own is).
        return _Verdict(False, "features:imperative", 0.7)
    return None


def _after_reader_condition(
    doc: Document, idx: range, lowers: list[str], lead: int
) -> int:
    """Where the main clause starts after a condition put to the reader.

    "If you see smoke, call the fire service", "If you have any information,
    then please contact the police": the clause after the comma that closes
    "If you ..." is the sentence's own, and an imperative there makes the
    sentence advice, not a claim (annotation notes 67). ``lead`` (the index
    of "if") is returned unchanged when "you" does not follow it or no comma
    closes the condition.
    """
    if lowers[lead + 1] not in _SECOND_PERSON:
        return lead
    text, starts, ends = doc.text, doc.words.starts, doc.words.ends
    for k in range(lead + 2, len(lowers)):
        w = idx.start + k
        if "," in text[ends[w - 1] : starts[w]]:
            return k + _skip_connectives(lowers[k:])
    return lead


def _after_fronted_phrase(
    doc: Document, idx: range, lowers: list[str], lead: int
) -> int:
    """Where an imperative starts after a fronted purpose or topic phrase.

    "For more information, visit our website", "To apply, send a letter to
    the council", "With snow forecast, stay off the roads": the phrase before
    the comma says what the advice is for, and the clause after it tells the
    reader what to do, a call to action and no claim. The word after the
    comma must be an imperative that reads as advice (``_is_advice``): "For
    many, watch parties are a tradition" opens a statement. ``lead`` (the
    index of "for", "to" or "with") is returned unchanged otherwise.
    """
    text, starts, ends = doc.text, doc.words.starts, doc.words.ends
    stop = min(len(lowers), lead + _FRONTED_WORDS)
    # One search for the comma between two words ("1,000" holds one).
    comma = text.find(",", ends[idx.start + lead + 1], starts[idx.start + stop - 1])
    while comma >= 0:
        w = bisect_right(starts, comma)  # the first word after the comma
        if ends[w - 1] <= comma:
            break
        comma = text.find(",", comma + 1, starts[idx.start + stop - 1])
    if comma < 0:
        return lead
    k = w - idx.start
    k += _skip_connectives(lowers[k:])
    if k < len(lowers) and lowers[k] in _FRONTED_IMPERATIVES and _is_advice(lowers, k):
        return k
    return lead


def _is_wh_teaser(lowers: list[str], lead: int) -> bool:
    """An indirect question standing alone: "How the town rebuilt its harbour".

    A teaser, a list item or a heading that names what a piece explains
    ("Why prices keep rising", "How wonderful the view was") asserts nothing
    by itself; the caller has ruled out a question mark. "How many ..." asks
    an amount, and a finite verb after the clause's own verb group makes the
    clause the subject of a statement ("How the money was spent is now under
    investigation").
    """
    if lowers[lead + 1] in _TEASER_DEGREE:
        return False
    verb = -1  # the last word of the wh-clause's own verb group
    lexical = False  # that group has its past verb: it is complete
    prev = lowers[lead]
    for k in range(lead + 1, len(lowers)):
        w = lowers[k]
        if w in _FINITE:
            if lexical or 0 <= verb < k - 1:
                return False  # a second verb group: the main clause's
            verb = k
        elif _is_past(w, prev):
            lexical = True
            verb = k
        prev = w
    return True


def _opening_lead(doc: Document, idx: range, lowers: list[str]) -> int:
    """Index of the first word after opening connectives and an entry time.

    A live blog's entry time: "10:32 Click here to watch" opens with
    "Click" (annotation notes 3 keeps the time in the entry).
    """
    lead = _skip_connectives(lowers)
    if lead == 0 and lowers and lowers[0][0].isdigit():
        stamp = _time_stamp_length(doc, idx)
        if stamp:
            lead = stamp + _skip_connectives(lowers[stamp:])
    return lead


def _time_stamp_length(doc: Document, idx: range) -> int:
    """How many words of the time opening the words at ``idx``: 0 for none.

    "10:32", "6:48 p.m.:" and "9.15am" open a live blog's entries; "10
    people died" and "1. Find ..." do not. The hour and minutes are joined
    by a colon or a full stop, the minutes have two digits, and "a.m." /
    "p.m." may follow.
    """
    text, starts, ends, lowers = doc.text, doc.words.starts, doc.words.ends, doc.lowers
    k = idx.start
    if k + 1 >= idx.stop or len(lowers[k]) > 2 or not lowers[k].isdigit():
        return 0
    minutes = lowers[k + 1]
    if text[ends[k] : starts[k + 1]] not in (":", ".") or not (
        len(minutes) == 2
        and minutes.isdigit()
        or len(minutes) == 4
        and minutes[:2].isdigit()
        and minutes[2:] in ("am", "pm")
    ):
        return 0
    n = 2
    if (
        k + 3 < idx.stop
        and lowers[k + 2] in ("a", "p")
        and lowers[k + 3] == "m"
        and text[ends[k + 2] : starts[k + 3]] == "."
    ):
        n = 4  # "p.m."
    return n


def _opens_with_list_number(doc: Document, start: int) -> bool:
    """The sentence opens with a list number: "1. Find ...", "2) Share ..."."""
    k = doc.token_range(start, start + 1).start
    if k >= len(doc.words.starts) or doc.words.starts[k] != start:
        return False
    end = doc.words.ends[k]
    return doc.lowers[k].isdigit() and doc.text[end : end + 1] in (".", ")")


def _is_advice(lowers: list[str], at: int) -> bool:
    """ "Please drive safely", "Use the form below": advice to the reader.

    Not "Use of force is rare" or "Call volumes doubled in May" (a noun
    opening the subject, its verb right after the next word), nor a notice
    whose clause carries facts ("Please note that the road remains closed",
    "Keep in mind that the fund was audited", annotation notes 67).
    """
    after = lowers[at + 1 : at + 5]
    return (
        bool(after)
        and after[0] != "of"
        and after[:2] != ["in", "mind"]  # "Keep in mind, the law requires ..."
        and after[:2] != ["no", "mistake"]  # "Make no mistake: the plan failed"
        and "that" not in after
        and not (
            len(after) > 1 and (after[1] in _FINITE or _is_past(after[1], after[0]))
        )
    )


def _reported_verdict(
    doc: Document,
    bounds: tuple[int, int, int, int],
    facts: _DocumentFacts,
    evaluative: dict[str, str],
    frames: dict[tuple[str, ...], str],
) -> _Verdict | None:
    """Rule out indirect speech that only evaluates, prescribes or predicts.

    ``bounds`` are the sentence's start, its first cue's start and end, and
    its end: what follows the cue is what the source is reported to say. "An
    analyst said the plan is doomed" reports an assessment, "an expert said
    the scheme will greatly improve access" a commentator's prediction of its
    effect: neither is a
    claim (judgement call 20, annotation notes 14, 43). What the party itself
    says it holds or will do stays a claim: a first-person subject, or "he",
    "she", "they" standing for the speaker ("she said she will resign"); so
    does anything with a number, a date or a past event in it, and what a
    document finds ("the study found that ..."). A naming verb with an
    evaluation ("called the deal a disgrace", "described the storm as
    vicious") and a forecast ("the rate is expected to rise") are not claims
    either.
    """
    start, cue_start, cue_end, end = bounds
    cidx = doc.token_range(cue_end, end)
    c = facts.lowers[cidx.start : cidx.stop]
    if c[:1] == ["that"]:
        c = c[1:]
    elif (
        "that" in c[1:_THAT_WINDOW] and doc.text[cue_start:cue_end].lower() in _TELLING
    ):
        c = c[c.index("that") + 1 :]  # "told reporters that ...": the addressee
    if len(c) < 3 or c[0] == "to" or not _FIRST_PERSON_SUBJECT.isdisjoint(c):
        return None  # "vowed to resist": a pledge, the party's own position
    if _is_forecast(c, 0):
        return _Verdict(False, "features:reported-prediction", 0.6)
    if (
        _is_weather_forecast(c, _after_that(c))
        # "Floods hit the coast and forecasters predicted that ...": an event first
        and _checkable_core(_words_before(doc, facts, start, cue_start), evaluative) < 0
    ):
        return _Verdict(False, "features:reported-prediction", 0.6)
    if _is_reported_feeling(c, evaluative):
        return _Verdict(False, "features:reported-feeling", 0.6)
    if _checkable_core(c, evaluative) >= 0:
        return None  # an event, a number or a date is checkable
    if (
        doc.text[cue_start:cue_end].lower() in _NAMING
        and c[0] not in _NOT_NAMING
        and any(evaluative.get(w) == "judge" for w in c)
    ):
        # "called it a clear attempt to intimidate" (annotation notes 43),
        # unless the sentence tells of an event before the cue.
        before = doc.token_range(start, cue_start)
        lowers = facts.lowers[before.start : before.stop]
        if _checkable_core(lowers, evaluative) < 0:
            return _Verdict(False, "features:reported-assessment", 0.6)
    if _SPEAKER_SUBJECT.isdisjoint(c[:3]) and _is_effect_prediction(c, frames):
        return _Verdict(False, "features:reported-prediction", 0.6)
    # The clause's first verb must be the linking one ("the plan is doomed",
    # "would be futile"): "the crew could see ... but were unable" tells
    # what was seen before it grades anything.
    verb = next((k for k, w in enumerate(c) if w in _FINITE), -1)
    if (
        0 <= verb < len(c) - 1
        and c[verb] in _AUXILIARIES
        and c[verb + 1] in _LINKING
        and c[0] != "there"  # "there had been no threats" tells a state
        and _checkable_core(_words_before(doc, facts, start, cue_start), evaluative)
        < 0  # "ruled against it, adding this had been ...": an event first
    ):
        verb += 1  # "had been incredible"
    if verb < 0 or not (
        c[verb] in _LINKING or (c[verb] in _MODALS and c[verb + 1 : verb + 2] == ["be"])
    ):
        return None
    starts = doc.words.starts[cidx.start : cidx.stop]
    ends = doc.words.ends[cidx.start : cidx.stop]
    skip = len(starts) - len(c)
    if _is_assessment(doc, starts[skip:], ends[skip:], c, evaluative):
        return _Verdict(False, "features:reported-assessment", 0.6)
    return None


def _after_that(c: list[str]) -> int:
    """Where the reported clause starts after a time phrase and "that"
    ("(said) on Sunday that ..."): 0 when no "that" comes in the first
    words."""
    head = c[:_THAT_WINDOW]
    return head.index("that") + 1 if "that" in head else 0


def _words_before(
    doc: Document, facts: _DocumentFacts, start: int, end: int
) -> list[str]:
    """The lower-case words between two offsets."""
    idx = doc.token_range(start, end)
    return facts.lowers[idx.start : idx.stop]


def _is_reported_feeling(c: list[str], evaluative: dict[str, str]) -> bool:
    """What a speaker is reported to feel: "(she said) she was thrilled with it".

    The speaker's own feelings are not claims, quoted or reported
    (annotation notes 43): the reported clause opens with a pronoun standing
    for the speaker, a linking verb, at most two degree words and a feeling.
    "He was pleased to announce that ..." tells news, and so does an event,
    number or date after the feeling ("thankful that the minister came").
    """
    if c[0] not in _SPEAKER_SUBJECT or c[1] not in _LINKING:
        return False
    j = 2
    while j < min(len(c), 4) and (c[j] in _FEELING_DEGREE or c[j].endswith("ly")):
        j += 1
    if j >= len(c) or c[j] not in _FEELINGS:
        return False
    after = c[j + 1 : j + 3]
    if after[:1] == ["to"] and after[1:] and after[1] in _ANNOUNCING:
        return False
    return _checkable_core(c[j + 1 :], evaluative) < 0


@cache
def _story_lengths() -> tuple[int, ...]:
    """The numbers of words of the story-intro and story-end phrases."""
    frames = _claim_frames()
    return tuple(sorted({len(k) for k, v in frames.items() if v in _STORY_INTRO}))


def _introduces_story(lowers: list[str]) -> bool:
    """A broadcast's line handing over to its reporter: "Jo Lee has more.".

    "Jo Lee reports.", "Jo Lee has details.", "From Rome, Jo Lee has more on
    the vote." announce the report that follows (annotation notes 5); a
    reporter's name before the phrase and at most a topic after "on" or
    "about" ("has details" and "reports" only at the end). "Jo Lee reports
    that ..." is an attribution, "The agency has the details on file" no
    hand-over, and a figure makes the line checkable.
    """
    if _kind_starts(_STORY_INTRO).isdisjoint(lowers):
        return False  # most sentences: one set test at C speed
    frames = _claim_frames()
    # The phrase ends the sentence, or comes right before its topic: only
    # those few places are looked up, never every word.
    ends = [len(lowers)]
    ends += [lowers.index(w) for w in _STORY_TOPIC.intersection(lowers)]
    for stop in ends:
        for n in _story_lengths():
            if stop - n < 1:
                continue  # no reporter's name before the phrase
            kind = frames.get(tuple(lowers[stop - n : stop]))
            if kind == "story-intro" or (kind == "story-end" and stop == len(lowers)):
                return not _has_figure(lowers)
    return False


@cache
def _story_place_lengths() -> tuple[int, ...]:
    """The numbers of words of the story-place phrases ("reports from")."""
    frames = _claim_frames()
    return tuple(sorted({len(k) for k, v in frames.items() if v in _STORY_PLACE}))


def _reports_from(lowers: list[str]) -> bool:
    """A broadcast's hand-over naming its reporter's place: "Jo Lee reports from Kyiv.".

    "For the network, Jo Lee reports from the border.", "Our correspondent
    Jo Lee has our story from the coast, narrated by Sam Roe." announce the
    report that follows (annotation notes 5), like "Jo Lee has more.". A
    ``story-place`` phrase ending in "from" follows the reporter's name, with
    no reporting verb or clause before it ("The mayor said Jo Lee reports
    from ..."), and the place after it has no verb, clause or figure of its
    own: "Jo Lee reports from Kyiv that the bridge is down" and "Jo Lee
    reports from Kyiv, where 12 people were hurt" tell the news.
    """
    frames = _claim_frames()
    k = lowers.index("from")
    while True:
        for n in _story_place_lengths():
            start = k - n + 1
            if start >= 1 and frames.get(tuple(lowers[start : k + 1])) in _STORY_PLACE:
                place = lowers[k + 1 :]
                return (
                    bool(place)
                    and _CLAUSE_MARKERS.isdisjoint(lowers[:start])
                    and _FINITE.isdisjoint(place)
                    and _CLAUSE_MARKERS.isdisjoint(place)
                    and "that" not in place
                    and "where" not in place
                    and not _has_figure(lowers)
                    and not _tells_event(lowers[:start] + place)
                )
        if "from" not in lowers[k + 1 :]:
            return False
        k = lowers.index("from", k + 1)


def _tells_event(words: list[str]) -> bool:
    """Whether ``words`` hold a past verb that is no participle before "by".

    "a city hit hard by the floods" and "narrated by Sam Roe" describe;
    "Officials received reports" and "the scene described chaos" tell.
    """
    prev: str | None = None
    for j, w in enumerate(words):
        if _is_past(w, prev) and "by" not in words[j + 1 : j + 3]:
            return True
        prev = w
    return False


def _is_crosshead(doc: Document, seg: Segment) -> bool:
    """A short line with no end mark between line breaks: a section heading.

    "Why the vote matters" or "A long road to the vote" on a line of its own,
    with more text after it, heads a section (seeds judgement call 6) and
    asserts nothing. The caller has checked that the sentence has no end
    mark; list items ("\u2022 cycle storage", "1. Culture"), lines with a
    figure or a number word, lines opening in lower case, a transcript's
    turns, wrapped lines and the last line of the text are left alone.
    """
    text = doc.text
    first = text[seg.start]
    if first in _LIST_MARKS or first.isdigit():
        return False
    if text.find("\n", seg.start, seg.end) >= 0:
        return False  # a hard-wrapped paragraph, not a line of its own
    line = text[seg.start : seg.end]
    if any(c.isdigit() for c in line):
        return False  # a list item with a figure: "Would raise $2 billion"
    letter = next((c for c in line if c.isalpha()), "")
    if not letter.isupper():
        return False  # a line cut out of a paragraph: "racist, and who has"
    if _SPEAKER_LABEL.match(text, seg.start, seg.end):
        return False  # a transcript's turn: "JANE ROE: We met in May"
    before = text.rfind("\n", 0, seg.start) + 1
    after = text.find("\n", seg.end)
    idx = doc.token_range(seg.start, seg.end)
    return (
        after >= 0
        and not text[before : seg.start].strip()
        and not text[seg.end : after].strip()
        and bool(text[after:].strip())
        and len(idx) <= _CROSSHEAD_WORDS
        and _NUMBER_WORDS.isdisjoint(doc.lowers[idx.start : idx.stop])
    )


def _question_or_fragment(
    doc: Document,
    seg: Segment,
    sentence: str,
    content: str,
    start: int,
    end: int,
    idx: range,
) -> _Verdict | None:
    """Rule out a question or a fragment too short to assert anything.

    ``sentence`` is the sentence text without closers, ``content`` the text of
    ``[start, end)`` (its words at ``idx``) outside any quotation marks.
    """
    text = doc.text
    if sentence.endswith("?") or content.rstrip(_CLOSERS + " ,").endswith("?"):
        return _Verdict(False, "features:question", 0.9)
    whole = idx if (start, end) == (seg.start, seg.end) else None
    words = whole or doc.token_range(seg.start, seg.end)
    if len(words) < 4 and not _is_short_clause(doc, sentence, words):
        return _Verdict(False, "features:fragment", 0.7)
    # A label needs its colon: most sentences have none, and skip the regex.
    has_colon = text.find(":", seg.start, seg.end) >= 0
    label = has_colon and _SPEAKER_LABEL.match(text, seg.start, seg.end)
    if label and len(doc.token_range(label.end(), seg.end)) < 4:
        return _Verdict(False, "features:fragment", 0.7)  # "JANE ROE: Yes, gold."
    if sentence.endswith(_CUT_MARKS) and _is_cut_frame(doc, words):
        return _Verdict(False, "features:reporting-frame", 0.7)
    return None


def _is_cut_frame(doc: Document, words: range) -> bool:
    """A reporting verb whose content the copy cut off: "However, the party's
    secretary has indicated…", "The minister said this on the […]".

    The verb still says who spoke, but nothing checkable is left of what was
    said (annotation notes 87): after the last reporting verb (the
    ``reporting_verbs`` lexicon's verbs of speech, clause, view and telling)
    come only determiners, prepositions and pronouns ("that", "this on the"),
    and no event, number or date comes before it. Where part of the content
    survives ("The minister said fares will…") the sentence is judged as
    any cut-off teaser.
    """
    text, starts, ends = doc.text, doc.words.starts, doc.words.ends
    lowers = [text[starts[i] : ends[i]].lower() for i in words]
    verbs = _cut_frame_verbs()
    last = next((k for k in range(len(lowers) - 1, -1, -1) if lowers[k] in verbs), -1)
    if last < 0:
        return False
    if not all(w in _EMPTY_CONTENT for w in lowers[last + 1 :]):
        return False
    # "He won in 2005; we asked him for…": an event told before the frame.
    return _checkable_core(lowers[:last], _evaluative_words()) < 0


@cache
def _cut_frame_verbs() -> frozenset[str]:
    """The one-word reporting verbs that take a content (speech, clause,
    view, tell)."""
    entries = load_lexicon("reporting_verbs").entries
    return frozenset(
        w for w, kind in entries.items() if " " not in w and kind in _CUT_FRAME_KINDS
    )


def _is_short_clause(doc: Document, sentence: str, idx: range) -> bool:
    """A whole clause in two or three words: "Lugo was detained.", "He was 82.".

    A subject and a finite or past verb after it, ended by a full stop; a
    frame cut short ("He added:", "As the study explained,", "They are
    both…") and a greeting ("Thank you all.") are fragments. The caller
    judges the clause like any other sentence.
    """
    if len(idx) < 2 or not sentence.endswith(".") or sentence.endswith(".."):
        return False
    lowers = doc.lowers
    first = lowers[idx.start]
    if first in _IMPERATIVE_START:
        return False  # "Please be seated."
    return any(
        lowers[k] in _FINITE or _is_past(lowers[k], lowers[k - 1])
        for k in range(idx.start + 1, idx.stop)
    )


def _evaluation_verdict(
    doc: Document,
    idx: range,
    lowers: list[str],
    evaluative: dict[str, str],
    frames: dict[tuple[str, ...], str],
    reported: bool,
) -> _Verdict | None:
    """Rule out an unreported prescription, assessment or generic evaluation.

    Returns None when the words at ``idx`` (lower-cased ``lowers``) may still
    assert something checkable.
    """
    if reported:
        return None  # every test below is of unreported speech
    if not _NECESSITY.isdisjoint(lowers) and _is_necessity(lowers):
        return _Verdict(False, "features:prescription", 0.6)
    if not _SIGNIFICANCE_SUBJECTS.isdisjoint(lowers[:3]) and _reads_significance(
        lowers
    ):
        return _Verdict(False, "features:assessment", 0.6)
    core = _checkable_core(lowers, evaluative)
    if core < 0:
        if not reported and _is_prescription(lowers, frames):
            return _Verdict(False, "features:prescription", 0.6)
        if not reported and _is_assessment(
            doc,
            doc.words.starts[idx.start : idx.stop],
            doc.words.ends[idx.start : idx.stop],
            lowers,
            evaluative,
        ):
            return _Verdict(False, "features:assessment", 0.6)
        if (
            not reported
            and _FIRST_PERSON_SUBJECT.isdisjoint(lowers)
            and _is_subjective(lowers, evaluative)
            and not _has_name(doc, idx)
        ):
            return _Verdict(False, "features:generic", 0.55)
    elif (
        not reported
        and _is_past_in_clause(lowers, core)
        and _is_assessment(
            doc,
            doc.words.starts[idx.start : idx.stop],
            doc.words.ends[idx.start : idx.stop],
            lowers,
            evaluative,
        )
    ):
        # The only event is inside what the evaluation qualifies: "The
        # raids are a grim reminder that the old feud never ended".
        return _Verdict(False, "features:assessment", 0.55)
    return None


def _reads_significance(lowers: list[str]) -> bool:
    """ "This" or "it" reads a meaning into what came before: "This reflects
    the strong ties between the two towns", "It marks a new chapter for the
    club".

    The subject opens the sentence (after connectives), a present verb of
    significance (the ``significance-verb`` words) follows, an adverb
    allowed between ("This also shows ..."), and its object is a noun
    phrase with no number or date: an assessment of what a fact means, not
    a fact (annotation notes 14). A clause after the verb ("It shows that
    prices rose", "This shows how ...") is a finding, and a figure ("It
    represents 40% of exports", "This marks the first time since 1990")
    can be checked.
    """
    k = _skip_connectives(lowers)
    if lowers[k : k + 1] == [] or lowers[k] not in _SIGNIFICANCE_SUBJECTS:
        return False
    j = k + 1
    if j < len(lowers) and lowers[j].endswith("ly") or lowers[j : j + 1] == ["also"]:
        j += 1
    if j >= len(lowers) - 1 or lowers[j] not in _SIGNIFICANCE_VERBS:
        return False
    rest = lowers[j + 1 :]
    return (
        rest[0] not in _NOT_SIGNIFICANCE
        and _CORE_WORDS.isdisjoint(rest)
        and not _has_figure(rest)
    )


@cache
def _evaluative_words() -> dict[str, str]:
    """The evaluative lexicon as word -> kind (loaded once, cached)."""
    return {k: v or "judge" for k, v in load_lexicon("evaluative").entries.items()}


_FRAME_KINDS = frozenset(
    {
        "phatic",
        "announcement",
        "prescription",
        "obligation",
        "hindsight",
        "introducer",
        "hand-over",
        "interviewer",
        "answerer",
        "heading",
        "effect",
        "effect-modal",
        "effect-adverb",
        "speculation",
        "evaluation",
        "feeling",
        "story-intro",
        "story-end",
        "story-place",
        "blurb",
    }
)
# How far into a sentence an opening frame may start ("And so, today, we ...").
_FRAME_WINDOW = 6
# How far a speaker's own frame may stand behind an opening phrase ("On
# behalf of all our staff, I would like to express ...").
_LATE_SPEAKER_WINDOW = 14
_OPENING_KINDS = frozenset({"phatic", "announcement", "prescription"})
# How far into a sentence a hedged prediction may stand ("The toll is likely to").
_SPECULATION_WINDOW = 10
_SPECULATION_KINDS = frozenset({"speculation"})
_STORY_INTRO = frozenset({"story-intro", "story-end"})
_STORY_PLACE = frozenset({"story-place"})
_BLURB = frozenset({"blurb"})
_OBLIGATION = frozenset({"obligation"})
_HINDSIGHT = frozenset({"hindsight"})
_LEAD_IN_TAIL = 4  # "joked in response:", "told reporters on the phone:"
_STORY_INTRO_WORDS = 25
_SIGN_ON_WORDS = 12  # "From Geneva, this is the evening report with Jo Lee."
_GREETING_WORDS = 6  # "Hello, I'm Jo Lee in Geneva."
_FORECAST_WINDOW = 15  # how far into a sentence its first verb may stand
# Words after "possible" that open another clause: "... are possible but
# occur less often", "... is possible and has happened before" ("and" alone
# joins places: "in the hills and on the coast").
_POSSIBILITY_STOPS = _FINITE | _CLAUSE_MARKERS | frozenset({"but"})
_EFFECT_WINDOW = 25  # a subject with its modifiers before "will benefit"


@cache
def _claim_frames() -> dict[tuple[str, ...], str]:
    """The ``claim_frames`` lexicon as word tuple -> kind (unknown kinds fail)."""
    frames: dict[tuple[str, ...], str] = {}
    for entry, kind in load_lexicon("claim_frames").entries.items():
        if kind not in _FRAME_KINDS:
            raise ResourceError(f"claim_frames: unknown kind {kind!r} of {entry!r}")
        frames[tuple(entry.split())] = kind
    return frames


def _opening_frame(lowers: list[str], frames: dict[tuple[str, ...], str]) -> str | None:
    """The kind of a phatic, announcing or prescribing phrase opening the sentence."""
    return _frame_in(lowers, frames, _OPENING_KINDS, _FRAME_WINDOW)


def _frame_in(
    lowers: list[str],
    frames: dict[tuple[str, ...], str],
    kinds: frozenset[str],
    window: int,
) -> str | None:
    """The kind of the first frame of ``kinds`` starting in the first words."""
    starts = _kind_starts(kinds)
    if starts.isdisjoint(lowers[:window]):
        return None  # most sentences: one set test at C speed
    lengths = _frame_lengths()
    for k in range(min(window, len(lowers))):
        if lowers[k] not in starts:
            continue  # most words start no frame of these kinds
        if k > 0 and (
            lowers[k - 1] in _DETERMINERS
            or lowers[k - 1] in _FINITE
            # "He expressed condolences": a report of the act is a claim
            # (annotation notes 46), not the condolence itself.
            or _is_past(lowers[k - 1], lowers[k - 2] if k > 1 else None)
        ):
            continue  # "the welcome to", "will welcome back": not the frame
        for n in lengths[lowers[k]]:
            kind = frames.get(tuple(lowers[k : k + n]))
            if kind in kinds:
                return kind
    return None


def _speaker_frame_after_phrase(
    lowers: list[str], frames: dict[tuple[str, ...], str]
) -> str | None:
    """The kind of a speaker's own frame behind an opening phrase.

    "On behalf of everyone at the club, I would like to express our
    sympathy", "At the start of this session, I would like to ask about the
    budget": the phrase before "I" or "we" only sets the scene, so the
    sentence is the thanks or the announcement itself (annotation notes 5,
    46). The phrase holds no verb of its own: "The mayor said that we thank
    ..." and "She wrote, 'I congratulate ...'" report the frame, and their
    own first words decide.
    """
    stop = min(_LATE_SPEAKER_WINDOW, len(lowers))
    if _FIRST_PERSON_SUBJECT.isdisjoint(lowers[_FRAME_WINDOW:stop]):
        return None  # most sentences: one set test at C speed
    starts = _kind_starts(_OPENING_KINDS)
    lengths = _frame_lengths()
    prev: str | None = None
    for k in range(stop):
        w = lowers[k]
        if k >= _FRAME_WINDOW and w in _FIRST_PERSON_SUBJECT and w in starts:
            for n in lengths[w]:
                kind = frames.get(tuple(lowers[k : k + n]))
                if kind in _OPENING_KINDS:
                    return kind
        if w in _FINITE or w in _CLAUSE_MARKERS or _is_past(w, prev):
            return None  # a clause of its own before the speaker's words
        prev = w
    return None


def _is_speech_act(lowers: list[str]) -> bool:
    """The speaker doing something in the speech itself, not telling of the world.

    "Today, I would like to discuss the outlook", "First, I want to
    recognise my colleagues", "We wish to welcome our guests", "Let me stress
    one point": a first-person subject with "would like to", "want to" or
    "wish to" (``speech-wish`` words), or "let me" / "allow me to", then a
    verb of a speech act (``speech-act`` words: thank, welcome, discuss, ...),
    an adverb such as "also" or "briefly" allowed between. It announces what
    the speech does (annotation notes 5, 27), like the listed frames of
    thanks and announcement. What the speaker wants done in the world ("We
    want to build more homes") is a stated plan, and a claim; a phrase before
    the subject only sets the scene, while a clause of its own ("The mayor
    said I want to ...") makes the sentence a report.
    """
    stop = min(_LATE_SPEAKER_WINDOW, len(lowers))
    if _SPEECH_ACT_KEYS.isdisjoint(lowers[:stop]):
        return False  # most sentences: one set test at C speed
    prev: str | None = None
    for k in range(stop):
        w = lowers[k]
        if w in _SPEECH_SUBJECTS or w in _SPEECH_WOULD:
            return _speech_act_after_subject(lowers, k)
        if w in ("let", "allow") and lowers[k + 1 : k + 2] == ["me"]:
            j = k + 3 if w == "allow" else k + 2
            if w == "allow" and lowers[k + 2 : k + 3] != ["to"]:
                return False
            return _speech_verb_at(lowers, j)
        if w in _FINITE or w in _CLAUSE_MARKERS or _is_past(w, prev):
            return False  # a clause of its own before the speaker's words
        prev = w
    return False


def _speech_act_after_subject(lowers: list[str], k: int) -> bool:
    """Whether "I"/"we" at ``k`` wants to perform a speech act: "I would also
    like to thank", "we'd like to welcome", "I want to recognise"."""
    j = k + 1
    would = lowers[k] in _SPEECH_WOULD
    if not would and lowers[j : j + 1] == ["would"]:
        would, j = True, j + 1
    if lowers[j : j + 1] in (["also"], ["just"], ["really"]):
        j += 1
    wish = lowers[j] if j < len(lowers) else ""
    if wish not in _SPEECH_WISHES or (wish == "like") is not would:
        return False
    if lowers[j + 1 : j + 2] != ["to"]:
        return False
    return _speech_verb_at(lowers, j + 2)


def _speech_verb_at(lowers: list[str], j: int) -> bool:
    """A speech-act verb at ``j``, after at most one adverb ("to briefly
    discuss", "to once again thank")."""
    if j < len(lowers) and lowers[j] == "once":
        j += 1
    if j < len(lowers) and (lowers[j] in _SPEECH_ADVERBS or lowers[j].endswith("ly")):
        j += 1
    return j < len(lowers) and lowers[j] in _SPEECH_ACTS


def _is_self_introduction(doc: Document, idx: range, lowers: list[str]) -> bool:
    """A speaker naming themself to the audience: "I'm Jo Lee, the station's
    science editor, and it's my pleasure to be with you today".

    "I'm", "I am" or "My name is" in the first words (after a greeting),
    then a name of at least two capitalised words, and no past event in the
    rest: the presenter's or speaker's opening line, like a broadcast's
    sign-on (annotation notes 5, 27). "I'm Jo Lee and I have lived here for
    thirty years" goes on to tell of the world; "I'm British" names no one.
    """
    text, starts = doc.text, doc.words.starts
    for k in range(min(_SELF_INTRO_WORDS, len(lowers))):
        w = lowers[k]
        if w == "i'm":
            j = k + 1
        elif w == "i" and lowers[k + 1 : k + 2] == ["am"]:
            j = k + 2
        elif w == "my" and lowers[k + 1 : k + 3] == ["name", "is"]:
            j = k + 3
        else:
            continue
        n = j
        while n < len(lowers) and text[starts[idx.start + n]].isupper():
            n += 1
        if n - j < 2:
            return False
        prev: str | None = None
        for word in lowers[n:]:
            if _is_past(word, prev):
                return False
            prev = word
        return True
    return False


@cache
def _kind_starts(kinds: frozenset[str]) -> frozenset[str]:
    """The first words of the frames of ``kinds``."""
    return frozenset(w[0] for w, kind in _claim_frames().items() if kind in kinds)


@cache
def _frame_lengths() -> dict[str, tuple[int, ...]]:
    """For each first word of a frame, the frame lengths, longest first."""
    lengths: dict[str, set[int]] = {}
    for words in _claim_frames():
        lengths.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}


@cache
def _frame_keys(kind: str) -> frozenset[str]:
    """The longest word of each frame of ``kind``: a sentence without one has none.

    The longest word is the rarest in text, so testing for it rules most
    sentences out with one set test.
    """
    frames = _claim_frames().items()
    # Of words as long, the last: "a far cry" -> "cry", not "far".
    return frozenset(max(reversed(words), key=len) for words, k in frames if k == kind)


@cache
def _evaluation_index() -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """For each key word of the evaluation frames (``_frame_keys``), the
    frames that hold it and where in them it stands."""
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for words, kind in _claim_frames().items():
        if kind == "evaluation":
            key = max(reversed(words), key=len)
            for offset, w in enumerate(words):
                if w == key:
                    index.setdefault(key, []).append((offset, words))
    return {k: tuple(v) for k, v in index.items()}


@cache
def _late_keys() -> frozenset[str]:
    """Words without which no reader address, idiom or feeling frame can match."""
    return _OUTLET_WE | _frame_keys("evaluation") | _frame_keys("feeling")


def _is_idiomatic_judgement(
    lowers: list[str], evaluative: dict[str, str], frames: dict[tuple[str, ...], str]
) -> bool:
    """An idiom of judgement is the main predicate: "The mayor deserves credit".

    "The plan makes no sense", "So much for the free market", "The ruling is
    a step in the right direction" judge (annotation notes 14). No number or
    date may stand anywhere in the sentence, and no past event verb before
    the idiom: "The army shelled the town, which makes no sense" tells of an
    event first.
    """
    keys = _frame_keys("evaluation").intersection(lowers)
    if not keys:
        return False  # most sentences: one set test at C speed
    # Only where a key word stands can an idiom start: look there, not at
    # every word, and keep the earliest idiom.
    index = _evaluation_index()
    at = len(lowers)
    for key in keys:
        pos = lowers.index(key)
        while pos >= 0:
            for offset, words in index[key]:
                k = pos - offset
                if 0 <= k < at and tuple(lowers[k : k + len(words)]) == words:
                    at = k
            pos = index_of(lowers, key, pos + 1)
    if at == len(lowers):
        return False
    core = _checkable_core(lowers, evaluative)
    if 0 <= core < at:
        return False
    rest = lowers[at:]
    return _CORE_WORDS.isdisjoint(rest) and not _has_figure(rest)


def _opens_with_feeling(lowers: list[str], frames: dict[tuple[str, ...], str]) -> bool:
    """The speaker's feeling opens the sentence: "We are thrilled to bring it to you".

    Not when what follows announces news ("We are pleased to announce that
    ..."): the news is the claim.
    """
    if _frame_keys("feeling").isdisjoint(lowers[: _FRAME_WINDOW + 3]):
        return False  # most sentences: one set test at C speed
    lengths = _frame_lengths()
    for k in range(min(_FRAME_WINDOW, len(lowers))):
        for n in lengths.get(lowers[k], ()):
            if frames.get(tuple(lowers[k : k + n])) == "feeling":
                after = lowers[k + n] if k + n < len(lowers) else ""
                return after not in _ANNOUNCING
    return False


def _is_own_feeling(lowers: list[str]) -> bool:
    """The speaker's feeling about something opens the sentence.

    "I'm extraordinarily proud of the team", "We are grateful to the
    volunteers", "we are deeply disappointed by the ruling" say how the
    speaker feels, not what happened (annotation notes 43: feelings are not
    claims), whatever names or years the object holds. The feeling must come
    right after a first-person subject and its copula within the first words,
    and take an object: "We are pleased that the bridge reopened in May" and
    "We are pleased to announce ..." tell news.
    """
    for k in range(min(_FRAME_WINDOW, len(lowers))):
        w = lowers[k]
        if w in ("i'm", "we're"):
            j = k + 1
        elif w in ("i", "we") and lowers[k + 1 : k + 2] in (["am"], ["are"]):
            j = k + 2
        else:
            continue
        for _ in range(2):  # "deeply", "so very"
            if j < len(lowers) and (
                lowers[j].endswith("ly") or lowers[j] in _FEELING_DEGREE
            ):
                j += 1
        if j + 1 >= len(lowers) or lowers[j] not in _FEELINGS:
            return False
        after = lowers[j + 1]
        if after == "to":
            # "proud to announce ...", "proud to have opened ...": news.
            verb = lowers[j + 2] if j + 2 < len(lowers) else "have"
            if verb in _ANNOUNCING or verb == "have":
                return False
            return not _tells_own_act(lowers[j + 2 :])
        return after in _FEELING_OBJECTS
    return False


def _tells_own_act(clause: list[str]) -> bool:
    """What the speaker is glad to do is a checkable act of their own.

    ``clause`` is the infinitive after a feeling ("We are happy to ...").
    "I am honoured to deliver the 2024 lecture", "We are glad to be back
    for the next three years", "I'm delighted to be here to announce our
    candidate": a time, a figure or an announcement make the speaker's act
    checkable (annotation notes 43: a checkable record beside a feeling is
    a claim). "We are proud to serve our community" only says how the
    speaker feels about what they do.
    """
    return (
        not _CORE_WORDS.isdisjoint(clause)
        or not _ANNOUNCING.isdisjoint(clause)
        or _has_figure(clause)
    )


def _is_own_sentiment(lowers: list[str]) -> bool:
    """The speaker voices a hope, sympathy or praise: "We mourn a true hero".

    "We hope the tradition continues", "I congratulate the team", "we now
    hope for a swift agreement", "I really appreciate the volunteers" say
    what the speaker feels or wishes, not what happened (annotation notes 43
    and 46: hopes, condolences, thanks and praise are not claims, quoted or
    not). The verb follows "I" or "we" (adverbs between them allowed), and
    nothing in the sentence is checkable: a number, a date or a past event
    ("I thank the crews who rescued 40 people", "a condolence with a factual
    relative clause") makes it a claim; a reporting verb before the speaker's
    words does not.
    """
    for k, w in enumerate(lowers):
        if w not in _SENTIMENT_VERBS:
            continue
        j = k - 1
        while j >= 0 and (
            lowers[j] in _FEELING_DEGREE
            or lowers[j] in _CONNECTIVES
            or lowers[j].endswith("ly")
        ):
            j -= 1
        if j >= 0 and lowers[j] in ("i", "we"):
            # A reporting frame before the speaker's words tells no event:
            # 'The minister said: "We hope ..."'.
            told = [w for w in lowers[:j] if w not in _HINT_SET] + lowers[j:]
            core = _checkable_core(told, _evaluative_words())
            return core < 0 and not _has_figure(lowers)
    return False


def _is_norm_statement(lowers: list[str]) -> bool:
    """The main verb stresses a norm: "The ministers stressed the need for calm".

    "The report underlines the importance of early care", "The two leaders
    noted the importance of further talks" say what should matter, reported
    or not (annotation notes 43: norms are not claims). The norm verb must be
    the sentence's first verb, after a subject that is not the speaker ("we
    stress the need" states the party's own position), with "the" and a norm
    noun right after it, and no number or date after it: "stressed the need
    for 2,000 more nurses" and "thanked the donors and stressed ..." tell
    something checkable.
    """
    prev = None
    for k, w in enumerate(lowers[:_FORECAST_WINDOW]):
        if w in _NORM_VERBS:
            if lowers[k + 1 : k + 2] != ["the"] or _NORM_NOUNS.isdisjoint(
                lowers[k + 2 : k + 5]
            ):
                return False
            rest = lowers[k:]  # "The two ministers stressed ...": a subject's count
            return _CORE_WORDS.isdisjoint(rest) and not _has_figure(rest)
        if (
            w in _FINITE
            or w in _CLAUSE_MARKERS
            or w in _FIRST_PERSON_SUBJECT
            or _is_past(w, prev)
        ):
            return False
        prev = w
    return False


def _is_necessity(lowers: list[str]) -> bool:
    """The main predicate says what is needed: "More effort is needed to end it".

    "Stronger defences are necessary to protect the coast", "It is essential
    to act now", "A healthy river is also crucial to the town's economy"
    prescribe, as "must" does (annotation notes 14). The necessity word
    follows the sentence's first linking verb (at most one adverb between
    them) and takes "to", "for", "that" or "on"; a clause marker or a
    reporting word before it puts it in another clause ("He said more
    staff are needed"), and a number, date or figure keeps the claim ("Sixty
    votes are needed to end a debate": a rule that can be checked).
    """
    for k, w in enumerate(lowers[:-2]):
        if w in _CLAUSE_MARKERS or w in _HINT_SET:
            return False
        if w not in _LINKING:
            continue
        j = k + 1
        if lowers[j].endswith("ly") or lowers[j] in _CONNECTIVES:
            j += 1
        return (
            j + 1 < len(lowers)
            and lowers[j] in _NECESSITY
            and lowers[j + 1] in ("to", "for", "that", "on")
            and _CORE_WORDS.isdisjoint(lowers)
            and not _has_figure(lowers)
        )
    return False


def _is_prescription(lowers: list[str], frames: dict[tuple[str, ...], str]) -> bool:
    """A modal of obligation is the first verb: "Any deal must respect the law".

    A finite verb or a clause marker before it ("He said they must ...", "It
    is what we must do") puts the obligation in another clause. A first-person
    subject prescribes too when the obligation is its verb ("We must fix the
    roads", "we also need to act": what should be done, not a plan, annotation
    notes 14); with any other verb it states the speaker's own position ("We
    want to build, but first we must ...").
    """
    # An obligation starts at word 13 at the latest: most sentences hold no
    # first word of one there (one set test at C speed).
    if _kind_starts(_OBLIGATION).isdisjoint(lowers[:14]):
        return False
    for k, w in enumerate(lowers[:12]):
        if w in _FIRST_PERSON_SUBJECT:
            # The obligation right after the subject, or after one adverb.
            after = lowers[k + 1 : k + 2]
            return _is_obligation(lowers, k + 1, frames) or (
                bool(after)
                and after[0] not in _FINITE
                and _is_obligation(lowers, k + 2, frames)
            )
        if _is_obligation(lowers, k, frames):
            return k > 0
        if w in _FINITE or w in _CLAUSE_MARKERS or w in _HINT_SET:
            return False
    return False


def _is_hindsight(lowers: list[str], frames: dict[tuple[str, ...], str]) -> bool:
    """The main verb is an obligation in the perfect: "The board should have acted".

    "Ministers should never have signed the deal", "the club ought to have
    sacked him in 2019" judge what was or was not done (annotation notes 14:
    prescriptions are not claims); unlike "must be returned by May", the rule
    of a scheme (annotation notes 67), it holds no plan to check, so a past
    verb, number or date after it does not make it a claim. The frame is the
    clause's first verb: "Residents who should have been warned were not
    told" tells an event. Reported, it is the party's position ("The
    inquiry said the council should have acted"), as a reported "must" is.
    """
    starts = _kind_starts(_HINDSIGHT)
    if starts.isdisjoint(lowers[:_FORECAST_WINDOW]):
        return False  # most sentences: one set test at C speed
    lengths = _frame_lengths()
    for k, w in enumerate(lowers[:_FORECAST_WINDOW]):
        if w in starts:
            for n in lengths[w]:
                if frames.get(tuple(lowers[k : k + n])) == "hindsight":
                    return _is_participle(lowers[k + n : k + n + 1])
        if w in _FINITE or w in _CLAUSE_MARKERS or w in _HINT_SET:
            return False
    return False


def _is_participle(words: list[str]) -> bool:
    """Whether the one word in ``words`` can follow "have" in a perfect.

    "should have acted", "should have known", "shouldn't have to pay", but
    not "should have access" or "should have the choice": possession, a
    norm about the present that may be a scheme's rule.
    """
    if not words:
        return False
    w = words[0]
    return (
        w in ("been", "to")
        or _is_past(w, None)
        or (len(w) > 3 and w.endswith(("en", "wn", "ne")))
    )


def _is_obligation(
    lowers: list[str], k: int, frames: dict[tuple[str, ...], str]
) -> bool:
    """A modal of obligation ("must", "need to") starts at word ``k``."""
    return (
        frames.get((lowers[k],) if k < len(lowers) else ()) == "obligation"
        or frames.get(tuple(lowers[k : k + 2])) == "obligation"
    )


def _is_effect_prediction(
    lowers: list[str], frames: dict[tuple[str, ...], str]
) -> bool:
    """The main clause predicts a benefit: "The hub will greatly improve links".

    The first modal of the sentence is "will" or "would" after a subject that
    is not the speaker ("we will improve" is a pledge), followed by a verb or
    phrase of benefit ("make a real difference"); no weekday or month pins
    down an event.
    """
    if _MODALS.isdisjoint(lowers[:_EFFECT_WINDOW]):
        return False  # no modal, no prediction: one set test at C speed
    for k, w in enumerate(lowers[:_EFFECT_WINDOW]):
        if w in _MODALS:
            if k == 0 or frames.get((w,)) != "effect-modal":
                return False
            j = k + 1
            while j < len(lowers) and frames.get((lowers[j],)) == "effect-adverb":
                j += 1
            if j >= len(lowers):
                return False
            # "will improve", "will make a real difference": the longest
            # effect phrase starting here.
            effect = any(
                frames.get(tuple(lowers[j : j + n])) == "effect"
                for n in _frame_lengths().get(lowers[j], ())
            ) or _promises_result(lowers, j)
            # Checked last: few sentences get this far.
            return (
                effect
                and _FIRST_PERSON.isdisjoint(lowers)
                and _STRICT_DATE_WORDS.isdisjoint(lowers)
            )
        if w in _CLAUSE_MARKERS or w in _HINT_SET:
            return False
    return False


def _promises_result(lowers: list[str], j: int) -> bool:
    """ "make" or "give" at ``j`` promising an effect a few words on.

    "will make the trip easier", "will make our streets, and our parks,
    safer", "will give nurses the tools to ...", "would give families the
    confidence to ...": a benefit to come (``effect-result`` words), not an
    event. No verb or clause stands between ("will make sure the bridge is
    safer").
    """
    if lowers[j] not in _EFFECT_RESULT_VERBS:
        return False
    for w in lowers[j + 1 : j + 1 + _EFFECT_RESULT_GAP]:
        if w in _EFFECT_RESULTS:
            return True
        if w in _FINITE or w in _CLAUSE_MARKERS or w == "that" or w == "sure":
            return False
    return False


def _is_frame_only(
    sentence: str, lowers: list[str], frames: dict[tuple[str, ...], str]
) -> bool:
    """A bare reporting frame introducing what follows: "The minister said:".

    The sentence ends with a colon right after an introducing word; what is
    said comes in the next sentences.
    """
    if not sentence.endswith(":") or not lowers or len(lowers) > 25:
        return False
    return frames.get((lowers[-1],)) == "introducer"


def _content(doc: Document, seg: Segment, quote_starts: list[int]) -> tuple[int, int]:
    """What the sentence says: its opening quotation if it has one, else all of it.

    "'We are ready,' a fighter said." is judged by "We are ready"; the
    reporting frame only says who is speaking.
    """
    quotes = doc.quotations
    # The last quotation starting at or just after the sentence start (one
    # bisect, so the whole document stays linear).
    k = bisect_right(quote_starts, seg.start + 1) - 1
    if k >= 0 and quotes[k].end > seg.start:
        qend = min(quotes[k].end, seg.end)
        if qend - seg.start >= (seg.end - seg.start) // 3:
            return seg.start, qend
    if k + 1 < len(quotes) and quotes[k + 1].start < seg.end:
        return _quotation_after_frame(doc, seg, quotes[k + 1])
    return seg.start, seg.end


def _quotation_after_frame(
    doc: Document, seg: Segment, q: Quotation
) -> tuple[int, int]:
    """The quotation a speaker's frame introduces, when it closes the sentence.

    'The mayor said: "We will not back down."' and 'Jo Lee, the coach: "It
    was a great day."' are judged by what is quoted, as a frame after the
    quotation is ("'We will not back down,' the mayor said"): the frame only
    says who speaks. The frame ends with a colon right before the quotation
    mark and is at most ``_FRAME_WORDS`` long; the quotation runs to the end
    of the sentence. Otherwise the whole sentence is returned. (After a
    comma, "The mayor said, '...'", the whole sentence is judged.)
    """
    text = doc.text
    k = q.start - 1
    while k > seg.start and text[k] == " ":
        k -= 1
    if k <= seg.start or text[k] != ":":
        return seg.start, seg.end  # most quotations follow a word or a comma
    end = min(q.end, seg.end)
    if not text[end : seg.end].strip(_CLOSERS_SPACE + ".,;!?") and (
        len(doc.token_range(seg.start, q.start)) <= _FRAME_WORDS
    ):
        return q.start, end
    return seg.start, seg.end


def _has_figure(words: list[str]) -> bool:
    """Whether a word starts with a digit ("40", "2019", "5pm")."""
    # ``any(w[0].isdigit() for w in words)`` at C speed: no frame per word.
    return any(map(str.isdigit, map(_FIRST_CHAR, words)))


def _skip_connectives(lowers: list[str]) -> int:
    i = 0
    while i < len(lowers) and lowers[i] in _CONNECTIVES:
        i += 1
    return i


def _is_prediction(lowers: list[str]) -> bool:
    """A clause that opens with a third-person modal or future, and no pledge.

    "They cannot fight back, they will be killed" predicts; "we will fight to
    the last" states the speaker's own intention, which is a claim; "He is
    working on it but does not know when he will" asserts before it predicts.
    """
    if not _FIRST_PERSON.isdisjoint(lowers):
        return False
    for k, w in enumerate(lowers[:4]):
        if w in _FUTURE_OR_MODAL:
            return (
                k > 0
                and lowers[k - 1] in _THIRD_PERSON
                and not _is_discourse_frame(lowers, k)
            )
    return False


def _is_discourse_frame(lowers: list[str], k: int) -> bool:
    """ "It should be noted that ...", "It must also be stressed that ...":
    the modal at ``k`` frames what the writer goes on to state, it predicts
    nothing; the clause after "that" is what the sentence asserts."""
    j = k + 2 if lowers[k + 1 : k + 2] == ["also"] else k + 1
    return (
        lowers[k - 1] == "it"
        and lowers[j : j + 1] == ["be"]
        and j + 2 < len(lowers)
        and lowers[j + 1].endswith("ed")
        and lowers[j + 2] == "that"
    )


def _is_sign_on(lowers: list[str]) -> bool:
    """A broadcast's sign-on line: "From Geneva, this is the evening report.".

    It names the programme or the presenter, not the world (annotation notes
    5, 27): a short line that opens with "From" and says "this is" within its
    first words, with no figure in it, or a bare "Hello, I'm Jo Lee." ("Hello,
    I'm talking to a runner who won ..." goes on to say something).
    """
    first = lowers[0] if lowers else ""
    if first == "hello":
        return (
            lowers[1:2] == ["i'm"]
            and len(lowers) <= _GREETING_WORDS
            and not any(w in _FINITE or w.endswith("ing") for w in lowers[2:])
        )
    if first != "from" or len(lowers) > _SIGN_ON_WORDS:
        return False
    at = next(
        (
            k
            for k in range(2, min(len(lowers) - 1, _FRAME_WINDOW + 2))
            if lowers[k] == "this" and lowers[k + 1] == "is"
        ),
        -1,
    )
    return at > 0 and not _has_figure(lowers)


def _ends_with_sign_on(doc: Document, start: int, lowers: list[str]) -> bool:
    """A broadcast's sign-on closing a time check: "The time is 10:00 GMT on
    Monday, and this is the Evening Bulletin.".

    ", (and) this is" names the programme (annotation notes 5, 27), not the
    world: the words after it are a capitalised name that ends the sentence
    or is followed by "for" and a date ("..., this is the Morning Report for
    Friday, May 2."). What stands before it tells no event (no past verb): it
    is a time check, a date or the outlet's name. "He was born in Leeds, and
    this is Leeds." tells of a birth first.
    """
    n = len(lowers)
    k = index_of(lowers, "this", 1)
    while 0 < k < n - 2 and lowers[k + 1] != "is":
        k = index_of(lowers, "this", k + 1)
    if not 0 < k < n - 2:
        return False
    text, starts = doc.text, doc.words.starts
    first = doc.token_range(start, start + 1).start
    gap = text[doc.words.ends[first + k - 1] : starts[first + k]]
    if lowers[k - 1] != "and" and "," not in gap:
        return False
    j = k + 3 if lowers[k + 2] == "the" else k + 2
    name = j
    while j < n and text[starts[first + j]].isupper():
        j += 1
    if j == name or (j < n and not _is_date_tail(lowers[j:])):
        return False
    prev: str | None = None
    for w in lowers[:k]:
        if _is_past(w, prev):
            return False
        prev = w
    return True


def _is_date_tail(words: list[str]) -> bool:
    """Whether ``words`` are "for" and a date alone: "for Friday, May 2, 2025".

    "may" is the month here: the modal takes no date after "for".
    """
    return (
        len(words) > 1
        and words[0] == "for"
        and all(w in _DATE_WORDS or w == "may" or w[0].isdigit() for w in words[1:])
    )


@cache
def _forecast_or_product_words() -> frozenset[str]:
    """Words without which no forecast, possibility or product description matches."""
    return _PRODUCT_VERBS | _FORECAST | _WEATHER | {"possible"}


def _describes_own_product(
    doc: Document, idx: range, lowers: list[str], lead: int
) -> bool:
    """The outlet describing a product: "The Harbour Bulletin highlights research".

    A newsletter, podcast or series described by what it offers describes
    the piece, not the world (annotation notes 27). The first verb is a
    present verb of offering ("offers", "presents", "highlights", "covers")
    and the head of its subject is a publication noun that is named ("the
    Weekly Digest", "the Harbour Bulletin newsletter") or the outlet's own
    ("this podcast", "our newsletter"); "Jo Lee, writing on Tech Blog,
    brings us a review" is a person's act. A report a source published ("a
    UN report highlights ...") is an attribution, and the caller has none.
    """
    if _PRODUCT_VERBS.isdisjoint(lowers[:_FORECAST_WINDOW]):
        return False  # most sentences: one set test at C speed
    text, starts, ends = doc.text, doc.words.starts, doc.words.ends
    for k in range(lead + 1, min(len(lowers), _FORECAST_WINDOW)):
        w = lowers[k]
        if w in _PRODUCT_VERBS:
            # The publication noun heads the subject, right before the verb
            # (no comma closing an aside between them).
            j = k - 1
            return j > lead and (
                lowers[j] in _PUBLICATIONS
                and text[ends[idx.start + j] : starts[idx.start + k]].isspace()
                and (
                    text[starts[idx.start + j]].isupper()
                    # A capital that only opens the sentence ("The report
                    # covers ...") names nothing.
                    or (j - 1 > lead and text[starts[idx.start + j - 1]].isupper())
                    or lowers[j - 1] in _OWN_PRODUCT
                )
            )
        if w in _FINITE or w in _CLAUSE_MARKERS or w in _HINT_SET:
            return False
    return False


def _is_forecast(lowers: list[str], lead: int) -> bool:
    """The main verb group is a present "expected to": "Prices are expected to rise".

    A forecast in the outlet's voice can be checked only later (annotation
    notes 44; "expected" is also a hedge, notes 17); so can "is likely to",
    "are projected to", "is bound to" (the ``forecast`` words of
    ``claim_words.tsv``). The first verb of the sentence must be "is" or
    "are", at most two words before "expected to" ("is now expected to"):
    "Work began in May and is expected to last a year" tells of an event
    first, "was expected to" of a past expectation, and "Smokers are more
    likely to fall ill" compares rates.
    """
    if _FORECAST.isdisjoint(lowers):
        return False  # most sentences: one set test at C speed
    for k in range(lead + 1, min(len(lowers), _FORECAST_WINDOW)):
        w = lowers[k]
        if w in _FINITE or w in _CLAUSE_MARKERS or w in _HINT_SET:
            if w not in _PRESENT_COPULA:
                return False
            for j in range(k + 1, min(k + 4, len(lowers) - 1)):
                if lowers[j] in _FORECAST:
                    return lowers[j + 1] == "to" and lowers[j - 1] not in _COMPARATIVE
                if lowers[j] in _FINITE or _is_past(lowers[j], lowers[j - 1]):
                    return False
            return False
        if _is_past(w, lowers[k - 1]):
            return False
    return False


def _is_any_forecast(lowers: list[str], lead: int) -> bool:
    """An "expected to" forecast, a possibility or a weather forecast as the
    main predicate, in the outlet's voice."""
    return (
        _is_forecast(lowers, lead)
        or _is_possibility(lowers, lead)
        or _is_weather_forecast(lowers, lead)
    )


def _is_weather_forecast(lowers: list[str], lead: int) -> bool:
    """The weather to come: "Heavy rain will spread north tonight".

    A forecast of the weather can be checked only later (annotation notes
    44), whoever gives it: the outlet ("Showers and thunderstorms will
    develop along the coast on Monday", "Scattered storms are expected
    tonight", "Colder temperatures are in store for the weekend") or a
    forecaster it reports ("the weather service said the valley could face
    large hail"). The first verb of the sentence is "will", "may", "could",
    "might" or "should" with a weather word (the ``weather`` words) in its
    subject, or before a verb such as "bring" or "face" with the weather as
    its object, or before "be" with the weather as its complement ("Sunday
    will be sunny"; not a passive, "will be played in the rain"); or
    "is"/"are" with "expected", "forecast" or "in store" after a weather
    subject. A past event first ("Snow fell overnight and more
    will follow"), a modal perfect ("may have been caused by high winds")
    and a plan about the weather ("The council will grit the roads before
    the snow") are not forecasts of it.
    """
    if _WEATHER.isdisjoint(lowers):
        return False  # most sentences: one set test at C speed
    for k in range(lead, min(len(lowers), _FORECAST_WINDOW)):
        w = lowers[k]
        if w in _FINITE or w in _CLAUSE_MARKERS or w in _HINT_SET:
            subject = not _WEATHER.isdisjoint(lowers[lead:k])
            nxt = lowers[k + 1 : k + 3]
            if w in _PRESENT_COPULA:
                state = nxt[0] if nxt else ""
                return subject and (state in _WEATHER_STATES or nxt == ["in", "store"])
            if w not in _WEATHER_MODALS:
                return False
            j = k + 1
            if lowers[j : j + 1] == ["also"]:
                j += 1
            verb = lowers[j] if j < len(lowers) else ""
            if verb == "have":
                return False
            if subject:
                return True
            if verb == "be":  # "will be sunny", not "will be played in the rain"
                obj = lowers[j + 1 : j + 4]
                if not obj or _is_past(obj[0], verb):
                    return False
            else:
                obj = lowers[j + 1 : j + 1 + _WEATHER_OBJECT]
            return verb in _WEATHER_VERBS and not _WEATHER.isdisjoint(obj)
        prev = lowers[k - 1] if k else None
        if (
            _is_past(w, prev)
            and _WEATHER.isdisjoint(lowers[k + 1 : k + 3])
            and not (prev or "").endswith("ly")
        ):
            return False  # not "(widely) scattered (severe) storms"
    return False


def _is_possibility(lowers: list[str], lead: int) -> bool:
    """The main predicate is "is possible": "Further votes are possible on Monday".

    What may happen later, said in the outlet's voice, is a forecast
    (annotation notes 44): "Showers will be possible along the coast
    tonight", "Delays are possible on the ring road". The subject is a
    noun phrase (not "It is possible to ...", a hedge of its own), the
    first verb is "is", "are" or "will be", and only a time or place follows
    "possible": "Large eruptions are possible but occur less often" goes on
    to state a fact, and "Snow fell and more is possible" tells of an event
    first.
    """
    if "possible" not in lowers or lead >= len(lowers) or lowers[lead] in _PRONOUNS:
        return False
    for k in range(lead + 1, min(len(lowers), _FORECAST_WINDOW)):
        w = lowers[k]
        if w in _FINITE or w in _CLAUSE_MARKERS or w in _HINT_SET:
            j = k + 1
            if w == "will" and lowers[j : j + 1] == ["also"]:
                j += 1
            if w == "will" and lowers[j : j + 1] == ["be"]:
                j += 1
            elif w not in _PRESENT_COPULA:
                return False
            if lowers[j : j + 1] == ["also"]:
                j += 1
            return (
                lowers[j : j + 1] == ["possible"]
                and lowers[j + 1 : j + 2] not in (["to"], ["that"])
                and _POSSIBILITY_STOPS.isdisjoint(lowers[j + 1 :])
            )
        if _is_past(w, lowers[k - 1]):
            return False
    return False


def _is_sweeping_judgement(lowers: list[str], lead: int) -> bool:
    """A sweeping subject with a modal: "Few cities can match its parks".

    "Few writers will ever reach her stature" ranks and predicts with no one
    to count: an evaluation, not a claim. The modal must come within the
    subject's first words, before any other clause opens; "Few voters
    turned out" counts and stays a claim.
    """
    if lead >= len(lowers) or lowers[lead] not in _SWEEPING_SUBJECT:
        return False
    for w in lowers[lead + 1 : lead + 8]:
        if w in _MODALS:
            return True
        if w in _CLAUSE_MARKERS or w in _HINT_SET or w in _FINITE:
            return False
    return False


def _is_assessment(
    doc: Document,
    starts: list[int],
    ends: list[int],
    lowers: list[str],
    evaluative: dict[str, str],
) -> bool:
    """A main-clause linking verb whose predicate is an evaluation.

    "The resistance - right on the doorstep of the capital - is a blow to this
    image of unity", "It's a wonderful place", "this speech is pretty
    shocking", "There isn't a single serious idea here", "could be decisive",
    "may prove to be a transient phenomenon" judge. Asides between dashes are
    skipped (judgement call 20). A reporting verb, complementiser or a past
    participle before the linking verb puts it in another clause.
    """
    text = doc.text
    between = text[ends[0] : starts[-1]] if starts else ""
    if "\u2013" in between or "\u2014" in between or " - " in between:
        gaps = [0] + [
            sum(text[a:b].count(d) for d in ("\u2013", "\u2014", " - "))
            for a, b in zip(ends, starts[1:], strict=False)
        ]
    else:
        gaps = [0] * len(starts)  # no dash between any two words
    # An odd number of dashes: the first one ends a dateline ("WASHINGTON -
    # ...") or opens a trailing aside, neither of which hides the main clause.
    dashes = sum(gaps) % 2
    for k, w in enumerate(lowers[:-1]):
        dashes += gaps[k]
        if dashes % 2:
            continue
        if w in _CLAUSE_MARKERS or (k > 0 and _is_past(w, lowers[k - 1])):
            return False
        if w in _LINKING:
            window = lowers[k + 1 : k + 6]
        elif w.endswith(_CONTRACTED_COPULA) and w.split("'")[0] in _PRONOUNS:
            window = lowers[k + 1 : k + 6]
        else:
            continue
        return _is_evaluation(window, evaluative)
    return False


def _is_evaluation(window: list[str], evaluative: dict[str, str]) -> bool:
    """Whether a predicate opens with a judgement or a graded adjective."""
    for n, w in enumerate(window):
        kind = evaluative.get(w)
        if kind == "judge":
            return True
        if kind == "degree" and n + 1 < len(window):
            nxt = window[n + 1]
            if nxt not in _DEGREE_NEUTRAL and nxt not in _FINITE:
                return True
        if w in _FINITE and n > 0:
            return False  # a new clause starts: "is what they said"
    return False


def _is_past(word: str, prev: str | None) -> bool:
    """Whether ``word`` is a past verb (not an adjective after a determiner)."""
    if word in _IRREGULAR_PAST:
        return True
    return (
        len(word) > 4
        and word.endswith("ed")
        and word not in _NOT_PAST_ED
        and prev not in _DETERMINERS
    )


def _checkable_core(lowers: list[str], evaluative: dict[str, str]) -> int:
    """Where the first number, date or past event verb stands (-1: none).

    These are what a reader can check. A feeling after a linking verb ("was
    delighted", "is so thrilled"; not "was shocked to receive ...", which
    tells what happened) is a state of mind, not an event, and a
    verb after "ever" ("the best side I have ever seen") belongs to a
    superlative's relative clause.
    """
    prev: str | None = None
    for k, w in enumerate(lowers):
        if w in _CORE_WORDS or w[0].isdigit():
            return k
        # ``_is_past(w, prev)`` written out: this loop runs over most words.
        if (
            (
                w in _IRREGULAR_PAST
                or (
                    len(w) > 4
                    and w.endswith("ed")
                    and w not in _NOT_PAST_ED
                    and w not in _APPEARANCE
                    and prev not in _DETERMINERS
                )
            )
            and evaluative.get(w) != "judge"
            and prev not in _NOT_EVENT_BEFORE
            and not (
                w in _FEELINGS
                and prev in _FEELING_AFTER
                and lowers[k + 1 : k + 2] != ["to"]  # "shocked to receive"
            )
        ):
            return k
        prev = w
    return -1


def _is_past_in_clause(lowers: list[str], core: int) -> bool:
    """The first checkable word (``core``) is a past verb in a subordinate clause.

    A clause marker ("that", "whether") comes before it, with the clause's
    own subject between them, and no number or date comes anywhere after it.
    """
    word = lowers[core]
    if word in _CORE_WORDS or word[0].isdigit():
        return False
    if _CLAUSE_MARKERS.isdisjoint(lowers[:core]) or lowers[core - 1] in _CLAUSE_MARKERS:
        # No clause before it, or a relative clause whose verb it is: "a
        # tragedy that devastated the town" tells of an event.
        return False
    rest = lowers[core + 1 :]
    return _CORE_WORDS.isdisjoint(rest) and not _has_figure(rest)


def _is_subjective(lowers: list[str], evaluative: dict[str, str]) -> bool:
    """A word that makes a sentence with nothing checkable a view, not a fact.

    A judging or sweeping word (the ``judge`` and ``generic`` evaluative
    words), a degree that grades ("very", not "very few"), the reader's
    "you", or a modal of possibility or obligation ("may", "should",
    "would"). Plain future and ability ("The new road will link the two
    towns", "Any resident can apply"; ``plain-modal`` words) state a plan or
    a capability, which are claims (annotation notes 44, 67), unless a
    condition makes the future a forecast ("If the rain goes on, the river
    will flood"); a negation alone ("The scheme is not new") makes no view.
    """
    for k, w in enumerate(lowers):
        kind = evaluative.get(w)
        if kind == "judge" or kind == "generic":
            return True
        if kind == "degree" and k + 1 < len(lowers):
            if lowers[k + 1] not in _DEGREE_NEUTRAL:
                return True
        if w in _JUDGING_MODALS or w in _SECOND_PERSON:
            return True
        if w in _FUTURE_PLAIN and not _CONDITIONS.isdisjoint(lowers):
            return True
    return False


def _addresses_reader(lowers: list[str], evaluative: dict[str, str]) -> bool:
    """The outlet tells its reader what it offers: "We have a recap for you".

    "We" is a subject and "you" or "your" addresses the reader ("If you are
    a teacher, we have lessons for you", "we're sharing the highlights you
    might have missed"): an announcement of what the outlet does (annotation
    notes 5). "If you will", "as you know" and "thank you" address no one,
    and a number or date makes the sentence checkable.
    """
    if _OUTLET_WE.isdisjoint(lowers) or _SECOND_PERSON.isdisjoint(lowers):
        return False  # most sentences: two set tests at C speed
    if not _CORE_WORDS.isdisjoint(lowers) or _has_figure(lowers):
        return False
    you = next(
        (
            k
            for k, w in enumerate(lowers)
            if w in _SECOND_PERSON and (k == 0 or lowers[k - 1] not in _NOT_ADDRESS)
        ),
        -1,
    )
    # An event told before the reader is addressed is a claim: "We worked
    # with them, and told them that if you ...".
    return you >= 0 and not 0 <= _checkable_core(lowers, evaluative) < you


def _offers_to_audience(lowers: list[str], evaluative: dict[str, str]) -> bool:
    """A speaker or host offering the audience what comes next: "I have two
    updates for you", "We've got a short recap here for you".

    "I" or "we" (opening the sentence or a clause after "and"), "have",
    "have got" or "'ve got", an object of at most ``_OFFER_OBJECT`` words
    and "for you": what the speech or page does for its audience, not news
    (annotation notes 5, 27), whatever the speaker. A clause telling of an
    event before it ("We visited the plant on Monday and we have photos for
    you") keeps the sentence a claim, as does a verb after the object ("We
    have found homes for you"; "got" after "have" is no event here).
    """
    for k, w in enumerate(lowers[:_OFFER_START]):
        if w not in _OFFER_SUBJECTS or (k and lowers[k - 1] not in _OFFER_BEFORE):
            continue
        if k and _checkable_core(lowers[:k], evaluative) >= 0:
            return False
        j = k + 1
        if lowers[j : j + 1] in (["just"], ["also"], ["now"]):
            j += 1
        if w in ("i", "we"):
            if lowers[j : j + 1] != ["have"]:
                return False
            j += 1
            if lowers[j : j + 1] == ["got"]:
                j += 1
        elif lowers[j : j + 1] == ["got"]:
            j += 1
        else:
            return False
        for n in range(j, min(len(lowers) - 1, j + 1 + _OFFER_OBJECT)):
            word = lowers[n]
            if n > j and lowers[n : n + 2] == ["for", "you"]:
                return _only_modifiers(lowers[n + 2 :])
            if (
                word in _FINITE
                or word in _CLAUSE_MARKERS
                or _is_past(word, lowers[n - 1])
            ):
                return False
        return False
    return False


def _only_modifiers(rest: list[str]) -> bool:
    """No clause, number or date in ``rest``, only phrases ("from the
    region, one of them related to trade"): "... for you: the bridge
    reopened on Monday" goes on to tell news."""
    prev: str | None = None
    for k, w in enumerate(rest):
        if w in _FINITE or w in _CORE_WORDS or w[0].isdigit():
            return False
        if _is_past(w, prev) and rest[k + 1 : k + 2] != ["to"]:
            return False
        prev = w
    return True


def _is_fragment(lowers: list[str]) -> bool:
    """A verbless fragment: "Someone suggesting that ...", "Or his claims that ...".

    Only two openings are trusted, because a clause can start with almost any
    noun phrase: an indefinite pronoun followed by a participle or "who", and
    "Or" followed by a determiner and a noun phrase with no finite verb before
    its "that" complement.
    """
    if len(lowers) < 3:
        return False
    if lowers[0] in _INDEFINITE_SUBJECT:
        second = lowers[1]
        if not (second.endswith("ing") or second == "who"):
            return False
        rest = lowers[2:]
    elif lowers[0] == "or" and lowers[1] in _DETERMINERS:
        if "that" not in lowers:
            return False
        rest = lowers[2 : lowers.index("that")]
    else:
        return False
    prev = lowers[1]
    for w in rest:
        if w == "that" and lowers[0] in _INDEFINITE_SUBJECT:
            return True  # the complement of the participle: no main verb before
        if w in _FINITE or _is_past(w, prev):
            return False
        prev = w
    return lowers[0] == "or"


def _is_content_teaser(lowers: list[str]) -> bool:
    """A noun phrase naming what the page carries: "A summary of the week's news.".

    "Details about road closures on 3 May", "A compilation of brief reports
    for Friday", "Videos of the parade": the page's own teaser, body but no
    claim (annotation notes 27; a teaser that is only a noun phrase). It
    opens with a noun of the page's content (``page-content`` words, after
    "a", "an" or "the") and "of", "about", "on", "for" or "from", and has no
    verb a clause needs: "A summary of the review was published on Monday"
    and "Details about the plan emerged" tell of events, "A list of
    donors shows that ..." reports ("news reports" is a noun: reporting
    words alone do not count).
    """
    k = 1 if lowers[:1] and lowers[0] in _CONTENT_OPENERS else 0
    if (
        len(lowers) < k + 3
        or len(lowers) > _CONTENT_TEASER_WORDS
        or lowers[k] not in _PAGE_CONTENT
        or lowers[k + 1] not in _CONTENT_LINKS
    ):
        return False
    prev = lowers[k + 1]
    for j in range(k + 2, len(lowers)):
        w = lowers[j]
        after = lowers[j + 1] if j + 1 < len(lowers) else ""
        if w == "may" and (prev[0].isdigit() or after[:1].isdigit()):
            pass  # the month: "on 9 May", "for Friday, May 2"
        elif w in _FINITE or w in _CLAUSE_MARKERS or _is_past(w, prev):
            return False
        prev = w
    return True


def _has_name(doc: Document, idx: range) -> bool:
    """A capitalised name; the first word counts if the text names it elsewhere."""
    text, starts, lowers = doc.text, doc.words.starts, doc.words.lowers
    for k in idx:
        low = lowers[k]
        if not text[starts[k]].isupper() or low in _NOT_NAMES:
            continue
        if k > idx.start or named_mid_sentence(doc, low):
            return True
    return False
