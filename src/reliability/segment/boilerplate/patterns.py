"""Patterns and limits the boilerplate rules share.

Compiled expressions and word limits for glued labels and joins (a date,
headline, byline or share label run into a sentence), letters and words,
bylines, credits, datelines and lede words; no function reads the page here.
"""

from __future__ import annotations

import re

from reliability.segment.sentences import STOPS

# A date label run into the first sentence of a line: "date 2021-10-09 In a
# tweet ..." (annotation notes, decision 3: glued chrome is cut at the join).
# A listing's date run into its teaser: "Monday, May 4, 2009 The council ...".
_GLUED_DATE = re.compile(
    r"(?:(?:(?i:date|published|updated|posted)[ \t\u00a0]*:?[ \t\u00a0]*)?"
    r"\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ \t\u00a0]+"
    r"(?:(?:Jan|Febr)uary|March|April|May|June|July|August"
    r"|(?:Septem|Octo|Novem|Decem)ber)"
    r"[ \t\u00a0]+\d{1,2},[ \t\u00a0]+\d{4}"
    # "3 March 2024 The council ...", "Updated 3 Mar 2024 The ...".
    r"|(?:(?i:published|updated|posted|last[ \t\u00a0]updated)"
    r"(?:[ \t\u00a0]on)?:?[ \t\u00a0]+)?"
    r"\d{1,2}[ \t\u00a0](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*+"
    r"\.?,?[ \t\u00a0]\d{4}"
    # "Published June 3, 2021 The council ...", "Jun 3, 2021, 4:12 PM The ...".
    r"|(?:(?i:published|updated|posted|last[ \t\u00a0]updated)"
    r"(?:[ \t\u00a0]on)?:?[ \t\u00a0]+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*+\.?"
    r"[ \t\u00a0]\d{1,2},[ \t\u00a0]\d{4}"
    r"(?:,?[ \t\u00a0](?:at[ \t\u00a0])?\d{1,2}:\d{2}"
    r"(?:[ \t\u00a0]?(?:AM|PM|am|pm|a\.m\.|p\.m\.))?(?:[ \t\u00a0][A-Z]{2,4})?)?)"
    r"[ \t\u00a0|]+(?=[A-Z\u201c\"])"
)
# What follows a glued date is body when it holds a stop; a few words without
# one are chrome glued to chrome ("date 2024-05-03 City Council"), one label.
_CHROME_AFTER_DATE = 4  # words, at most
# Words in a linked headline glued to a label, at most. A second binding of the
# teaser limit below used to override a 15 here, so the rule has always read 30;
# 15 and 30 give the same output on every gold split.
_LINKED_HEAD_WORDS = 30
# A headline and byline run into the first sentence of a one-line copy, or a
# byline into a teaser: "Storm Hits Coast by City News At least ...", "By Ann
# Lee, I met ..." (annotation notes, decision 25): cut before a capitalised
# word that opens sentences, when a sentence follows.
_STARTER_AHEAD = (
    r"(?=(?:A|An|At|As|After|Each|For|He|I|In|It|On|She|The|They|This|We|When"
    r"|While|Hello|Greetings)[ \t\u00a0][^\n]*?[.?!])"
)
# A headline or crosshead in title case run into the sentence after it: "Word
# Games The document also ...", "Jane Roe We have ..." (a teaser's author).
# Title-case words cannot be followed by a sentence-opening word and a
# lower-case one inside a sentence; a comma would start an apposition ("The
# Riverton Rovers, a Class A team, ..."). A release's title may run to thirty
# words ("Officials Who Took Payments ... Will Be Barred From Office, Repay
# Fees and Pay Fines WASHINGTON, D.C. -").
_DASH = "[\u2013\u2014\u2015-]"
_GLUED_HEAD = re.compile(
    r"[A-Z][\w'\u2019&-]*+(?:,?[ \t\u00a0](?:[A-Z][\w'\u2019&-]*+|\$?\d\w*+)"
    r"|[ \t\u00a0](?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|vs|with)"
    r"){1,30}?"
    r"[ \t\u00a0](?=(?:(?:A|An|As|At|After|Although|Before|Despite|During|Earlier"
    r"|Following|For|He|Her|His|In|It|Its|Last|Many|Most|On|Our|Prior|She|Since"
    r"|Some|The|Their|There|These|They|This|Those|We|When|While)"
    r"[ \t\u00a0](?:[a-z]|\d[\d,]*+[ \t\u00a0]*+,?[ \t\u00a0]*+[a-z])"
    # or an article, a name or two and a word that is no title's small word:
    # "... On Board A Russian spacecraft carried ...".
    r"|(?:A|An|The|This|These|Its|Their)[ \t\u00a0][A-Z][\w'\u2019-]*+[ \t\u00a0]"
    r"(?:[A-Z][\w'\u2019-]*+[ \t\u00a0])?+(?!(?:a|an|and|as|at|by|for|from|in|into"
    r"|of|on|or|the|to|vs|with)[ \t\u00a0,])[a-z])"
    r"[^\n]*?[.?!\u2026]"
    # A release's capitals dateline: "... Repair Roads WASHINGTON, D.C. - Today".
    r"|(?:[A-Z][A-Z.'\u2019]++[ \t\u00a0]?+){1,4}+(?:,[ \t\u00a0]*+[A-Z][\w.]*+"
    rf"(?:[ \t\u00a0][A-Z][\w.]*+)?+)?+[ \t\u00a0]*+{_DASH}{{1,2}}[ \t\u00a0]++[A-Z])"
)
# A headline that ends in a date's year: "... Third Day March 3, 2024 The ...".
_YEAR_END = re.compile(r",[ \t\u00a0](?:19|20)\d\d[ \t\u00a0]")
_GLUED_BYLINE = re.compile(
    r"By[ \t\u00a0]+(?:[A-Z][\w'\u2019-]*+,?[ \t\u00a0]+){1,3}?" + _STARTER_AHEAD
)
# A photo credit run into the first sentence of a line: "Photo: Jane Roe/Agency
# The council ...".
_GLUED_CREDIT = re.compile(
    r"(?:Photo|Image|Picture|Photograph|Credit)s?+(?::|[ \t\u00a0]by:?)[ \t\u00a0]+"
    r"(?:[A-Z][\w.'\u2019&-]*+(?:[ \t\u00a0]*+[/|][ \t\u00a0]*+|,?[ \t\u00a0]+)){1,5}?"
    + _STARTER_AHEAD
)
_HEAD_BYLINE_REACH = 200  # characters of headline before " by ", at most
_GLUED_HEAD_BYLINE = re.compile(
    r"[^\n.?!]{8,200}?[ \t\u00a0]by[ \t\u00a0]+"
    r"(?:[A-Z][\w'\u2019-]*+[ \t\u00a0]+){1,3}?" + _STARTER_AHEAD
)
# A time stamp run into the first sentence of a line: "Updated 3:14 PM EST The
# council ...", "Published 9:02 AM ET, June 2, 2025 The council ...".
_GLUED_STAMP = re.compile(
    r"(?:Updated|UPDATED|Published|PUBLISHED|Posted|POSTED)(?:[ \t\u00a0]on)?:?"
    r"[ \t\u00a0]\d{1,2}[:.]\d{2}(?:[ \t\u00a0]?(?:AM|PM|am|pm))?"
    r"(?:[ \t\u00a0](?:[A-Z]{2,4}))?(?:,?[ \t\u00a0](?:[A-Z][a-z]{2,8},?[ \t\u00a0])?"
    r"[A-Z][a-z]{2,8}\.?[ \t\u00a0]\d{1,2},?[ \t\u00a0]\d{4})?"
    r"[ \t\u00a0|]+(?=[A-Z\u201c\"][a-z\u2018'])"
)
# A share button's label run into the first sentence of a line.
_GLUED_SHARE = re.compile(
    r"Share[ \t\u00a0]this[ \t\u00a0](?:article|story|page|post)"
    r"(?=[ \t\u00a0]++[A-Z\u201c\"][a-z\u2018'])"
)
# A lower-case word glued to a capitalised one: "sideOn the other hand".
_GLUE = re.compile(r"(?<![^\W\d_])[a-z]{2,}+(?=[A-Z][a-z])")
# A short label run into the sentence after it with no space, where the
# page's markup set them apart: "Council ChamberWe met on ...", "2 hr agoThank
# you, ...", "Photo of the old mill\u201cWe ..." (annotation notes, decision 3:
# glued chrome is cut at the join). ``_JOIN_GATE`` finds a capital or an
# opening quotation mark after a lower-case letter (its first character a
# class, so the search skips ahead in C); ``_JOIN`` then asks for a
# lower-case word of three letters or more glued to a capitalised word with
# no capital inside it ("agoThank", "img_harbourStorm"), a capitalised word of
# five letters or more glued to a word that opens sentences ("ChamberWe";
# brand names such as "PlayStation" or "LinkedIn" glue no such word), or a
# word glued to an opening quotation mark.
_JOIN_GATE = re.compile(r"[A-Z\u201c](?<=[a-z][A-Z\u201c])")
_JOIN_OPENERS = (
    r"(?:A|As|He|I|It|Our|She|Thank|The|These|They|This|To|Today|We|When|While)"
)
_JOIN = re.compile(
    r"(?:(?<![^\W\d_])(?<![#@])[a-z]{3,}+(?=(?P<next>[A-Z][a-z]++)[ \t\u00a0,])"
    rf"|[A-Z][a-z]{{4,}}+(?={_JOIN_OPENERS}[ \t\u00a0,])"
    r"|[a-z]{2,}+(?=\u201c[A-Z]))"
)
_JOIN_OPENING = frozenset(_JOIN_OPENERS[3:-1].split("|"))
# What the sentence after a glued label ends its line with: a stop, or the
# comma or colon of a motion or list that goes on below ("Council ChamberI beg
# to move," / "That this council: ...").
_JOIN_ENDS = STOPS + ",:"
_JOIN_REACH = 50  # characters of a label before the join, at most
_JOIN_LEAST = 24  # characters in a line holding a label and a sentence, at least
_JOIN_AHEAD = 12  # characters past the join its lookahead may read
_JOIN_LABEL_WORDS = 8  # words in the label, at most
_JOIN_SENTENCE_WORDS = 4  # words in the sentence after it, at least
# A label holds no sentence stop, comma or quotation mark: "\u201cIt was
# built,\u201d reportedValley Radio News." is a sentence with a link glued in.
_NOT_IN_LABEL = re.compile(r"[.?!][\s\"\u201d\u2019)]|[,;\"\u201c\u201d]")


