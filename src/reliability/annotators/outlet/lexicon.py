"""Outlet patterns and word lists: the regular expressions, keyword needles and
limits the outlet rules read (mastheads, promotions, self-descriptions,
republished lines, newsroom lines, bylines, bios, channels).
"""

from __future__ import annotations

import re

from reliability.schema import SourceType

_DOMAIN = r"((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})"


# A site's own related-links banner: "Also on rt.com".
_ALSO_ON = re.compile(r"\bAlso on " + _DOMAIN + r"\b", re.I)


# A footer line: "(c) 2024 The Guardian", "Copyright 2021 The Associated Press".
_COPYRIGHT = re.compile(
    r"^[ \t]*(?:\u00a9|\(c\)|copyright(?:[ \t]*\u00a9)?)[ \t]*"
    r"(?:(?:19|20)\d\d(?:[ \t]*[-\u2013][ \t]*(?:19|20)\d\d)?[ \t]*,?[ \t]*)?"
    r"([^\n]{2,80})",
    re.I | re.M,
)


_DASH = r"(?:-{1,2}|\u2013|\u2014)"


# After an agency's bracket, wires also write an underscore for the dash
# ("OSLO (EW) _ The ...", where a wire's character set had no dash) or a
# full stop and a hyphen ("Oslo, 3 May (EW).- The ...").
_BRACKET_DASH = r"(?:" + _DASH + r"|_(?=[ \t])|\.-)"


# A wire dateline at the start of a line: "LONDON (Reuters) -", "KABUL, Aug 3
# (AFP) --", "TEHRAN, Feb. 03 (MNA) \u2013", "MOSCOW, May 5 /TASS/ -", the
# agency's own "MOSCOW, May 5. /TASS/." (a full stop after the slashes), a
# date first: "May 5, 2024 (Example Wire) -", or the agency alone:
# "(Reuters) -".
_DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Za-z0-9 .'\u2019-]{1,30}(?:,[^\n()/]{1,30})?[ \t]*)?"
    r"(?:\((?P<paren>[A-Za-z][\w .&-]{0,30})\)[ \t]*" + _BRACKET_DASH + "|"
    r"/(?P<slash>[A-Za-z][\w .&-]{0,30})/[ \t]*(?:" + _DASH + r"|\.[ \t]+(?=\S)))",
    re.M,
)


_SITE = re.compile(_DOMAIN, re.I)


# An agency's mark anywhere in a line: "(EW) -", "/EW/ -", "/EW/. ", or
# "(EW) " before a capital ("bare", checked to be a news agency).
_AGENCY_MARK = re.compile(
    r"(?:\((?P<paren>[A-Za-z][\w .&-]{0,30})\)[ \t]*(?:" + _BRACKET_DASH + r"|:[ \t]|"
    r"(?P<bare>[ \t](?=[A-Z][a-z])))"
    r"|/(?P<slash>[A-Za-z][\w .&-]{0,30})/[ \t]*(?:" + _DASH + r"|\.[ \t]+(?=\S)))"
)


# What stands before a dateline's agency: a place in capitals ("NEW
# DELHI "), a date ("Jan 5 ", "May 3. ", "2024 "), each perhaps after a comma.
_PLACE_BEFORE = re.compile(
    r"(?:\b[A-Z]{2,}(?:[ .'\u2019-]+[A-Z]{2,})*\.?"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+"
    r"\d{1,2}(?:,[ \t]*(?:19|20)\d\d)?\.?"
    r"|\b\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
    r"(?:[ \t]+(?:19|20)\d\d)?\.?)"
    r"[ \t]*$"
)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# Where a name may stand in a credit line: up to the end of the clause.
_NAME = r"(?P<name>[^\n!?;]{2,80}?)(?=[,;:]|\.(?:\s|$)|\s+(?:on|in|under)\s|$)"


# The same, for names with commas ("Department for Culture, Media and Sport"):
# the name search then finds the first name in the clause.
# A full stop after an initial ("U.S. Department") does not end the name.
_LONG_NAME = (
    r"(?P<name>[^\n!?;:]{2,100}?)(?=(?<!\b[A-Z])\.(?:\s|$)|\s+(?:on|in|under)\s|$)"
)


# The page promoting its own outlet; group "name" is where the name stands.
# Each pattern comes with a word it cannot match without, so that a page
# with none of them costs one substring test per pattern, not a regex scan.
_PROMO_KEYWORDS = (
    (" app", "\tapp"),  # "[ \t]+app" ends every match
    ("newsletter",),
    ("follow", "like"),
    ("contributed",),
    ("readers",),
    ("succeed", "grow", "survive", "thrive"),
    ("member", "subscriber", "supporter", "patron"),
    ("your trusted", "your source", "your resource"),
    ("your support",),
    ("preferred source",),
    ("reserves the right",),
    ("represent the view",),
    ("editor's note", "editor\u2019s note"),
    ("regrets the error",),
    ("latest from",),
    ("click here to read more",),
    ("receive",),
    ("stay tuned",),
    ("fellow",),
    ("follow",),
    ("subscribe to",),
    ("watch",),
    ("board of contributors", "editorial board"),
    ("more from", "stories from", "headlines from"),
    ("latest", "more from", "more news from", "more stories from", "more videos from"),
    ("newsletter", "headlines", "briefing", "digest"),
    ("for reading",),
    ("subscribe to",),
    ("read more at", "read the full story at", "read the full article at"),
)


