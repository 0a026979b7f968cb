"""The shape of one line or piece, and the tests read from it alone.

:class:`_Shape` (words, case, last mark) and the patterns and tests for
captions and credits, datelines, author bios, separators, bare links,
blurbs, pointers and calls to action, and speaker turns in transcripts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import product

from reliability.resources import load_lexicon
from reliability.segment.boilerplate.patterns import (
    _ASCII_WORD,
    _DASH,
    _HEADLINE_WORDS,
    _LIST_BULLETS,
    _LONG_CHARS,
    _MONTH,
    _NOT_PLAIN,
    _PASTED,
    _SHORT,
    _SMALL,
    _WORD,
)
from reliability.segment.sentences import CLOSERS, OPENERS, Piece
from reliability.words import saying_verbs


@dataclass(slots=True)
class _Shape:
    """What the layout rules need to know about one sentence."""

    words: int
    last: str  # last character before closing marks
    first: str
    title_case: bool
    first_word: str
    last_word: str
    upper: bool = False  # every letter is a capital: "FULL TEXT."


_CLOSERS_SPACE = CLOSERS + " \u00a0"


def _shape(s: str) -> _Shape:
    if len(s) > _LONG_CHARS:
        return _Shape(1000, s.rstrip(CLOSERS)[-1:], s[0], False, "", "")
    plain = s.isascii() or _NOT_PLAIN.search(s) is None
    toks = (_ASCII_WORD if plain else _WORD).findall(s)
    n = len(toks)
    core = s.rstrip(_CLOSERS_SPACE)
    if not n:
        return _Shape(0, core[-1:], s[0], False, "", "", False)
    return _Shape(
        n,
        core[-1:],
        s[0],
        n <= _PASTED
        and _title_case(toks),  # only short lines are headlines or crossheads
        toks[0].lower(),
        toks[-1].lower(),
        n <= _SHORT and s.isupper() and sum(map(len, toks)) >= 4,
    )


# Every spelling of the small words, capitals or not: ``t in`` it is
# ``t.lower() in _SMALL`` without the call (no other letter lower-cases to
# theirs).
_SMALL_ANY_CASE = frozenset(
    "".join(spelling)
    for w in _SMALL
    for spelling in product(*((c, c.upper()) for c in w))
)


def _title_case(toks: list[str]) -> bool:
    """Whether the words ``toks`` of a line are capitalised as a title's.

    The words after the first that are not small words ("of", "the") are
    capitalised: three in four of them in a short line, every one in a
    long title ("Agency Fines Bank for ..."), and two of them at least.
    """
    strict = len(toks) > _SHORT + 3
    long_words = caps = 0
    for t in toks[1:]:
        c = t[0]
        if c.isalpha() and t not in _SMALL_ANY_CASE:
            long_words += 1
            if c.isupper():
                caps += 1
            elif strict:
                return False  # a long title has no word in lower case
    least = long_words if strict else 0.75 * long_words
    return long_words >= 2 and caps >= least


# "... before the game. Image: Jane Roe." / "(Credit: Jane Roe / Agency)":
# a credit label and a name (with an agency after a slash) that end the line.
_CREDIT_TAIL = re.compile(
    r"(?:^|[\s(\[]|(?<=[a-z]\.))"
    r"(?:Image|Photo|Photograph|Picture|Credit|Video|Camera)s?"
    r"(?::| by:?| credit:?| source:?)[ \t\u00a0]+"
    r"[A-Z][\w.'\u2019&-]*+(?:(?:[ \t\u00a0]*+[/|,][ \t\u00a0]*+|[ \t\u00a0]++"
    r"(?:(?:via|for|and|of)[ \t\u00a0]++)?+)[A-Z][\w.'\u2019&-]*+){0,8}"
    r"[)\]]?\.?$"
)
# "- March 3, 2020 - Agency approves ...": a dated link in a list of releases.
_DATED_LINK = re.compile(
    rf"[-\u2013\u2022*\u00b7]?[ \t\u00a0]*+{_MONTH}"
    r"[ \t\u00a0]\d{1,2},[ \t\u00a0]\d{4}"
    rf"[ \t\u00a0]*+(?:{_DASH}|\|)[ \t\u00a0]*+\S"
)
# "- Agency approves a new test (3 March)": a listed headline with its date in
# brackets at the end, no stop.
_BRACKET_DATE = re.compile(
    rf"[ \t\u00a0]\((?:\d{{1,2}}[ \t\u00a0]{_MONTH}|{_MONTH}[ \t\u00a0]\d{{1,2}})"
    r"(?:,?[ \t\u00a0]\d{4})?\)$"
)
# "Clinics report fewer cases of flu 3 May 2016": a listed headline with its
# date printed after its last word, no stop (a list of releases or related
# stories). The word before the date is no function word ("... held on 3 May
# 2016" is a sentence cut off), no day's name and no verb of publishing.
_DATE_AFTER_HEAD = re.compile(
    r"(?<![^ \t\u00a0])(?P<word>[^\W\d_][\w'\u2019-]*+)[ \t\u00a0]++"
    rf"(?:\d{{1,2}}[ \t\u00a0]{_MONTH}|{_MONTH}[ \t\u00a0]\d{{1,2}},)"
    r"[ \t\u00a0]\d{4}$"
)
_DATE_HEAD_WORDS = 5  # words in such a line, at least
_NOT_HEAD_END = frozenset(
    "published updated posted released issued dated monday tuesday wednesday "
    "thursday friday saturday sunday".split()
)
# "SPRINGFIELD, March 3." or "Springfield, Ill., March 3, 2020": a dateline
# left on a line of its own.
_BARE_DATELINE = re.compile(
    r"[A-Z][\w'\u2019-]*+(?:[ \t\u00a0][A-Z][\w'\u2019-]*+){0,3}+,"
    r"(?:[ \t\u00a0][A-Z][\w.]*+,)?+"
    rf"[ \t\u00a0](?:{_MONTH}[ \t\u00a0]\d{{1,2}}(?:,[ \t\u00a0]\d{{4}})?"
    # "LONDON, 3 March." / "LONDON, 3 March 2020."
    rf"|\d{{1,2}}[ \t\u00a0]{_MONTH}(?:[ \t\u00a0]\d{{4}})?)\.?"
)
# "Jane Roe is a staff reporter for the Daily Courier." / "... covers city hall
# for ...": the author's bio line under a story.
_BIO = re.compile(
    r"[A-Z][\w'\u2019-]+(?:[ \t\u00a0][A-Z][\w.'\u2019-]+){1,3}[ \t\u00a0]"
    r"(?:is|was)[ \t\u00a0](?:a|an|the)[ \t\u00a0](?:[\w-]+[ \t\u00a0]){0,4}?"
    r"(?:reporter|writer|correspondent|editor|columnist|contributor|journalist|"
    r"producer|photographer|intern|fellow)s?[ \t\u00a0](?:for|at|with|based|who|"
    # "Jane Roe is a freelance writer living in Springfield."
    r"covering|living|and)\b"
    # "Jane Roe covers city hall for the Daily Courier."
    r"|(?!The[ \t\u00a0])[A-Z][\w'\u2019-]+(?:[ \t\u00a0][A-Z][\w.'\u2019-]+){1,3}"
    r"[ \t\u00a0](?:covers|writes[ \t\u00a0]about|reports[ \t\u00a0]on)"
    r"[ \t\u00a0][^.;:]{1,80}?[ \t\u00a0](?:for|at)[ \t\u00a0][^.;:]{1,60}\.$"
    # "Jane Roe is the Courier's city hall reporter."
    r"|[A-Z][\w'\u2019-]+(?:[ \t\u00a0][A-Z][\w.'\u2019-]+){1,3}[ \t\u00a0]is"
    r"[ \t\u00a0](?:a|an|the)[ \t\u00a0](?:[\w'\u2019-]+[ \t\u00a0]){0,4}?"
    r"(?:reporter|writer|correspondent|columnist|photographer)\.$"
    # "Jane Roe has covered city hall for the Daily Courier since 2015."
    r"|(?!The[ \t\u00a0])[A-Z][\w'\u2019-]+(?:[ \t\u00a0][A-Z][\w.'\u2019-]+){1,3}"
    r"[ \t\u00a0]has[ \t\u00a0]"
    r"(?:covered|reported[ \t\u00a0]on|written[ \t\u00a0]about)"
    r"[ \t\u00a0][^.;:]{1,80}?[ \t\u00a0](?:for|at)[ \t\u00a0](?:the[ \t\u00a0])?[A-Z]"
    r"[^.;:]{0,60}?[ \t\u00a0]since[ \t\u00a0]\d{4}\.$"
    # "Jane Roe is Senior Editor-at-Large at the Daily Courier." (a title in
    # capitals, no article) / "... is a political analyst for ...".
    r"|[A-Z][\w'\u2019-]+(?:[ \t\u00a0][A-Z][\w.'\u2019-]+){1,3}[ \t\u00a0]is"
    r"[ \t\u00a0](?:(?:[A-Z][\w-]*+[ \t\u00a0]){0,3}?(?:Reporter|Writer|"
    r"Correspondent|Editor|Columnist|Contributor|Analyst|Commentator)"
    r"|(?:a|an|the)[ \t\u00a0](?:[\w-]+[ \t\u00a0]){0,4}?(?:analyst|commentator))"
    r"(?:-[\w-]+)?[ \t\u00a0](?:for|at|with)[ \t\u00a0]"
)
_BIO_WORDS = 40
# How every branch of ``_BIO`` opens: a capitalised word, a space, a capital.
_NAME_OPENS = re.compile(r"[A-Z][\w'\u2019-]*+[ \t\u00a0][A-Z]")
# The last four characters of an image's file name ("harbour-wall.jpg").
_IMAGE_ENDS = frozenset({".png", ".jpg", "jpeg", ".gif", ".svg", "webp"})
# An e-mail address in a short sentence: "Reach her directly at jroe@example.com."
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_WORDS = 20
# A table's or figure's caption, its label and number first: "Table 1.
# Rainfall by month.", "Figure 3: The harbour wall", "Graph, Homes built by
# region". The label alone before a comma or colon too: "Chart: ...".
_FIGURE_WORDS = ("Table", "Figure", "Fig.", "Chart", "Graph", "Exhibit", "Plate")
_FIGURE_LABEL = re.compile(
    r"(?:Table|Figure|Fig\.|Chart|Graph|Exhibit|Plate)"
    r"(?:[ \t\u00a0]\d{1,3}[a-z]?[.:,]|[:,])[ \t\u00a0]+[A-Z]"
)
# A caption points at the people shown: "The mayor (left) and the engineer
# ...", "From left: Jane Roe, Sam Field". A tabloid's body points at its
# photos too ("Jane Roe (pictured) was ..."): "pictured" makes a caption only
# on a line without a stop (``_pictured_caption``).
_POINTS_AT = re.compile(r"\((?:(?i:left|right|centre|center)|L|L-R|R-L|L to R)\)")
_FROM_LEFT = re.compile(
    r"(?<!\w)(?i:from[ \t\u00a0]+left|left[ \t\u00a0]+to[ \t\u00a0]+right):"
)
# A news photo's caption ends with the day the picture was taken, after a
# comma and the place: "Fans wave flags in Springfield, Ill., Friday, May 3,
# 2019." A body sentence dates an event with a preposition ("on May 3, 2019",
# "Today is Friday, May 3, 2019.").
_DATED_CAPTION = re.compile(
    r"(?<!day),[ \t\u00a0]++"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ \t\u00a0]++)?"
    rf"{_MONTH}[ \t\u00a0]\d{{1,2}},[ \t\u00a0]\d{{4}}\.$"
)
# ... and it tells what the picture shows in the present tense.
_PAST = frozenset("was were had said did".split())
# What a news photo shows someone doing, in the present tense of captions:
# "Jane Roe gestures as she speaks", "... looks on during the hearing". A
# report tells it in the past ("spoke during"); "to speak as" is no caption.
_CAPTION_VERB = re.compile(
    r"(?<=[a-z),][ \t\u00a0])"
    r"(?:speaks|gestures?|looks?[ \t\u00a0]on|waves|smiles|poses?)"
    r"[ \t\u00a0](?:as|during|while)[ \t\u00a0]"
)
_NOT_SUBJECT = frozenset("a an the his her their its our this that to".split())
# A gallery's counter: "Image 2 of 12", "Photo 3/8".
_GALLERY = re.compile(
    r"(?i:image|photo|picture|slide)s?[ \t\u00a0]++\d+"
    r"[ \t\u00a0]*+(?:of|/)[ \t\u00a0]*+\d+"
)
# An author's accounts: "Follow Jane Roe on Twitter", "Follow her on X".
_FOLLOW = re.compile(
    r"Follow[ \t\u00a0]++(?:[A-Z][\w.'\u2019-]*+[ \t\u00a0]++){1,4}+on[ \t\u00a0]++"
    r"(?:(?:Twitter|X|Instagram|Facebook|Bluesky|Threads|LinkedIn|Mastodon|TikTok)\b"
    # "... on facebook.com/jane.roe"
    r"|[\w-]++\.(?:com|org|net)/)"
    # "Follow @janeroe", "Follow Courier reporters @janeroe and @samfield"
    r"|Follow[ \t\u00a0][^.!?@]{0,60}@\w"
)
# A gallery's label: "Slideshow (3 Images)".
_SLIDESHOW = re.compile(
    r"(?i:slideshow|gallery)[ \t\u00a0]\(\d+[ \t\u00a0](?i:images?|photos?)\)"
)
# A credit to who lent the picture: "Courtesy Jane Roe", "Courtesy of the Roe
# family".
_COURTESY = re.compile(
    r"Courtesy(?:[ \t\u00a0]of)?:?[ \t\u00a0](?:the[ \t\u00a0])?[A-Z][^.!?]{0,60}"
)
# A wire service's tag after a dateline: "PORTVILLE, March 3. /NewsWire/."
_AGENCY_TAG = re.compile(r"[/(\[][A-Z][\w .&'-]{0,30}[/)\]]\.?")
# A sign-up prompt: "Sign up for our weekly newsletter", "Subscribe to the
# Morning Brief newsletter." (a body sentence about a newsletter does not
# open with the imperative).
_NEWSLETTER = re.compile(
    r"(?:Sign[ \t\u00a0]up|Subscribe|Register|(?:Get|Join)[ \t\u00a0]our)"
    r"[ \t\u00a0][^.!?]{0,60}?"
    r"\b[Nn]ewsletters?\b[^.!?]{0,60}[.!]?[ \t\u00a0\])]*$"
)
# Where the story was published first: "This article originally appeared in
# the Valley Ledger.", "This story was first published by ...".
_REPUBLISHED = re.compile(
    r"This[ \t\u00a0](?:article|story|piece|post|column|essay|op-ed|"
    r"commentary)\b[^.!?]{0,40}?[ \t\u00a0](?:originally|first)"
    r"[ \t\u00a0](?:appeared|published|ran)\b"
)
# Where a copy comes from, or under which licence it is shared: "This text
# comes from the Valley Ledger.", "This content is distributed under a
# Creative Commons licence.", "This story was adapted from a report by ...",
# "This is a partial translation of an article from ...".
_COPY_NOTICE = re.compile(
    r"This[ \t\u00a0](?:(?:article|story|text|content|piece|post|page|material)\b"
    r"[^.!?]{0,40}?[ \t\u00a0](?:comes[ \t\u00a0]from|came[ \t\u00a0]from"
    r"|(?:is|was|has[ \t\u00a0]been)[ \t\u00a0](?:(?:re)?published[ \t\u00a0]under"
    r"|distributed[ \t\u00a0]under|licensed[ \t\u00a0]under|translated[ \t\u00a0]from"
    r"|adapted[ \t\u00a0]from|reprinted[ \t\u00a0](?:from|with)))\b"
    r"|is[ \t\u00a0]an?[ \t\u00a0](?:[\w-]+[ \t\u00a0]){0,3}?translation"
    r"[ \t\u00a0]of\b)"
)
_COPY_NOTICE_WORDS = 30  # words in such a notice, at most
# The series a story belongs to, named under it: "This article is part of
# our series on housing.", "This story is part of a project on ..."
_SERIES = re.compile(
    r"This[ \t\u00a0](?:article|story|piece|post|report|essay|column|episode)"
    r"[ \t\u00a0]is[ \t\u00a0]part[ \t\u00a0]of[ \t\u00a0](?:a|an|our|the)[ \t\u00a0]"
)
_SERIES_WORDS = 30
# A label over links to the site's other stories: "More from the Daily
# Courier", "More in Business" (a sentence goes on in lower case).
_MORE_FROM = re.compile(
    r"(?:More|MORE)[ \t\u00a0](?:from|in|on|FROM|IN|ON)[ \t\u00a0](?:the[ \t\u00a0])?"
    r"[A-Z][\w&'\u2019.-]*+(?:[ \t\u00a0][A-Z][\w&'\u2019.-]*+){0,3}+:?"
)
# A section or topic page's blurb under its name: "The latest news and
# analysis on the election.", "The latest developments in the flood."
_BLURB = re.compile(
    r"The[ \t\u00a0]latest[ \t\u00a0](?:news|developments|updates|headlines|stories"
    r"|videos|coverage)(?:[ \t\u00a0]and[ \t\u00a0][a-z]+)?[ \t\u00a0]"
    r"(?:on|about|in|from|of|for)[ \t\u00a0][^.!?]{1,80}\.?"
)
_BLURB_WORDS = 15
# A verb turns the blurb into a sentence: "The latest news from the front was
# grim."
_BLURB_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|shows?|"
    r"showed|suggests?|said|says|came|comes)\b"
)
# A broadcast report's sign-off: "Jane Roe, Metro News, Springfield.", "For
# Metro Radio News, I'm Jane Roe." (annotation notes, decision 26: credit
# lines of video and audio reports).
_SIGN_OFF_LINE = re.compile(
    r"[A-Z][\w'\u2019.-]+(?:[ \t\u00a0][A-Z][\w'\u2019.-]+){1,3},[ \t\u00a0]"
    r"(?:[A-Z][\w&'\u2019.-]*[ \t\u00a0]){1,4}[Nn]ews,[ \t\u00a0]"
    r"[A-Z][\w'\u2019.-]*(?:[ \t\u00a0,]+[A-Z][\w'\u2019.-]*){0,3}\.?"
    r"|For[ \t\u00a0](?:[A-Z][\w&'\u2019.-]*[ \t\u00a0]?){1,5},[ \t\u00a0]"
    r"I['\u2019]m[ \t\u00a0][A-Z][\w'\u2019.-]+"
    r"(?:[ \t\u00a0][A-Z][\w'\u2019.-]+){0,3}\.?"
)
# A press office's section of a site, named on a line of its own: "Newsroom",
# "2016 Newsroom", "Agency Newsroom".
_NEWSROOMS = frozenset({"newsroom", "pressroom"})
_SECTION_WORDS = 4  # words in such a label, at most
# A letter's salutation on a line of its own: "Dear Colleague,", "Dear
# Minister Lee and Ms Roe:", "Dear members of the board,".
_SALUTATION = re.compile(
    r"Dear(?:[ \t\u00a0]++[\w.'\u2019&-]++){1,8}?[ \t\u00a0]*+[,:]"
)
# A letter's or newsletter's greeting or closing on a line of its own, ending
# in a comma: "To all our readers,", "Hi everyone,", "Yours in friendship,",
# "Stay safe and well,", "With best wishes,". A speech's address to its
# audience ("Friends and colleagues,") opens with none of these words.
_SP = "[ \t\u00a0]+"
_LETTER_LINE = re.compile(
    rf"(?:To{_SP}(?:all|every)|Hi|Hello|Greetings|Yours|Sincerely|Regards|Best"
    rf"|Warmly|Warmest|Thanks|Thank{_SP}you|Many{_SP}thanks|Cheers"
    rf"|Stay{_SP}(?:safe|well|healthy|strong)|Take{_SP}care|All{_SP}the{_SP}best"
    rf"|Respectfully|Cordially|In{_SP}solidarity|Until{_SP}next{_SP}time"
    rf"|With{_SP}(?:best|warm|kind|many|love|thanks|gratitude)|Love(?=,))"
    r"\b[^,.!?;:]*+,"
)
_LETTER_LINE_WORDS = 6  # words in such a line, at most
# A pointer to more of the site's coverage: "For more information on the
# fund, see the council's website.", "For the latest updates, follow our live
# page." (annotation notes, decision 26: follow and pointer lines).
_POINTER = re.compile(
    r"(?:And[ \t\u00a0]+)?[Ff]or[ \t\u00a0]+"
    r"(?:(?:more|even[ \t\u00a0]more|further|additional|the[ \t\u00a0]latest|full)"
    r"[ \t\u00a0]+)?(?:[\w'\u2019-]+[ \t\u00a0]+){0,3}?"
    r"(?:information|info|coverage|updates|news|details|stories|analysis)\b"
    r"[^.!?]{0,100}?[ \t\u00a0,]+(?:please[ \t\u00a0]+)?"
    r"(?:visit|see|go[ \t\u00a0]to|check[ \t\u00a0]out|click|follow|tap[ \t\u00a0]into"
    r"|contact|call|e-?mail|subscribe|head[ \t\u00a0]to)\b"
)
_POINTER_WORDS = 40
# A call to action that sends the reader to the outlet's channels: an
# imperative verb of following, visiting or signing up at the head of the
# sentence ("Visit our website to ...", "Follow the mayor's office on X at
# @...", "Stay current by subscribing to our e-mail updates.", "Learn how to
# stream the launch on our app."), and a web channel later in it. A news
# sentence rarely opens with an imperative; "Stay tuned ..." and "Follow the
# money" name no channel.
_CALL_TO_ACTION = re.compile(
    r"(?:Please[ \t\u00a0]+)?(?i:"
    # A verb, then a channel later in the sentence ...
    r"(?:visit|follow|subscribe|sign[ \t\u00a0]up|register|join[ \t\u00a0]us"
    r"|learn[ \t\u00a0](?:more|how)|explore|download|watch|listen|stream"
    r"|check[ \t\u00a0]out|like[ \t\u00a0]us|connect[ \t\u00a0]with|keep[ \t\u00a0]up"
    r"|find[ \t\u00a0](?:us|out[ \t\u00a0]more)|stay[ \t\u00a0](?:current"
    r"|up[ \t\u00a0]to[ \t\u00a0]date|connected|informed|in[ \t\u00a0]touch)"
    r"|get[ \t\u00a0](?:the[ \t\u00a0]latest|updates|alerts|breaking))\b"
    r"[^\"\u201c\u201d]*?\b(?:web[ \t\u00a0]?site|web[ \t\u00a0]?page"
    r"|home[ \t\u00a0]?page|facebook|twitter|instagram|youtube|linkedin|tiktok"
    r"|bluesky|threads|flickr|newsletters?|e-?mail[ \t\u00a0](?:updates|alerts)"
    r"|podcasts?|rss|app)\b"
    # ... or a handle or a web address.
    r"|(?:visit|follow|subscribe|register|watch|listen|download|learn[ \t\u00a0]more)"
    r"\b[^\"\u201c\u201d]*?(?:@\w|https?://|www\.|\bon[ \t\u00a0](?-i:X)\b))"
)
_CALL_TO_ACTION_WORDS = 40  # words in such a sentence, at most
_CALL_TO_ACTION_HEADS = tuple("CDEFGJKLPRSVW")  # their first letters
# An instruction on how to use the page, to the reader: "Click on the map to
# see ...", "To watch the full speech, click here.", "Refresh this page for
# the latest.", "Use the drop-down menu to filter ...", "Please fill in this
# survey." (ANNOTATION.md: navigation; annotation notes, decision 4: UI
# text). The sentence opens with the imperative, after "Please" or a "For
# ...," / "To ...," / "If ...," lead-in. A verb only a screen takes ("click",
# "scroll") is enough; a verb that also has other objects ("use", "enter",
# "fill in") needs a part of the page after it.
_UI_LEAD = (
    r"(?:[Pp]lease[ \t\u00a0,]+)?"
    r"(?:(?:For|To|If)\b[^,.;:!?\n]{1,80},[ \t\u00a0]+(?:please[ \t\u00a0]+)?)?"
)
_UI_ONLY = re.compile(
    _UI_LEAD + r"(?i:click|tap|scroll|hover|swipe|refresh|reload)[ \t\u00a0]+"
    r"(?:here|on|the|this|to|down|up|a|an|either|any|one|below|above|through|over)\b"
)
_UI_VERB = re.compile(
    _UI_LEAD + r"(?i:use|select|choose|enter|type|fill[ \t\u00a0](?:in|out)|press"
    r"|toggle|zoom|drag)[ \t\u00a0]+[a-z]"
)
_UI_PART = re.compile(
    r"\b(?:page|site|website|web[ \t\u00a0]site|buttons?|menus?|drop-?down|links?"
    r"|tabs?|search|filters?|keywords?|survey|form|fields?|icons?|screen|arrows?"
    r"|slider|checkbox)\b"
)
_UI_WORDS = 30  # words in such an instruction, at most
# An icon font's name for its icon, or an image's file name, left alone on a
# line by extraction: "arrow_upward", "icon_share", "play_arrow".
_ICON_NAME = re.compile(r"[a-z][a-z0-9]*+(?:_[a-z0-9]++)++")
# The first words of such instructions and notes (a cheap test before the
# patterns).
_UI_OPENERS = frozenset(
    "choose click drag enter fill for hover if please press refresh reload scroll "
    "select swipe tap to toggle type use you you'll you\u2019ll zoom".split()
)
# A note to the reader about the site itself: "Please acknowledge the agency
# as the source of material from this site.", "You can find everything you
# need on this website." The outlet's own news about its page ("We will update
# this page when ...") is body (annotation notes, decision 5).
_SITE_NOTE = re.compile(
    r"(?:[Pp]lease\b|You[ \t\u00a0](?:can|may|will|could|might)\b|You['\u2019]ll\b)"
    r"[^\"\u201c\n]*?\b(?:this|our)[ \t\u00a0]"
    r"(?:website|web[ \t\u00a0]site|site|web[ \t\u00a0]?page|page)\b"
)
# A wire story's date stub left without its place: "June 3 (Agency) -",
# "June 3, 2021 (Metro Wire) --".
_DATE_STUB = re.compile(
    rf"{_MONTH}[ \t\u00a0]\d{{1,2}}(?:,[ \t\u00a0]\d{{4}})?"
    rf"[ \t\u00a0]*+\([\w. ]{{1,30}}+\)[ \t\u00a0]*+{_DASH}{{1,2}}"
)
# A link's text at the end of a sentence: "The full report is available
# here.", "You can read the minister's statement here.", "Download the
# leaflets here:" (the link on the line below).
_HERE_LINK = re.compile(
    r"(?:\b(?:is|are|be)[ \t\u00a0](?:(?:now|also|shortly|soon)[ \t\u00a0])?"
    r"available(?:[ \t\u00a0](?:now|shortly|soon|online))?"
    r"|\b(?:[Ff]ind|[Rr]ead|[Ww]atch|[Vv]iew|[Dd]ownload|[Aa]ccess|[Ss]ee|[Ff]ollow)"
    r"[ \t\u00a0]"
    r"(?:the|a|an|our|his|her|its|their|this|these|more|all)[ \t\u00a0][^.!?]{1,80}?)"
    r"[ \t\u00a0]here[.:]?$"
)
_HERE_WORDS = 30
# Where more of it can be had: "The full report is available on the council's
# website.", "Past releases are available through the agency's archive."
_AVAILABLE_AT = re.compile(
    r"\b(?:is|are)[ \t\u00a0](?:(?:now|also)[ \t\u00a0])?available[ \t\u00a0]"
    r"(?:on|at|through|from|via)[ \t\u00a0][^.!?]{0,50}?\b(?:website|web[ \t\u00a0]site"
    r"|site|page|archive|channel)\b"
    # "Details can be found on our website." (not "at the site of the crash")
    r"|\b(?:can|may)[ \t\u00a0](?:also[ \t\u00a0])?be[ \t\u00a0]"
    r"(?:found|viewed|read|accessed|downloaded)[ \t\u00a0](?:on|at|through|from|via)"
    r"[ \t\u00a0][^.!?]{0,50}?\b(?:website|web[ \t\u00a0]site|homepage)\b"
)
# A sentence that sends the reader to a web address it ends with: "For more
# safety tips, go to example.org.", "The report is available to download at
# www.example.gov/report.", "Tickets can be found at example.com."
_WEB_POINTER = re.compile(
    r"(?<![\w-])(?:[Vv]isit|[Gg]o\s+to|[Hh]ead\s+to|[Ll]og\s+on\s+to|[Cc]heck\s+out"
    r"|[Ss]ee|available(?:\s+(?:for|to)\s+download)?\s+(?:at|on|from)"
    r"|(?:can|may)\s+be\s+found\s+(?:at|on))\s+"
    r"(?:https?://)?[\w-]++(?:\.[\w-]++)*?\.[a-z]{2,6}(?:/\S*)?[.!]?"
    r"[\"'\u201d\u2019)]*$"
)
_WEB_POINTER_WORDS = 30  # words in such a sentence, at most
_WEB_REACH = 160  # characters before the end looked at for it
# An app's download prompt: "Download the Daily Courier app for alerts."
_GET_APP = re.compile(
    r"Download[ \t\u00a0](?:the|our)[ \t\u00a0]"
    r"(?:[A-Z][\w&'\u2019-]*+[ \t\u00a0]){0,4}+(?:news[ \t\u00a0])?app\b"
)
# The reporter's sign-off under the story: "\u2014 Jane Roe", "\u2013 Jane Roe,
# Daily Courier"; a letter writer's: "\u2013 Jane Roe, Springfield, Ill.".
_SIGN_OFF = re.compile(
    r"[\u2014\u2013\u2015]{1,2}[ \t\u00a0]*+[A-Z][\w.'\u2019-]*+"
    r"(?:[ \t\u00a0]++[A-Z][\w.'\u2019-]*+){1,3}+"
    r"(?:,[ \t\u00a0]*+[A-Z][\w.'\u2019&-]*+"
    r"(?:[ \t\u00a0]++[A-Z][\w.'\u2019&-]*+){0,3}+){0,2}+"
)
_CREDIT_CHARS = 120  # a credit is this near the end of its caption
# A photographer and agency in brackets at the end of a caption.
_PAREN_CREDIT = re.compile(
    r"\((?:[A-Z][\w.'\u2019&-]*+[ \t\u00a0]?+){1,4}+[ \t\u00a0]?/[ \t\u00a0]?"
    r"(?:[A-Z][\w.'\u2019&-]*+[ \t\u00a0]?+){1,5}+\)$"
)
# The words a credit label opens with: a caption without one is no credit.
_CREDIT_WORDS = re.compile("Image|Photo|Picture|Credit|Video|Camera")


def credit_tail(s: str) -> bool:
    """Whether ``s`` ends in a photo credit: a caption.

    >>> credit_tail("Fans cheer before kick-off Image: Jane Roe.")
    True
    >>> credit_tail("A barge on the river (Credit: Jane Roe / Harbour Agency)")
    True
    >>> credit_tail("She took the photo herself.")
    False
    """
    tail = s[-_CREDIT_CHARS:]
    return bool(_CREDIT_WORDS.search(tail) and _CREDIT_TAIL.search(tail))


# A broadcaster's credit line under a video or audio story: who reports from
# where, who narrates ("CNN's Ann Lee reports from Kyiv.", "For VOA, Ann Lee
# reports from Lagos.", "Ben Ray narrates.", "Our correspondent Ann Lee has
# the story from Paris."): annotation notes, decision 26 (credit lines of
# video listings). A bare "Ann Lee has more." or "Ann Lee reports." may close
# the story's own text and is left to it.
_REPORTER_LINE = re.compile(
    r"(?:For (?:the )?[A-Z][\w&.-]*+(?: [A-Z][\w&.-]*+){0,3}, )?"
    r"(?:With [A-Z][^,.]{2,60} contributing, )?"
    r"(?:(?:Our|Our own) (?:[a-z]+ )?(?:correspondent|reporter|editor) )?"
    r"(?:The [A-Z][\w&.-]*+(?: (?:[A-Z][\w&.-]*+|of|and)){0,3}['\u2019]s )?"
    r"(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|You|Police)\b)"
    r"[A-Z][\w.'\u2019-]*+(?: (?:[A-Z][\w.'\u2019-]*+|de|da|van|von|al|bin)){0,6}"
    r"(?: narrates(?: in [A-Z][a-z]+)?"
    r"| (?:reports|has (?:the|our) story) (?:in|from) (?:the )?[A-Z\u201c\"]"
    r"(?:(?! that | who | which | after | said )[^.;:?!]){1,80})"
    r"(?:, narrated by [A-Z][^.;:?!]{2,40})?\.?"
)


def reporter_line(s: str) -> bool:
    """Whether ``s`` is a broadcaster's credit line: who reports or narrates.

    >>> reporter_line("CNN's Ann Lee reports from Kyiv.")
    True
    >>> reporter_line("With Sam Roe contributing, Kim Park reports from Seoul.")
    True
    >>> reporter_line("The company reports higher profits.")
    False
    >>> reporter_line("Smith has more than 20 convictions.")
    False
    """
    return (
        "narrat" in s or " reports " in s or " story " in s
    ) and _REPORTER_LINE.fullmatch(s) is not None


def dated_link(s: str) -> bool:
    """Whether ``s`` is a dated headline in a list of releases.

    >>> dated_link("- March 3, 2020 - Agency approves a new test")
    True
    >>> dated_link("On March 3, 2020, the agency approved a new test.")
    False
    """
    return bool(_DATED_LINK.match(s))


def _date_after_head(raw: str, shape: _Shape) -> bool:
    """Whether line ``raw`` is a listed headline with its date after it, no stop.

    >>> _date_after_head("Clinics report fewer cases of flu 3 May 2016",
    ...     _shape("Clinics report fewer cases of flu 3 May 2016"))
    True
    >>> _date_after_head("The council will vote on the plan on May 3, 2016",
    ...     _shape("The council will vote on the plan on May 3, 2016"))
    False
    """
    if shape.words < _DATE_HEAD_WORDS or raw[0] in OPENERS or raw[0] in _LIST_BULLETS:
        return False
    m = _DATE_AFTER_HEAD.search(raw, max(0, len(raw) - _DATE_HEAD_REACH))
    if m is None:
        return False
    word = m.group("word").lower()
    return word not in _NOT_HEAD_END and word not in _join_stop_words()


_DATE_HEAD_REACH = 48  # characters at a line's end looked at for the date


def _dated_lede(shape: _Shape) -> bool:
    """Whether a line opening with a date and a dash is a story's first sentence.

    "May 3, 2020 – The council approved the budget on Friday after a long
    debate about the cost of repairs to the harbour wall.": a release's or a
    press service's dateline opens a sentence that ends in a stop and runs
    longer than a headline; a listed headline has no stop ("March 3, 2020 -
    Agency approves a new test").
    """
    return shape.last in ".!?" and shape.words > _HEADLINE_WORDS


def bare_dateline(s: str) -> bool:
    """Whether ``s`` is a dateline alone: a place and a date, no story.

    >>> bare_dateline("SPRINGFIELD, March 3.")
    True
    >>> bare_dateline("Springfield, Ill., Oct. 12, 2019")
    True
    >>> bare_dateline("Springfield, March 3. The mayor resigned.")
    False
    """
    return bool(_BARE_DATELINE.fullmatch(s))


def author_bio(s: str, words: int) -> bool:
    """Whether ``s`` (of ``words`` words) is an author's bio line.

    >>> author_bio("Jane Roe is a staff reporter for the Daily Courier.", 10)
    True
    >>> author_bio("The mayor is a former reporter.", 6)
    False
    """
    # Every bio opens with a name of two capitalised words at least: one
    # quick match rules out the rest before the five-branch one.
    return words <= _BIO_WORDS and bool(_NAME_OPENS.match(s) and _BIO.match(s))


def _caption_verb(raw: str) -> bool:
    """Whether ``raw`` tells what a photo shows in a caption's present tense.

    "Jane Roe speaks during a rally in Springfield." A sentence in the past
    tense, a quotation, or a noun ("a gesture as") is no caption.
    """
    if not (" as " in raw or " during " in raw or " while " in raw):
        return False
    m = _CAPTION_VERB.search(raw)
    if m is None or '"' in raw or "\u201c" in raw or not raw[0].isupper():
        return False
    before = raw[: m.start()].split()
    return before[-1].lower() not in _NOT_SUBJECT and _PAST.isdisjoint(
        w.lower() for w in _WORD.findall(raw)
    )


def is_separator(s: str) -> bool:
    """Whether ``s`` holds no word at all: a rule or end mark between blocks.

    >>> is_separator("###")
    True
    >>> is_separator("-30-")
    False
    """
    return not _HAS_ALNUM.search(s) and not _ELLIPSIS_ONLY.fullmatch(s)


def is_bare_link(s: str) -> bool:
    """Whether ``s`` is a web address alone ("Direct link" rows, link lists).

    >>> is_bare_link("https://example.org/news/2020/03/item-42")
    True
    >>> is_bare_link("Details are at https://example.org.")
    False
    """
    return bool(_BARE_LINK.fullmatch(s))


_MARKS = re.compile(r"[-\u2013\u2014\u2022*\u00b7|#]+")
# A rule drawn with one character, at least five times.
_RULE_OPENERS = ("_____", "=====", "-----", "*****", "~~~~~")
_BARE_LINK = re.compile(r"(?:https?://|www\.)\S+")
_HAS_ALNUM = re.compile(r"[^\W_]")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_ELLIPSIS_ONLY = re.compile(r"[.\u2026\s]+")


def _is_blurb(raw: str, shape: _Shape) -> bool:
    """Whether ``raw`` is a section's blurb: "The latest news on the election."."""
    return (
        shape.words <= _BLURB_WORDS
        and raw.startswith("The latest ")
        and bool(_BLURB.fullmatch(raw))
        and not _BLURB_VERB.search(raw)
    )


# A wiki template's call left in the text: "{{editprotected}}", "{{cite web}}".
_WIKI_TEMPLATE = re.compile(r"\{\{[^{}\n]{1,60}\}\}")
_LOGO_WORDS = 8  # words in a title-case logo line ("Weather Service Logo"), at most

# A wiki page's section heading keeps its edit link, or the empty brackets
# the link left, glued to its end: "History[edit]", "Early life[]", "[edit]".
_EDIT_LINK = re.compile(r"(?<![\s.!?,;:])\[(?i:edit(?: source)?)?\]$")


def _at_line_start(text: str, a: int) -> bool:
    """Whether only spaces stand between offset ``a`` and the line's start."""
    j = a - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in "\n\r"


@cache
def _join_stop_words() -> frozenset[str]:
    """Words a label never ends in: function words and verbs of saying."""
    out = set(load_lexicon("function_words").entries)
    out.update(saying_verbs())
    return frozenset(out)


# A speaker's label opening a turn of a transcript: "MS ROE: Good afternoon."
# The label is in capitals, as transcripts print it; "Please Note: ..." is not.
# A question and its answer labelled "Q." and "A." (or "Q" alone, as briefing
# transcripts print it) are turns too.
_SPEAKER = re.compile(
    r"(?:(?:[A-Z][A-Z.'\u2019-]*+[ \t\u00a0]){0,5}+[A-Z][A-Z.'\u2019-]*+:"
    r"|[QA]\.?)[ \t\u00a0]++[A-Z\"\u201c]"
)
# A transcript's label with the speaker's office after a comma: "ANN LEE,
# MAYOR:", "TOM HILL, MINISTER FOR TRANSPORT:".
_TITLED_SPEAKER = re.compile(
    r"(?:[A-Z][A-Z.'\u2019-]*+[ \t\u00a0]){0,3}+[A-Z][A-Z.'\u2019-]*+,"
    r"(?:[ \t\u00a0]++[A-Z][A-Z.'\u2019-]*+){1,5}+:[ \t\u00a0]++[A-Z\"\u201c]"
)
# A speaker's greeting that opens a transcript: "Good afternoon, everyone.",
# "My fellow citizens.", "Ladies and gentlemen!", "Thank you, Dr. Lee." (a
# full stop inside it is an abbreviation's: the greeting is one sentence).
_GREETING = re.compile(
    r"(?:Good[ \t\u00a0](?:morning|afternoon|evening|day)|Hello|Hi"
    r"|Thank[ \t\u00a0]you|Thanks"
    r"|Ladies[ \t\u00a0]and[ \t\u00a0]gentlemen)\b[^!?]{0,40}[.!]"
    # An address to the listeners, a few words alone: "Fellow Americans!"
    r"|(?:My[ \t\u00a0](?:dear[ \t\u00a0])?)?[Ff]ellow"
    r"(?:[ \t\u00a0][\w'\u2019-]+){1,3}[.!]"
)
# A speaker's label in title case before the greeting that opens the
# transcript: "Mayor of Springfield Ann Lee: Good afternoon."
_GREETING_LABEL = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*+[ \t\u00a0]++(?:(?:of|the|and|for)[ \t\u00a0]++)*+)"
    r"{0,8}+[A-Z][\w.'\u2019-]*+:[ \t\u00a0]++"
)
_LABELLED_GREETING_WORDS = 20  # words in such a line, at most
_QUESTION_LABELS = ("Q:", "Q.", "Q ", "Q\t")
# A clock time that opens an entry of a live log or blog, then its sentence.
_TIMED_ENTRY = re.compile(
    r"\d{1,2}[:.]\d{2}[ \t\u00a0]*+(?:[ap]\.m\.|[AaPp][Mm]\b)?+"
    r"(?:[ \t\u00a0]++[A-Z]{2,4}\b)?+[ \t\u00a0:\u2013\u2014-]++[A-Z\"\u201c][a-z\s]"
)


