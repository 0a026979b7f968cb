"""The claim annotator's words: :class:`ClaimWord`, the cached word lists and patterns.

Word classes come from ``data/lexicons/claim_words.tsv`` (:class:`ClaimWord`),
the evaluative words from ``evaluative.tsv`` and the opening and reporting
frames from ``claim_frames.tsv`` (each kind one of ``_FRAME_KINDS``); the
sets built from them, the regular expressions of musing frames, announcements,
"As <source> says" frames, page pointers and post signatures, and the window
sizes the tests share are defined here once and loaded on first use.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache
from operator import itemgetter

from reliability.annotators.speech import SPEAKER_LABEL
from reliability.errors import ResourceError
from reliability.resources import ClassedLexicon, load_classed_lexicon, load_lexicon
from reliability.words import WordClass, words_of

__all__ = ["ClaimWord"]


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
# A language's name, capitalised: "Japanese", "Spanish", "Arabic", "French".
_LANGUAGE = (
    r"(?-i:(?:[A-Z][a-z]+(?:ese|ish|ian|ic|ean)|French|Dutch|Czech|German|Greek|"
    r"Hindi|Urdu|Hebrew|Farsi|Dari|Pashto|Swahili|Tagalog|Thai|Malay|Creole))\b"
)
# A note on the language the text was first written in: "The original text
# is in Japanese.", "This interview was conducted in Spanish.", "Translated
# from the French by Ann Bell." ("The speech was delivered in Paris" names
# a place, not a language, and stays a claim.)
_TEXT_LANGUAGE = (
    r"(?:the\s+)?original(?:\s+\w+)?\s+(?:text|article|version|story|post|"
    r"statement|document|interview|speech|transcript|report|release)\s+"
    r"(?:is|was)\s+(?:(?:written|published|available)\s+)?in\s+" + _LANGUAGE + r"|"
    r"(?:this|the)\s+(?:article|text|story|post|piece|interview|statement|"
    r"speech|report|release|transcript)\s+(?:was|has\s+been|is)\s+(?:originally\s+)?"
    r"(?:written|published|conducted|given|delivered|recorded)\s+in\s+"
    + _LANGUAGE
    + r"|(?:this\s+(?:article|text|story|post|piece|interview|statement)\s+"
    r"(?:was|has\s+been|is)\s+)?translated\s+(?:from|into)\s+(?:the\s+)?" + _LANGUAGE
)
# A note on the licence of the text or recording itself: "This podcast is
# published under a Creative Commons licence.", "The
# text of this article is released into the public domain.", "All content
# is available under a Creative Commons licence.", "Text may also be
# available under the GNU Free Documentation License." (an organisation's licence
# reported as news, "The agency's images are released under ...", is a claim).
_TEXT_LICENCE = (
    r"(?:(?:the\s+)?(?:text|content|contents|material)\s+of\s+this\s+"
    r"(?:article|page|story|post|site|website|report|release)|"
    r"this\s+(?:text|content|article|story|post|piece|recording|audio|video|"
    r"podcast|photo|photograph|image|page|work|material|report)|"
    r"(?:all\s+)?(?:text|content|material|articles)(?:\s+\w+){0,4}?)\s+"
    r"(?:is|are|has\s+been|have\s+been|was|(?:may|can)\s+(?:also\s+)?be)\s+"
    r"(?:(?:also|hereby|now)\s+)?"
    r"(?:released|licensed|published|available|made\s+available|dedicated|"
    r"distributed)\s+(?:in(?:to)?\s+the\s+public\s+domain|under\b)"
)
# Either note, opening the sentence (a page note, like ``_PAGE_SELF``);
# ``_TEXT_NOTE_WORDS`` gates the match.
_TEXT_NOTE = re.compile(_TEXT_LANGUAGE + r"|" + _TEXT_LICENCE, re.IGNORECASE)
_TEXT_NOTE_WORDS = frozenset(
    {
        "conducted",
        "domain",
        "licence",
        "license",
        "licensed",
        "original",
        "originally",
        "translated",
    }
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


@cache
def _story_lengths() -> tuple[int, ...]:
    """The numbers of words of the story-intro and story-end phrases."""
    frames = _claim_frames()
    return tuple(sorted({len(k) for k, v in frames.items() if v in _STORY_INTRO}))


@cache
def _story_place_lengths() -> tuple[int, ...]:
    """The numbers of words of the story-place phrases ("reports from")."""
    frames = _claim_frames()
    return tuple(sorted({len(k) for k, v in frames.items() if v in _STORY_PLACE}))


@cache
def _cut_frame_verbs() -> frozenset[str]:
    """The one-word reporting verbs that take a content (speech, clause,
    view, tell)."""
    entries = load_lexicon("reporting_verbs").entries
    return frozenset(
        w for w, kind in entries.items() if " " not in w and kind in _CUT_FRAME_KINDS
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


@cache
def _forecast_or_product_words() -> frozenset[str]:
    """Words without which no forecast, possibility or product description matches."""
    return _PRODUCT_VERBS | _FORECAST | _WEATHER | {"possible"}


@cache
def _sentence_keys() -> frozenset[str]:
    """Every word that one of the rarer sentence tests needs to find.

    ``judge_sentence`` intersects a sentence's words with these once; each
    gate then tests that small set instead of scanning the sentence again.
    Every set a gate tests is a subset of this one, so the small set holds
    a word of it exactly when the sentence does.
    """
    return (
        _late_keys()
        | _forecast_or_product_words()
        | _VOICE_KEYS
        | _PAGE_NOTE_WORDS
        | _TEXT_NOTE_WORDS
        | _POINTER_WORDS
        | _NECESSITY
        | _FIRST_PERSON_SUBJECT
        | _MODALS
        | _SPEECH_ACT_KEYS
        | _kind_starts(_OPENING_KINDS)
        | _kind_starts(_BLURB)
        | _kind_starts(_STORY_INTRO)
        | _kind_starts(_HINDSIGHT)
        | {"this", "you", "from"}
    )