_PROMO_PATTERNS = tuple(
    re.compile(p, re.I | re.M)
    for p in (
        # "CLICK HERE TO GET THE FOX NEWS APP", "Download the BBC News app"
        r"(?:g(?<!\wg)et|d(?<!\wd)ownload|i(?<!\wi)nstall|f(?<!\wf)or)[ \t]+the[ \t]+"
        r"(?P<name>[^\n.!?]{2,40}?)"
        r"[ \t]+app\b",
        # "Sign up for the Morning Briefing newsletter from Example News"
        r"\bsign[ \t]+up[ \t]+(?:for|to)[ \t]+(?:[^\n.!?]{1,40}?[ \t]+)?"
        r"newsletters?[ \t]+from[ \t]+(?:the[ \t]+)?"
        r"(?P<name2>[^\n.!?,;:]{2,40}?)(?=[ \t]*(?:[.!?,;:]|$)|[ \t]+(?:to|and|for|"
        r"with|in|on|every|each|at)\b)"
        r"|"
        # "Sign up for The Guardian's daily newsletter",
        # "CLICK HERE FOR THE EXAMPLE NEWS MORNING NEWSLETTER" and a sign-up
        # box's "Get the Example Post newsletter." or "Subscribe to the
        # Example Daily newsletter"
        r"\b(?:sign[ \t]+up[ \t]+for|click[ \t]+here[ \t]+for[ \t]+the|"
        r"(?:get|subscribe[ \t]+to|sign[ \t]+up[ \t]+to)[ \t]+the)[ \t]+"
        r"(?P<name>[^\n.!?]{2,40}?)"
        r"(?:['\u2019]s)?[ \t]+(?:(?:daily|weekly|free|morning|evening)[ \t]+)?"
        r"newsletters?\b",
        # "Follow Fox News on Twitter"
        # and "Follow Fox News' @janedoe"
        r"\b(?:follow|like)[ \t]+(?P<name>[^\n.!?]{2,40}?)[ \t]+on[ \t]+"
        r"(?:twitter|facebook|instagram|x|threads|bluesky|youtube|tiktok|linkedin"
        r"|telegram|vk|gab|rumble|truth[ \t]+social|whatsapp)\b"
        r"|\bfollow[ \t]+(?P<name2>[^\n.!?@]{2,40}?)['\u2019]s?[ \t]+@\w",
        # "Fox News' Jane Doe contributed to this report."
        r"(?:^|(?<=[.!?][ \t]))[ \t]*(?P<name>[A-Z][^\n.!?]{1,40}?)['\u2019]s?"
        r"[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){1,4}"
        r"(?:and[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){1,4})?"
        r"contributed[ \t]+to[ \t]+this[ \t]+(?:report|story|article)",
        # "Dear Example Post readers", "a happy new year to all readers of Example"
        # and a heading "EXAMPLE POST READERS: tell us ..."
        r"\bdear[ \t]+(?P<name>[^\n.!?,]{2,40}?)[ \t]+readers\b|"
        r"^[ \t]*(?P<name3>[^\n.!?,:]{2,40}?)[ \t]+readers[ \t]*:|"
        r"\breaders[ \t]+of[ \t]+(?P<name2>[^\n!?,]{2,40}?)(?=[.!?,]|$)",
        # "Help Example Post succeed by donating"
        r"\b(?:help|support)[ \t]+(?P<name>[^\n.!?,]{2,40}?)[ \t]+"
        r"(?:succeed|grow|survive|thrive)\b",
        # "Become an Example Post VIP member today"
        r"\bbecome[ \t]+an?[ \t]+(?P<name>[^\n.!?,]{2,40}?)[ \t]+(?:vip[ \t]+)?"
        r"(?:member|subscriber|supporter|patron)\b",
        # "Example Radio is your trusted resource", "With your support, Example
        # Radio brings ..."
        r"(?P<before>)[ \t]+is[ \t]+your[ \t]+(?:trusted[ \t]+)?(?:source|resource)\b",
        r"\bwith[ \t]+your[ \t]+support,[ \t]+(?P<name>[A-Z][^\n.!?,]{1,40}?)[ \t]+"
        r"(?:brings|can|will|is)\b",
        # "Add Example News as your preferred source"
        r"\badd[ \t]+(?P<name>[^\n.!?,]{2,40}?)[ \t]+as[ \t]+(?:a|your)[ \t]+"
        r"preferred[ \t]+source\b",
        # "Example Radio reserves the right to use the comments"
        r"(?P<before>)[ \t]+reserves[ \t]+the[ \t]+right\b",
        # "Editorials represent the views of The Example Daily editorial board"
        r"\b(?:editorials?|opinions?|columns?)[ \t]+represents?[ \t]+the[ \t]+views?"
        r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<name>[^\n.!?,]{2,60}?)"
        r"(?=[.!?,]|$|[ \t]+(?:editorial|and|as)\b)",
        # "Example Research Editor's Note"
        r"(?P<before>)[ \t]+editor['\u2019]s[ \t]+note\b",
        # A correction in the outlet's voice: "Example News regrets the error."
        r"(?P<before>)[ \t]+regrets[ \t]+the[ \t]+errors?\b",
        # A heading over the outlet's links: "THE LATEST FROM EXAMPLE NEWS ON
        # THE ELECTION"
        r"^[ \t]*(?:the[ \t]+)?latest[ \t]+from[ \t]+(?P<name>[^\n.!?,:]{2,40}?)"
        r"(?=[ \t]+on[ \t]|[ \t]*:|[ \t]*$)",
        # A teaser's link home: "CLICK HERE TO READ MORE ON EXAMPLE BUSINESS"
        r"\bclick[ \t]+here[ \t]+to[ \t]+read[ \t]+more[ \t]+(?:on|at|from)[ \t]+"
        r"(?P<name>[^\n.!?,]{2,40}?)(?=[.!?,]|[ \t]*$)",
        # A sign-up box: "you agree to receive newsletters or alerts from Example"
        r"\breceive[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:newsletters?|alerts?|e-?mails?|"
        r"updates|offers)[ \t]+from[ \t]+(?P<name>[^\n.!?,;]{2,40}?)"
        r"(?=[.!?,;]|[ \t]*$|[ \t]+(?:and|or|about|on)\b)",
        # A story's sign-off: "Stay tuned to Example News for more updates"
        r"\bstay[ \t]+tuned[ \t]+to[ \t]+(?P<name>[^\n.!?,;]{2,40}?)[ \t]+for\b",
        # The writer's colleague: "as fellow Example Review contributor Jane
        # Doe argued"
        # (a reporter or editor so described is as often another outlet's:
        # "CNN's Jo Cole and fellow CNN correspondent Kim Lee")
        r"\bfellow[ \t]+(?P<name>[^\n.!?,;]{2,40}?)[ \t]+(?:(?:senior|staff|"
        r"contributing|chief)[ \t]+)?(?:contributor|columnist|writer)s?\b",
        # "Follow Example Today national correspondents @janedoe and @joeroe"
        r"\bfollow[ \t]+(?P<name>[^\n.!?,;@]{2,40}?)[ \t]+(?:(?:national|senior|staff|"
        r"political|chief|foreign|investigative|sports|business)[ \t]+)?"
        r"(?:correspondents?|reporters?|writers?|columnists?|editors?)[ \t]+"
        r"(?:[A-Z][\w.'\u2019-]*[ \t]+){0,3}(?:on[ \t]+\w+[ \t]+)?@\w",
        # A line of the page's own: "Subscribe to Example Radio Hour here"
        r"^[ \t]*subscribe[ \t]+to[ \t]+(?:the[ \t]+)?(?P<name>[^\n.!?,;:]{2,40}?)"
        r"(?=[ \t]*(?:[.!?,;:]|$)|[ \t]+(?:for|and|on|here|today|now|to)\b)",
        # "Watch Example News Live" opening a line
        r"^[ \t]*watch[ \t]+(?P<name>[^\n.!?,;:]{2,30}?)[ \t]+live\b",
        # A columnist's bio: "is a member of Example Today's Board of
        # Contributors"
        # ("Jo Cole, a member of the Example Times editorial board, wrote"
        # cites that paper)
        r"\bis[ \t]+a[ \t]+member[ \t]+of[ \t]+(?:the[ \t]+)?"
        r"(?P<name>[^\n.!?,;]{2,40}?)"
        r"(?:['\u2019]s?)?[ \t]+(?:board[ \t]+of[ \t]+contributors|editorial[ \t]+"
        r"board)\b",
        # A heading over the site's links: "More from Example News", "Top
        # stories from Example News:"
        r"^[ \t]*(?:more|top)[ \t]+(?:(?:stories|headlines|news|videos)[ \t]+)?"
        r"from[ \t]+(?:the[ \t]+)?(?P<name>[^\n.!?,:]{2,40}?)[ \t]*:?[ \t]*$",
        # A sign-off: "Get the latest news from Example News", "Stay up to date
        # with the latest updates from Example Radio", "Watch more from Example"
        r"\b(?:get|read|watch|see|find|stay[ \t]+up[ \t]+to[ \t]+date[ \t]+with|"
        r"follow|for)[ \t]+(?:the[ \t]+)?(?:latest|more)[ \t]+(?:(?:news|stories|"
        r"updates|videos|headlines|coverage)[ \t]+)?from[ \t]+(?:the[ \t]+)?"
        r"(?P<name>[^\n.!?,;:]{2,40}?)(?=[ \t]*(?:[.!?,;:]|$)|[ \t]+(?:on|at|here)\b)",
        # The site's own mailing: "Get the Example Bee's free morning
        # newsletter", "Sign up for The Example Post's daily headlines"
        r"\b(?:sign[ \t]+up[ \t]+(?:for|to)|subscribe[ \t]+to|get|receive)[ \t]+"
        r"(?:the[ \t]+)?(?P<name>[^\n.!?,;:'\u2019]{2,40}?)['\u2019]s?[ \t]+"
        r"(?:[\w-]+[ \t]+){0,3}?(?:newsletters?|headlines|briefing|digest)\b",
        # The page thanking its reader: "Thanks for reading The Example Post!",
        # "Thank you for reading Example News."
        r"\bthank(?:s|[ \t]+you)[ \t]+for[ \t]+reading[ \t]+(?:the[ \t]+)?"
        r"(?P<name>[A-Z][^\n.!?,;:]{1,40}?)(?=[ \t]*(?:[.!?,;:]|$))",
        # A sentence of the page's own: "Support local journalism:
        # subscribe to The Example Post today."
        r"(?:[.!?:][ \t]+|\b(?:please|and)[ \t]+)subscribe[ \t]+to[ \t]+(?:the[ \t]+)?"
        r"(?P<name>[A-Z][^\n.!?,;:]{1,40}?)[ \t]+(?:today|now)\b",
        # A teaser's link home by name: "Read more at The Example Post."
        r"^[ \t]*read[ \t]+(?:more|the[ \t]+full[ \t]+(?:story|article))[ \t]+at"
        r"[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\n.!?,;:]{1,40}?)[ \t]*[.:]?[ \t]*$",
    )
)