_LEAD_JUNK = (
    " \t\u00a0\u2022\u00b7\u25aa\u25cf\u25ba\u25b6\u2192\u00bb\u203a>|*#\u2013\u2014-"
)
_TRAIL_JUNK = _LEAD_JUNK + ".:!?,;\u2026\u00ab\u2039<"
_SPACES = re.compile(r"\s+")
_LETTERS = re.compile(r"[^\W\d_]+")
# Maps every byte but an ASCII letter to a space: the runs of letters of an
# ASCII text are then its ``split()`` (``_LETTERS`` on ASCII text).
_ASCII_LETTERS = bytes(
    c if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256)
)
_WORD = re.compile(r"[^\W_]++(?:['\u2019.\-][^\W_]++)*+")
# ``_WORD`` on ASCII text, where ``[^\W_]`` is ``[A-Za-z0-9]``: a class of
# ranges is a quicker test than a negated category, and ``_shape`` runs it on
# every sentence (``\u2019`` joins words as in ``_WORD``).
_ASCII_WORD = re.compile(r"[A-Za-z0-9]++(?:['\u2019.\-][A-Za-z0-9]++)*+")
# The characters besides ASCII ones that a text of plain English holds, none
# of them a letter or digit: curly quotes, dashes, an ellipsis, a no-break
# space. In a text without any other, ``_ASCII_WORD`` finds ``_WORD``'s words.
_NOT_PLAIN = re.compile(r"[^\x00-\x7f\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026]")
_URL = re.compile(r"\s*+(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)
_BYLINE = re.compile(r"[Bb][Yy]:?\s")
# Lower-case words a byline holds besides names: "By Jane Roe, staff writer".
_BYLINE_WORDS = frozenset(
    "and in staff writer writers reporter reporters correspondent editor "
    "contributor senior chief political".split()
)
# A story code in brackets, letters mixed with digits: "[L1N297021]", "[nL8N2XY]".
# A speaker's label on a line of its own above a transcript's turn
# ("Mikhail Mishustin's opening remarks:", "Senator Young's full remarks:",
# "Senator Lee's remarks, as delivered:", "The mayor's speech as prepared for
# delivery:"): a label asserts nothing (annotation notes, decision 53).
# "Officials wrote:" has a verb and runs on into the quotation: body.
_REMARKS_LABEL = re.compile(
    r"(?:[A-Z][\w.\-\u2019']*+[ \t\u00a0]){0,6}?[A-Z][\w.\-]*+['\u2019]s"
    r"(?:[ \t\u00a0][a-z]++)?[ \t\u00a0](?:remarks|speech|address|statement)"
    r"(?:,?[ \t\u00a0]as[ \t\u00a0](?:delivered|prepared(?:[ \t\u00a0]for"
    r"[ \t\u00a0]delivery)?))?[ \t\u00a0]*+:"
)
# A sentence that is only a tag in square brackets: a wiki's "[edit]" link, a
# question's reference number ("[12345/21]"), a quotation's source and date
# ("[Daily Courier, 5/23/17]"). A stage direction ("[Laughter]") holds no
# digit, slash or comma; an elided passage ("[...]") no letter or digit.
_BRACKET_TAG = re.compile(r"\[(?:edit|(?=[^\]\n]*[\d/,])[^\]\n.]{1,60})\]")
_WIRE_CODE = re.compile(
    r"[\[(](?:[A-Za-z]{1,4}:)?(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{6,20}[\])]"
)
# A photo credit: capitalised names joined by a slash, a bar or "via", in
# brackets or not ("AP Photo/Jane Doe", "Jane Doe / Agency", "Jane Doe | Wire",
# "Agency via Picture Library").
_NAME = r"[A-Z][\w.'\u2019&-]*+"
_NAMES = rf"{_NAME}(?:[ \t\u00a0]++{_NAME}){{0,4}}+"
_CREDIT = re.compile(
    rf"[(\[]?+{_NAMES}(?:[ \t\u00a0]*+[/|][ \t\u00a0]*+{_NAMES}"
    rf"|[ \t\u00a0]++via[ \t\u00a0]++{_NAMES})++"
    # "Jane Doe / AFP - Picture Library file": a second agency after a dash,
    # and "file" for a picture from the archive.
    rf"(?:[ \t\u00a0]++-[ \t\u00a0]++{_NAMES})?+(?:[ \t\u00a0]++file)?+"
    r"[)\]]?+\.?+"
)
# A credit that names the picture's maker after its kind, bracketed or not:
# "Staff photo by Jane Roe", "(Navy photo by Petty Officer Sam Field/Released)",
# "Agency video by Jane Roe." A sentence about a picture opens with an article
# ("A video by the group shows ...") or goes on in lower case after the name.
_MAKER = r"(?:[A-Z][\w.'\u2019&-]*+|\d\w*+|of|the|and)"
_MAKER_CREDIT = re.compile(
    r"\(?+(?!(?:A|An|The|This|That|These|Those|His|Her|Their|Its|Our)[ \t\u00a0])"
    r"(?:[A-Z][\w.'\u2019&-]*+[ \t\u00a0]++){0,5}?"
    r"(?i:photo|photograph|video|image|picture|illustration|graphic)s?+"
    r"[ \t\u00a0]++(?:by|courtesy[ \t\u00a0]++of)[ \t\u00a0]++[A-Z][\w.'\u2019&-]*+"
    rf"(?:(?:[ \t\u00a0]++|[ \t\u00a0]*+[/|,][ \t\u00a0]*+){_MAKER}){{0,10}}+"
    r"\)?+\.?+"
)
_MAKER_CREDIT_WORDS = 16
_COURTESY_WORDS = 10  # words in a "Courtesy Jane Roe" credit, at most
# A picture's credit or label in brackets: "(Agency Photo)", "(High
# resolution image)", "(Coast Guard photo by Jane Roe)"; a bracketed sentence
# ("(The photo was taken in May.)") ends in a full stop.
_PICTURE_LABEL = re.compile(
    r"\((?:[^()!?\n]{0,60}?[ \t\u00a0])?(?i:photo|image|picture)s?"
    r"(?:[ \t\u00a0][^()!?\n]{0,60}?)?(?<!\.)\)"
)
_STARTS_SENTENCE = re.compile(r"[ \t\u00a0]++[A-Z\u201c\"][a-z\u2018' \t]")
_LABEL_WORDS = 3  # words in an all-capitals standalone line taken as a section label
_SHORT = 12  # words in a standalone line without a final stop to call it furniture
_QUESTION = 8  # words in a standalone question to call it a crosshead
_PHRASE_MAX = 40  # words in a sentence that a boilerplate phrase may flag
_FOOTER_MAX = 20  # words in a sentence after a footer opener to call it furniture
_PASTED = 25  # words in a pasted headline; a longer line without a stop lost it
_LONG_CHARS = 2000  # longer sentences are body; skip the word-level tests
_HEADLINE_WORDS = 20  # words in a headline that ends in a full stop
_CONTENT = re.compile(r"[^\W\d_]{3,}")
_STEM = 5  # letters of a word compared between a headline and its lede
_RESTATE = 0.5  # share of a headline's content words its lede repeats
_RESTATE_CHARS = 600  # how much of the next paragraph is compared
_FUNCTION = frozenset(
    "about after again against all also and any are back been before being but "
    "can could did does for from had has have her here him his how into its just "
    "more most new not now off one only our out over says said she than that the "
    "their them then there these they this those under was were what when where "
    "which while who why will with would you your".split()
)
_CONNECTIVES = frozenset("and but so or yet then now because if".split())
# A headline block (headline, dek) holds at most this many lines.
_HEAD_LINES = 3
_DEK = 15  # words in a dek that a blank line sets off from its headline
# Words that open a body sentence but not a headline: a pronoun or connective
# leans on earlier text ("It was late.", "So much for the truce.").
_BODY_OPENERS = frozenset(
    "and but he her his i it its it's it\u2019s my now our she so that their then "
    "there these they this those we yet you".split()
)
# A finite past auxiliary or a day named as the time of the news is body
# grammar; headlines use the present ("Mayor quits") and drop the weekday.
_BODY_WORDS = frozenset(
    "was were had yesterday monday tuesday wednesday thursday friday saturday "
    "sunday".split()
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A dateline opens the first paragraph of the story: "WASHINGTON (AP) \u2014",
# "Hong Kong (AFP) \u2013", "SELMA, N.C.\u2014", "MIDWAY ATOLL - ".
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'\u2019]++[ \t\u00a0]?+){1,4}+"
    rf"(?:,[ \t\u00a0]*+(?!{_MONTH}[ \t\u00a0]\d)[A-Z][\w.]*+"
    r"(?:[ \t\u00a0][A-Z][\w.]*+)?+)?+"
    # "BEIJING, June 4 (Agency) --": the wires' date after the place.
    rf"(?:,[ \t\u00a0]*+{_MONTH}[ \t\u00a0]\d{{1,2}}+)?+"
    rf"[ \t\u00a0]*+(?:\([\w. ]{{1,30}}+\)[ \t\u00a0]*+)?+{_DASH}{{1,2}}"
    r"|(?:[A-Z][\w.'\u2019]*+[ \t\u00a0]?+){1,4}+"
    rf"\([A-Z][\w. ]{{1,30}}+\)[ \t\u00a0]*+{_DASH}{{1,2}}"
    # "(Agency) -" left alone when the place went with the headline.
    rf"|\([A-Z][\w. ]{{1,30}}+\)[ \t\u00a0]*+{_DASH}{{1,2}}"
)
# A quotation that opens a headline and is closed by a colon:
# "'Words matter': Mayor says ...".
_QUOTE_COLON = re.compile(
    '["\'\u201c\u2018][^"\u201c\u201d\n]{1,120}?["\'\u201d\u2019][ \t\u00a0]*+:\\s'
)
_LEDE_WORDS = frozenset(
    "said yesterday monday tuesday wednesday thursday friday saturday sunday".split()
)
_CONTINUES = frozenset(
    "a an and as at but by for from her his in its of on or that the their to "
    "with".split()
)
_SMALL = frozenset(
    "a an and as at but by for from in into of off on or over the to up via vs "
    "with".split()
)

_QUOTED = re.compile('["\u201c][^"\u201c\u201d\n]*+["\u201d]')

# An item of a bulleted list (a fact box's dated events) is no headline
# (annotation notes, decision 28).
_LIST_BULLETS = "\u2022\u25aa\u25cf"

# A broadcast's spoken opening, as a transcript prints it ("This is the evening
# report.", "I'm Ann Lee.", "From City Radio, this is the news."): the
# programme announcing itself, body (annotation notes, decision 27), where a
# headline would name the story.
_ON_AIR = re.compile(
    r"(?:From [^,\n]{1,40}, )?(?:[Tt]his is|I['\u2019]m|I am|Welcome to)[ \t]"
)

_TEASER_WORDS = 30  # words in the teaser line under such a label, at most

_CAPTION_WORDS = 40  # words in a caption line above its credit line, at most