def _is_speaker_turn(text: str, p: Piece, shape: _Shape) -> bool:
    """Whether ``p`` opens a line with a speaker's label and a sentence.

    A transcript's first turn ("MS ROE: Good afternoon.") is body, however
    short; a headline with a colon does not end in a full stop. An
    interviewer's question ("Q: Why did you run?") is a turn too, a
    greeting alone on its line ("Good morning.") opens the speaker's first
    turn, and a live log's entry opens with its time ("7:18 p.m. The Senate
    adjourned."). A label that names the speaker's office after a comma
    ("ANN LEE, MAYOR: Ready to go?") opens a turn, a question too.
    """
    if p.whole_line and _GREETING.fullmatch(text, p.start, p.end):
        return True  # "Good morning." alone on its line: the speaker's first words
    if (
        p.whole_line
        and shape.words <= _LABELLED_GREETING_WORDS
        and text.find(":", p.start, p.end) >= 0
    ):
        m = _GREETING_LABEL.match(text, p.start, p.end)
        if m and _GREETING.fullmatch(text, m.end(), p.end):
            return True  # "Mayor of Springfield Ann Lee: Good afternoon."
    if (
        p.whole_line
        and shape.last in ".!?"
        and text[p.start].isdigit()
        and _TIMED_ENTRY.match(text, p.start, p.end)
    ):
        return True  # a live log's entry: "7:18 p.m. The Senate adjourned."
    return (
        (
            shape.last in ".!"
            or shape.last == "?"
            and text.startswith(_QUESTION_LABELS, p.start)
        )
        and (p.whole_line or p.start == 0 or text[p.start - 1] in "\n\r")
        and bool(_SPEAKER.match(text, p.start, p.end))
    ) or (
        shape.last in ".!?"
        and (p.whole_line or p.start == 0 or text[p.start - 1] in "\n\r")
        and bool(_TITLED_SPEAKER.match(text, p.start, p.end))
    )