# A word every match of the pattern contains, lower-cased: only lines holding
# one are scanned (a match never spans lines).
_PROMO_NEEDLES = (
    (" app", "\tapp"),
    ("newsletter",),
    ("follow", "like"),
    ("contributed",),
    ("readers",),
    ("succeed", "grow", "survive", "thrive"),
    ("become",),
    ("your",),
    ("support",),
    ("preferred",),
    ("reserves",),
    ("represent",),
    ("editor",),
    ("regrets",),
    ("latest",),
    ("click",),
    ("receive",),
    ("tuned",),
    ("fellow",),
    ("follow",),
    ("subscribe",),
    ("watch",),
    ("board",),
    ("from",),
    ("latest", "more"),
    ("newsletter", "headlines", "briefing", "digest"),
    ("reading",),
    ("subscribe",),
    ("read",),
)


_PROMOS = tuple(zip(_PROMO_KEYWORDS, _PROMO_NEEDLES, _PROMO_PATTERNS, strict=True))


# The site saying what it is; group "name" is where its name stands.
_SELF_KEYWORDS = (
    ("from ",),
    ("official",),
    (" by ",),
    ("published on",),
    ("release from", "statement from"),
    ("this ", "our "),
    ("contact",),
    ("publication of",),
)


_SELF_PATTERNS = tuple(
    re.compile(p, re.M)
    for p in (
        # "From Wikinews, the free news source you can write!"
        r"^[ \t]*From[ \t]+(?P<name>[^,\n]{2,40}),[ \t]+the[ \t]",
        # "Official website of the President of Russia"
        r"\b[Oo]fficial[ \t]+(?:web[ \t]?site|site|website|page)[ \t]+of[ \t]+"
        r"(?:the[ \t]+)?(?P<name>[^\n:.]{2,60})",
        # "The press release issued by the Home Office on 2 May.",
        # "news published by the Census Bureau", "Published by the Cabinet Office"
        # (what stands before "issued by" is checked by _ISSUED_BEFORE)
        r"(?:I(?<!\wI)ssued|i(?<!\wi)ssued|P(?<!\wP)ublished|p(?<!\wp)ublished"
        r"|R(?<!\wR)eleased|r(?<!\wr)eleased|P(?<!\wP)osted|p(?<!\wp)osted)"
        r"[ \t]+by[ \t]+"
        r"(?:the[ \t]+)?" + _LONG_NAME,
        # "This post was published on the Example Contributor platform."
        r"\b(?:[Tt]his|[Tt]he)[ \t]+(?:post|article|story|piece)[ \t]+was[ \t]+"
        r"published[ \t]+on[ \t]+(?:the[ \t]+)?" + _NAME,
        # "Press release from the Department of Energy", and "Statement from
        # the Example Office" as a heading (in a sentence, "a statement from
        # the Example Office" quotes a source)
        r"(?:\b[Pp]ress[ \t]+release|^[ \t]*(?:[A-Z][\w-]*[ \t]+){0,2}[Ss]tatement)"
        r"[ \t]+from[ \t]+(?:the[ \t]+)?" + _LONG_NAME,
        # "the last of the daily updates on this USGS feature story" (each
        # first word spelt out, after a lookbehind for \b, so that the search
        # skips to the letters a match can start with)
        r"(?:T(?<!\wT)his|t(?<!\wt)his|O(?<!\wO)ur|o(?<!\wo)ur)[ \t]+"
        r"(?P<name>[A-Z][\w.&'\u2019-]*(?:[ \t]+[A-Z][\w.&'\u2019-]*){0,4})[ \t]+"
        r"(?:feature[ \t]+|news[ \t]+)?(?:story|article|"
        r"report|feature|blog|podcast|newsletter|website|web[ \t]site)\b",
        # "For more information, contact the FDA's Office of Media Affairs"
        r"\b[Cc]ontact[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\n.,;]{1,40}?)"
        r"(?:['\u2019]s)?[ \t]+(?:[Pp]ress[ \t]+[Oo]ffice|[Oo]ffice[ \t]+of[ \t]+"
        r"(?:[Mm]edia|[Pp]ublic)[ \t]+(?:[Aa]ffairs|[Rr]elations)|"
        r"[Mm]edia[ \t]+[Rr]elations|[Nn]ewsroom)\b",
        # A newsletter's masthead: "A Publication of the Example Foundation"
        r"^[ \t]*(?:An?[ \t]+)?[Pp]ublication[ \t]+of[ \t]+(?:the[ \t]+)?" + _LONG_NAME,
    )
)


_SELF_NEEDLES = (
    ("from",),
    ("fficial",),
    ("issued", "published", "released", "posted"),
    ("published",),
    ("from",),
    # the kind of piece, which every match names ("this" and "our" stand
    # in most lines)
    ("story", "article", "report", "feature", "blog", "podcast", "newsletter", "web"),
    ("contact",),
    ("publication",),
)


_SELF = tuple(zip(_SELF_KEYWORDS, _SELF_NEEDLES, _SELF_PATTERNS, strict=True))


_ISSUED = _SELF_PATTERNS[2]


_THIS_STORY = _SELF_PATTERNS[5]


# Before "issued by": "The press release", "news", "Statements were", or
# nothing but the line's start ("Published by the Cabinet Office").
_ISSUED_BEFORE = re.compile(
    r"(?:(?:\b(?:press|news)[ \t]+releases?|\bstatements?|\bnews|\bblog[ \t]+posts?"
    r"|\bupdates)[ \t]*(?:was[ \t]+|were[ \t]+)?|^[ \t]*)$",
    re.I | re.M,
)


# The last stop before a name: ". ", "! ", "? " (the sentence's start).
_LAST_STOP = re.compile(r".*[.!?][ \t]+", re.S)


# Copy taken from another outlet; group "name" is where the origin stands.
_REPUBLISHED_KEYWORDS = (
    ("originally", "first"),
    ("first on",),
    ("comes from",),
    ("republished", "reprinted", "syndicated"),
    ("website", "web site"),
    ("produced", "partnership", "collaboration", "co-published", "written"),
    ("continue reading", "read the full", "read the rest", "read the original"),
    (
        "as broadcast",
        "entries by",
        "posts by",
    ),
    ("translat",),
    ("version of this",),
)


_REPUBLISHED_PATTERNS = tuple(
    re.compile(p, re.I | re.M)
    for p in (
        # "This article was originally published by Waging Nonviolence.",
        # "This story appeared originally on Example Review."
        r"(?:(?:o(?<!\wo)riginally|f(?<!\wf)irst)[ \t]+"
        r"(?:appeared|published|ran|posted)|(?:a(?<!\wa)ppeared|p(?<!\wp)ublished"
        r"|r(?<!\wr)an|p(?<!\wp)osted)[ \t]+originally)[ \t]+"
        r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?[ \t]+)?"
        r"(?:in|on|by|at)[ \t]+(?:the[ \t]+)?(?:(?:web[ \t]?site|blog)[ \t]+of[ \t]+"
        r"(?:the[ \t]+)?)?" + _NAME,
        # "The post ... appeared first on The White House."
        r"\bappeared[ \t]+first[ \t]+(?:on|in)[ \t]+" + _NAME,
        # "This text comes from Wikinews."
        r"\b(?:text|article|story|content|report)[ \t]+comes[ \t]+from[ \t]+" + _NAME,
        # "republished from The Conversation under a Creative Commons licence",
        # "republished under a Creative Commons licence from Global Voices"
        r"\b(?:republished|reprinted|syndicated)[ \t]+(?:here[ \t]+)?"
        r"(?:under[ \t]+an?[ \t]+[^\n]{2,50}?licen[cs]e[ \t]+)?"
        r"(?:from|courtesy[ \t]+of|with[ \t]+(?:the[ \t]+)?permission[ \t]+(?:of|from))"
        r"[ \t]+(?:the[ \t]+)?" + _NAME,
        # "unedited ... from the President of Russia Website" (a copy's
        # credit: "prints the rules from the Example Agency website" is not)
        r"\b(?:unedited|article|text|transcript|attribution|reproduced|taken|copied"
        r"|republished|reprinted)\b[^\n.!?]{0,60}?"
        r"\bfrom[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\n.,;]{1,50}?)[ \t]+"
        r"(?:web[ \t]?site)\b",
        # "This story was produced by Example Health News", "This article is
        # published in partnership with Example Post"
        # "This article was written by Jane Doe for Example Health News"
        r"\b(?:story|article|report|piece|content)[ \t]+(?:was|is)[ \t]+"
        r"(?:(?:produced|co-published|published|reported)[ \t]+"
        r"(?:by|in[ \t]+(?:partnership|collaboration)[ \t]+with)"
        r"|(?:written|reported|produced)[ \t]+by[ \t]+[A-Z][^\n.!?]{1,60}?[ \t]+for)"
        r"[ \t]+(?:the[ \t]+)?" + _NAME,
        # An excerpt's link to its source: "Read the full story at Example
        # Review", "Continue reading on Example Review"
        r"\b(?:continue[ \t]+reading|read[ \t]+the[ \t]+(?:full|rest[ \t]+of[ \t]+the|"
        r"original)[ \t]+(?:story|article|piece|report|post))[ \t]+(?:on|at|in)[ \t]+"
        r"(?:the[ \t]+)?" + _NAME,
        # A broadcaster's text printed elsewhere: "as broadcast on Example
        # Radio"; an archive of one contributor's pieces: "Entries by Example
        # Foundation"
        r"\bas[ \t]+broadcast[ \t]+(?:on|by)[ \t]+(?:the[ \t]+)?"
        + _NAME
        + r"|^[ \t]*(?:entries|posts)[ \t]+by[ \t]+(?:the[ \t]+)?"
        r"(?P<name2>[^\n]{2,60}?)[ \t]*$",
        # A translation's credit opening its line or sentence: "Translated
        # from the Example Times", "This is a partial translation of the
        # article ..., from the Spanish-language Example Wiki" ("according
        # to a translation from Example News" cites a quote's translator)
        r"(?:^|(?<=[.!?][ \t]))[ \t(\[*_]*(?:(?:this|the)[ \t]+"
        r"(?:article|story|report|post|text)?[ \t]*(?:is|was)[ \t]+"
        r"(?:an?[ \t]+)?(?:(?:complete|partial|full|or|machine)[ \t]+){0,3})?"
        r"translat(?:ed|ion)[ \t]+(?:of[ \t]+(?:the|an?)[ \t]+"
        r"(?:article|story|report|post)\b[^\n]{0,120}?[ \t]+)?from[ \t]+"
        r"(?:the[ \t]+)?(?:[A-Z][a-z]+[ \t-]+language[ \t]+)?" + _NAME,
        # "A version of this story was published by Example Health News",
        # "An earlier version of this article appeared in Example Review"
        r"\bversion[ \t]+of[ \t]+this[ \t]+(?:story|article|report|piece|post)[ \t]+"
        r"(?:was[ \t]+(?:published|produced)[ \t]+(?:by|in|on)|(?:first[ \t]+)?"
        r"(?:appeared|ran)[ \t]+(?:in|on))[ \t]+(?:the[ \t]+)?" + _NAME,
    )
)


_REPUBLISHED_NEEDLES = (
    ("originally", "first"),
    ("appeared",),
    ("comes",),
    ("republished", "reprinted", "syndicated"),
    ("web",),
    ("produced", "partnership", "collaboration", "co-published", "written"),
    ("reading", "read"),
    ("as broadcast", "entries by", "posts by"),
    ("translat",),
    ("version of this",),
)


# The page's newsroom at work: whom it asked, who answered it. Another
# outlet's requests are seldom reported this way.
_NEWSROOM_KEYWORDS = (
    ("comment from", "questions from", "inquiries from", "inquiry from"),
    ("reached out", "contacted", "has learned"),
    ("inquir", "question", "request"),
    ("statement sent to", "statement emailed to", "statement provided to"),
    ("verify", "confirm"),
    ("mail to", "response to", "message to"),
    ("understands", "can reveal", "has approached", "has contacted", "has been told"),
    ("seen by", "reviewed by", "exclusive"),
)


_NEWSROOM_NEEDLES = (
    ("from",),
    ("reached", "contacted", "learned"),
    ("inquir", "question", "request"),
    ("statement",),
    ("verify", "confirm"),
    ("mail", "response", "message"),
    ("understands", "reveal", "approached", "contacted", "told"),
    ("seen", "reviewed", "exclusive"),
)


_NEWSROOM_PATTERNS = tuple(
    re.compile(p, re.M)
    for p in (
        # "did not respond to a request for comment from Example News"
        r"\b(?:respond|reply|responded|replied)[ \t]+to[ \t]+(?:an?[ \t]+|repeated"
        r"[ \t]+|multiple[ \t]+)?(?:requests?|questions?|inquir(?:y|ies)|emails?|"
        r"messages?|calls?)[ \t]+(?:for[ \t]+comment[ \t]+)?from[ \t]+(?:the[ \t]+)?"
        + _NAME,
        # "Example News reached out to the families", "Example News contacted"
        # and "Example News has learned that ..."
        r"(?P<before>)[ \t]+(?:reached[ \t]+out[ \t]+to|has[ \t]+reached[ \t]+out|"
        r"contacted|has[ \t]+learned)\b",
        # "removed after an inquiry from Example News", "questions Example News
        # emailed to the firm"
        r"\b(?:after|following|in[ \t]+response[ \t]+to)[ \t]+(?:an?[ \t]+)?"
        r"(?:(?:series|list|number)[ \t]+of[ \t]+)?"
        r"(?:inquir(?:y|ies)|questions?|requests?)[ \t]+from[ \t]+(?:the[ \t]+)?"
        + _NAME
        + r"|\b(?:questions|inquiries)[ \t]+(?:that[ \t]+)?(?P<name2>[A-Z][^\n.,;]"
        r"{1,40}?)[ \t]+(?:emailed|sent|submitted)[ \t]+to\b",
        # "in a statement sent to Example News"
        r"\bstatement[ \t]+(?:sent|emailed|provided)[ \t]+to[ \t]+(?:the[ \t]+)?"
        + _NAME,
        # "Example Wire could not independently verify the footage": the
        # newsroom's own check
        r"(?P<before>)[ \t]+(?:could[ \t]+not|couldn['\u2019]t|cannot|can[ \t]+not|"
        r"(?:was|were|has[ \t]+not[ \t]+been)[ \t]+unable[ \t]+to)[ \t]+"
        r"(?:(?:immediately|independently)[ \t]+)*(?:verify|confirm)\b",
        # "a spokesman said in an email to Example News": an answer the
        # newsroom got ("in a statement to Example News" is often another
        # outlet's quote taken over, and is left out)
        r"\b[Ii]n[ \t]+an?[ \t]+(?:(?:written|emailed|brief)[ \t]+)?(?:e-?mail|"
        r"response|message)[ \t]+to[ \t]+(?:the[ \t]+)?" + _NAME,
        # "Example News understands that ...", "Example Post can reveal",
        # "Example Online has approached the council", "Example Radio has been
        # told": the newsroom's own reporting
        r"(?P<before>)[ \t]+(?:understands[ \t]+(?:that\b|the\b)"
        r"|can[ \t]+(?:now[ \t]+)?reveal\b|has[ \t]+(?:approached|contacted)\b"
        r"|has[ \t]+been[ \t]+told\b)",
        # "documents seen by Example News", "a letter reviewed by Example Post",
        # "speaking exclusively to Example Radio", "in an exclusive interview
        # with Example TV"
        r"\b(?:seen|reviewed)[ \t]+by[ \t]+(?:the[ \t]+)?"
        r"(?P<name>[A-Z][^\n.!?,;:]{1,40}?)"
        r"(?=[ \t]*(?:[.!?,;:]|$)|[ \t]+(?:show|shows|showed|reveal|reveals|say|says|"
        r"said|suggest|suggests|indicate|indicates|and|on|in)\b)"
        r"|\bexclusive(?:ly)?[ \t]+(?:interview[ \t]+with|to|with)[ \t]+"
        r"(?:the[ \t]+)?(?P<name2>[A-Z][^\n.!?,;:]{1,40}?)"
        r"(?=[ \t]*(?:[.!?,;:]|$)|[ \t]+(?:on|in|that|about|last|this)\b)",
    )
)


_NEWSROOM = tuple(
    zip(_NEWSROOM_KEYWORDS, _NEWSROOM_NEEDLES, _NEWSROOM_PATTERNS, strict=True)
)


# The newsroom pressing for an answer or checking what it got: "Example
# News could not reach the company", "Example Wire has not independently
# verified the video", "did not return a call from Example News". Only a
# news outlet counts ("The ministry could not reach the families").
_PRESSED_FROM = (
    "call from",
    "calls from",
    "mail from",
    "mails from",
    "message from",
    "messages from",
    "comment from",
)


_PRESSED_KEYWORDS = (
    ("not reach", "n't reach", "to reach"),
    ("independently", "able to"),
    _PRESSED_FROM,
)


# The same words find the lines to search.
_PRESSED_NEEDLES = _PRESSED_KEYWORDS


_PRESSED_PATTERNS = tuple(
    re.compile(p, re.M)
    for p in (
        # "Example News could not reach the company for comment", "Example
        # Wire was unable to reach his family" (not "could not reach a
        # verdict", "an agreement", "consensus")
        r"(?P<before>)[ \t]+(?:could[ \t]+not|couldn['\u2019]t|"
        r"(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+(?:unable|not[ \t]+"
        r"(?:immediately[ \t]+)?able)[ \t]+to)[ \t]+"
        r"(?:immediately[ \t]+)?reach[ \t]+(?!an?\b|any\b|consensus\b|agreement\b|"
        r"(?:the|its|their)[ \t]+(?:end|top|final|finals|summit|stage|level|goal|"
        r"target|agreement|verdict|decision)\b)(?=[\w])",
        # "Example Wire has not independently verified the video", "Example
        # News has not been able to confirm the figures"
        r"(?P<before>)[ \t]+(?:(?:has|have|had)(?:[ \t]+not|n['\u2019]t)[ \t]+"
        r"(?:yet[ \t]+)?(?:been[ \t]+able[ \t]+to[ \t]+(?:independently[ \t]+)?"
        r"(?:verify|confirm)|independently[ \t]+(?:verified|confirmed))"
        r"|(?:was|were)(?:[ \t]+not|n['\u2019]t)[ \t]+(?:immediately[ \t]+)?able"
        r"[ \t]+to[ \t]+(?:independently[ \t]+)?(?:verify|confirm))\b",
        # "did not return a call from Example News", "did not answer emails
        # and calls from Example Wire seeking comment"
        r"\b(?:return|returned|answer|answered)[ \t]+(?:an?[ \t]+|repeated[ \t]+|"
        r"multiple[ \t]+)?(?:(?:phone|telephone)[ \t]+)?(?:calls?|e-?mails?|"
        r"messages?|voicemails?)(?:[ \t]+(?:and|or)[ \t]+(?:an?[ \t]+)?(?:calls?|"
        r"e-?mails?|messages?))?[ \t]+(?:seeking[ \t]+comment[ \t]+)?from[ \t]+"
        r"(?:the[ \t]+)?" + _NAME,
    )
)


_PRESSED = tuple(
    zip(_PRESSED_KEYWORDS, _PRESSED_NEEDLES, _PRESSED_PATTERNS, strict=True)
)


_REPUBLISHED = tuple(
    zip(
        _REPUBLISHED_KEYWORDS,
        _REPUBLISHED_NEEDLES,
        _REPUBLISHED_PATTERNS,
        strict=True,
    )
)


# A byline crediting an outlet: "By Jane Doe, Reuters", "By JANE DOE | AP",
# "By Jane Doe for Example Online" ("For" and "FOR" too),
# or, the wires' style, the writer in capitals and the agency after a space:
# "By JANE DOE Example Press", "By JANE DOE and JOHN ROE Example Press".
# A role may stand between the writer and the outlet: "By Jane Doe, Senior
# Editor, Example Review".
_CAPS_WRITER = r"[A-Z][A-Z.'\u2019-]+(?:[ \t]+[A-Z][A-Z.'\u2019-]*){1,3}"


_BYLINE = re.compile(
    r"^[ \t]*By[ \t]+(?:[A-Z][^\n,|]{1,60}?[ \t]*"
    r"(?:,|\||[ \t][-\u2013\u2014][ \t]|[ \t](?:for|For|FOR)[ \t])"
    r"|" + _CAPS_WRITER + r"(?:[ \t]+(?:and|AND)[ \t]+" + _CAPS_WRITER + r")?"
    r"[ \t]+(?=[A-Z][a-z]))"
    r"(?:[ \t]*(?:[A-Z][\w-]*[ \t]+){0,2}(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|"
    r"[Ww]riter|[Cc]olumnist|[Cc]ontributor|[Pp]ublisher|[Ff]ounder)"
    r"(?:[ \t]+[Ee]meritus)?[ \t]*,)?"
    r"[ \t]*(?:the[ \t]+)?(?P<name>[^\n]{2,60}?)[ \t]*$",
    re.M,
)


# A role after the outlet in a byline: "Example Wire Reporter - Oslo",
# "Example Wire staff writer".
_ROLE_TAIL = re.compile(
    r"[ \t]+(?:(?:staff|senior|chief|special|contributing)[ \t]+)?(?:reporter|"
    r"correspondent|writer|editor|photographer|staff)s?\b"
    r"(?:[ \t]*[-\u2013\u2014,|][ \t]*[A-Z][^\n]{0,40})?[ \t]*$",
    re.I,
)


# A byline inside a line, after a date: "Published 05/05/2024 By Jane Doe -
# Example Wire Reporter"; the outlet's role must follow it. Tried only where
# "By" starts a word.
_INNER_BYLINE = re.compile(
    r"By[ \t]+[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}[ \t]+"
    r"[-\u2013\u2014|][ \t]+(?P<name>[A-Z][^\n|]{1,60}?)(?=[ \t]+(?:(?:staff|senior|"
    r"chief|special|contributing)[ \t]+)?(?:[Rr]eporter|[Cc]orrespondent|[Ww]riter|"
    r"[Ee]ditor|[Pp]hotographer)s?\b)"
)


# A line of staff credit: "Reuters staff", "AFP staff and agencies",
# "Example Post Staff Report", "by Example Tribune Staff, May 4, 2024".
_STAFF = re.compile(
    r"[ \t]+staff(?:[ \t]+(?:reports?|reporters?|writers?|and[ \t]+agencies))?"
    r"(?:,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+(?:19|20)\d\d"
    r"|\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+(?:19|20)\d\d|\d{1,2}/\d{1,2}/\d{2,4}))?"
    r"[ \t]*\.?[ \t]*$",
    re.M | re.I,
)


# What stands before "staff" on its line: "By the", "The", nothing.
_STAFF_LEAD = re.compile(r"[ \t]*(?:By[ \t]+)?(?:the[ \t]+)?(?=[A-Z])", re.I)


# A writer's bio: "Jane Doe is a senior columnist for Example News." (or
# its bureau chief, anchor or producer).
# Also "Jane Doe is the editor of Example Review", "Jane Doe writes a weekly
# column for Example News", "Jane Doe writes for Example News".
_BIO = re.compile(
    r"(?:i(?<!\wi)s[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
    r"(?:[Cc]olumnist|[Rr]eporter|[Ww]riter|[Cc]orrespondent|[Ee]ditor|"
    r"[Cc]ontributor|[Jj]ournalist|[Cc]ommentator|[Cc]ritic|[Aa]nalyst|"
    r"[Bb]ureau[ \t]+[Cc]hief|[Aa]nchor|[Pp]roducer)"
    r"(?:-[Aa]t-[Ll]arge)?[ \t]+(?:for|at|with|to|of)"
    r"|w(?<!\ww)rites[ \t]+(?:(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?column[ \t]+)?"
    r"(?:for|in|at))"
    r"[ \t]+(?:the[ \t]+)?" + _NAME,
    re.M,
)


# The same with the outlet before the role: "Jane Doe is the Example News's
# transport correspondent", "Jane Doe is Example News' chief anchor".
_BIO_OWNED = re.compile(
    r"i(?<!\wi)s[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][\w.&'\u2019-]*(?:[ \t]+[A-Z]"
    r"[\w.&'\u2019-]*){0,3}?)['\u2019]s?[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:[Cc]olumnist|[Rr]eporter|[Ww]riter|[Cc]orrespondent|[Ee]ditor|"
    r"[Cc]ontributor|[Jj]ournalist|[Cc]ommentator|[Cc]ritic|[Aa]nalyst|"
    r"[Bb]ureau[ \t]+[Cc]hief|[Aa]nchor|[Pp]roducer)s?\b",
    re.M,
)


# One of these stands in every bio the pattern matches.
_BIO_NEEDLES = (
    "columnist",
    "reporter",
    "writer",
    "correspondent",
    "editor",
    "contributor",
    "journalist",
    "commentator",
    "critic",
    "analyst",
    "bureau chief",
    "anchor",
    "producer",
    "writes",
)


# The bio's subject, a name at the sentence's start: "Jane Doe ", "- Jane
# Doe (@janedoe) " (a bio set off by a dash or an asterisk, with a handle).
_BIO_SUBJECT = re.compile(
    r"[-\u2013\u2014*_ \t]*"
    r"[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}[ \t]+"
    r"(?:\(@?[\w.]{1,30}\)[ \t]+)?$"
)


# The outlet a source spoke to is the channel, not the source: "told Reuters",
# "said in an interview with the BBC", "speaking to AFP".
_CHANNEL_CUE = (
    r"(?:\b(?:told|tells|telling|tell)|\b(?:said|says|speaking|spoke|talking|talked)"
    r"[ \t]+(?:to|on)|\binterview[ \t]+with|\bin[ \t]+comments[ \t]+to)"
    r"[ \t]+(?:the[ \t]+)?"
)


_CHANNEL_BEFORE = re.compile(_CHANNEL_CUE + "$", re.I)


_UNNAMED = frozenset({SourceType.ANONYMOUS, SourceType.VAGUE})


_TOLD_MIN = 2


# Sources of any kind telling the same outlet this often: its own story.
_TOLD_ANY_MIN = 3


_AND_LIST = re.compile(r",[ \t]*|[ \t]+and[ \t]+")


# "Example Radio (ER): What changed?" at a line's start.
_QUESTION_LABEL = re.compile(
    r"^[ \t]*(?P<name>[A-Z][^\n:()?]{1,40}?)"
    r"(?:[ \t]+\((?P<abbr>[A-Z]{2,6})\))?[ \t]*:[ \t]+"
    r"[^\n]{3,300}\?[\"\u201d]?[ \t]*$",
    re.M,
)


# The answer's label on the next line: "Jane Doe: ..."
_ANSWER_LABEL = re.compile(r"\s*[A-Z][\w.'\u2019 -]{1,40}:[ \t]")


_BYLINE_START = re.compile(r"By[ \t]+[A-Z]")


_TITLE_BAR = re.compile(r"[ \t]+[|\u2013\u2014-][ \t]+")


_MASTHEAD_LINES = 15


_MASTHEAD_CHARS = 1500


_BODY_WORDS = 30


# A line of this many words ending in a stop is a sentence of the story;
# after this many of them the masthead is no longer read.
_SENTENCE_WORDS = 12


_STORY_SENTENCES = 2


_BULLETS = " \t\u2022\u00bb\u00b7|*>-\u2013\u2014:#"


# Parts of a chrome line: "European Commission - Daily News", "Tag: Home Office",
# a mailing list's tag before its subject: "[Example News Digest] Issue 4".
_PARTS = re.compile(r"[ \t]+[-\u2013\u2014|\u00b7][ \t]+|:[ \t]+|\][ \t]+")


# What opens a tag or a back link before the name: "[Example", "[<< example".
_TAG_OPEN = "[<\u00ab \t"


# A credit label: "Photo: Example Wire" names the picture's source ("Photo of
# Jane Doe" is an image's alt text, no credit); so does a listing's "Outlet:
# Example Times" (where coverage ran).
_CREDIT_LABEL = re.compile(
    r"^(?:photos?|images?|pictures?|credits?|videos?|captions?|files?|graphics?|"
    r"illustrations?|sources?|footage|outlets?)\b(?![ \t]+of\b)",
    re.I,
)


# A logo's link text: "Link to Example Agency Home Page"; a crawler's date
# glued before the first line ("date 2024-05-01 Example Agency").
_LOGO_ALT = re.compile(
    r"[ \t]*(?:(?:link|go|back|return)[ \t]+to[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[^\n]{2,60}?)[ \t]+home[ \t]?page"
    r"|(?:date[ \t]+)?(?:19|20)\d\d-\d\d-\d\d[ \t]+(?P<name2>[^\n]{2,60}?))[ \t]*",
    re.I,
)


# Words a logo or section carries beside the outlet's name.
_LOGO_WORDS = frozenset({"logo"})


# What follows a name in a photo or agency credit, not a masthead.
_CREDIT_NEXT = re.compile(
    r"^(?:/|via\b|photo|image|file|pool|contributed|staff\b)", re.I
)


# Single words that are also outlet names but, alone on a line at the top, are
# more likely a section or menu label than a masthead.
_MENU_WORDS = frozenset(
    "age atlantic australian blaze canary conversation deadline diplomat dispatch "
    "economist express federalist fortune guardian herald hill independent insider "
    "intercept journal medium metro mint mirror nation news observer outlook people "
    "print punch reason salon slate spectator standard star stuff sun telegraph time "
    "times tribune variety verge vice vox week wire wired".split()
)


# A desk's word after an outlet's name that keeps it the same outlet ("Example
# News Digital", "Example News Politics"): in a credit, and in a dateline's
# bracket ("(Example News Business) -").
_OWN_SECTIONS = frozenset(
    (
        "digital online staff newsroom desk team business economy entertainment "
        "health markets money politics science sport sports tech technology travel "
        "wire world"
    ).split()
)


# Company words after a copyright holder's name ("Example Media Group, Inc.").
_HOLDER_TAIL = frozenset(
    "co company corp corporation group holdings inc limited llc llp ltd media "
    "plc publishing".split()
)


_CHROME_NAME_WORDS = 5


_WIRE = "wire agency"
