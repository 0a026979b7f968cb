"""Outlet provenance: who published the document, whose copy it is, whom it cites.

The publisher comes from the caller's ``url``, else the caller's ``outlet``
(name or domain), else from what the page shows of itself (ANNOTATION.md,
"Document"): a masthead line at the top naming an outlet, the site describing
itself ("From Wikinews, the free news source", "The press release issued by
the Home Office", "Official website of ..."), "Also on rt.com", the page's
promotion of itself ("CLICK HERE TO GET THE FOX NEWS APP", "Follow X on
Twitter", "X's Jane Doe contributed to this report") or a copyright footer
("(c)2024 The Guardian"). An official page shows it by the body's greeting
("Welcome to the Example Agency website"), by an office's title on its
transcripts ("Press Conference by the Prime Minister", read with the country
the page names), by a ministry's digest of its news ("A look at the Defence
news ...") or by a parliament's chamber label ("Commons Chamber").

The origin is the outlet whose copy the page carries: "This article was
originally published by X", "The post ... appeared first on X", "republished
from X", a wire dateline ("LONDON (Reuters) -", "TEHRAN, Feb. 3 (MNA) -",
"MOSCOW, May 5 /TASS/ -"), a byline credit ("By Jane Doe, Associated Press")
or a writer's bio ("Jane Doe is a columnist for X"), and, weakest, the outlet
the story's sources spoke to ("witnesses told Reuters"). Lines that travel
with a copy name its origin, not the page's publisher: a republished page's
newsletter line or copyright of the outlet it was republished from, and a
wire agency's own promotion or copyright ("More Example Wire sports:").

``outlet`` is the publisher where the page shows one, else the origin (the
text then shows only whose copy it is). When both are shown and differ, the
publisher's rule ends in ``;origin=DOMAIN`` and the origin is also reported as
a cited outlet at its credit (it carries no claims: no attribution links to
it). A tagline that names no outlet gives nothing: the outlet is never
guessed.

Every ``media_outlet`` attribution source that names a registry outlet is
reported as a cited outlet with the same span, so the pipeline links it;
an outlet a source *told* something ("told Reuters", "said in an interview
with the BBC") is the channel, not the source of the claim, and is not
linked. The annotator only finds domains: the pipeline's outlet service
(``reliability.outlets.service``) turns them into outlets with ratings, and
``scoring.score_provenance`` scores them.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from reliability.document import Document
from reliability.errors import ConfigError
from reliability.findings import AttributionFinding, Layer, OutletFinding
from reliability.outlets.domains import is_public_host, registrable_domain, split_url
from reliability.outlets.service import RatedOutlets
from reliability.outlets.sites import SiteIndex, site_digests, site_index
from reliability.outlets.table import (
    NON_MEDIA_KINDS,
    NameMatch,
    OutletEntry,
    OutletTable,
    compact,
    name_key,
)
from reliability.registry import register
from reliability.resources import load_lexicon
from reliability.schema import SourceType

__all__ = ["OutletAnnotator"]

log = logging.getLogger(__name__)

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
    ("follow",),
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
        # "Sign up for The Guardian's daily newsletter"
        # and "CLICK HERE FOR THE EXAMPLE NEWS MORNING NEWSLETTER"
        r"\b(?:sign[ \t]+up[ \t]+for|click[ \t]+here[ \t]+for[ \t]+the)[ \t]+"
        r"(?P<name>[^\n.!?]{2,40}?)"
        r"(?:['\u2019]s)?[ \t]+(?:(?:daily|weekly|free|morning|evening)[ \t]+)?"
        r"newsletters?\b",
        # "Follow Fox News on Twitter"
        # and "Follow Fox News' @janedoe"
        r"\bfollow[ \t]+(?P<name>[^\n.!?]{2,40}?)[ \t]+on[ \t]+"
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
    )
)
# A word every match of the pattern contains, lower-cased: only lines holding
# one are scanned (a match never spans lines).
_PROMO_NEEDLES = (
    (" app", "\tapp"),
    ("newsletter",),
    ("follow",),
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


@dataclass(frozen=True)
class _Found:
    entry: OutletEntry | None
    domain: str
    rule: str
    start: int | None = None
    end: int | None = None
    confidence: float = 1.0


def _line_spans(text: str, limit: int) -> Iterator[tuple[int, int]]:
    start = 0
    n = min(len(text), limit)
    while start < n:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 1


def _named(
    table: OutletTable,
    text: str,
    start: int,
    end: int,
    rule: str,
    confidence: float,
    *,
    whole: bool = False,
    heading: bool = False,
) -> _Found | None:
    """The registry outlet named in ``text[start:end]``, any kind but a platform.

    With ``whole``, the name must fill the span ("Example Press News" is not
    "Example"). ``heading`` as in ``OutletTable.find_names``: the span is a
    credit's own field, so a name there is no part of a longer one.
    """
    if whole:
        # A site credited by its address: "By Jane Doe, Editor, EXAMPLE.COM".
        site = text[start:end].strip(" \t")
        if "." in site and _SITE.fullmatch(site):
            entry = table.by_domain(site.lower())
            if entry is not None and entry.kind != "platform":
                s = text.index(site, start)
                return _Found(entry, entry.domain, rule, s, s + len(site), confidence)
    match = table.name_in(text, start, end, media_only=False, heading=heading)
    if match is None or match.entry.kind == "platform":
        return None
    rest = text[match.end : end].strip(" \t.")
    if whole and rest != "" and rest.lower() not in _OWN_SECTIONS:
        return None  # ("Example News Digital": the outlet's own desk)
    e = match.entry
    return _Found(e, e.domain, rule, match.start, match.end, confidence)


def _first_named(
    table: OutletTable,
    text: str,
    patterns: Sequence[tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]],
    rule: str,
    confidence: float,
) -> _Found | None:
    """The first registry outlet a pattern's ``name`` group (or ``before``) holds.

    Each pattern comes with words the page must contain for it to be tried
    at all, and words one of which every match contains: only the lines
    holding one of those are scanned, since no match spans two lines.
    """
    lowered = _lowered(text)
    present = _keywords_present(lowered)
    for keywords, needles, pattern in patterns:
        # Each keyword is searched for once a page: the cues share many
        # ("from", "follow", "latest"), and this runs ~100 times a page.
        for k in keywords:
            has = present.get(k)
            if has is None:
                has = present[k] = k in lowered
            if has:
                break
        else:
            continue
        groups = pattern.groupindex
        for m in _line_matches(text, lowered, needles, pattern):
            if "before" in groups and m.group("before") is not None:
                # The name ends where the cue begins, from the sentence start.
                end = m.start()
                start = _sentence_start(text, end)
                whole = True
            else:
                group = next(
                    g for g in ("name", "name2", "name3") if m.groupdict().get(g)
                )
                start, end, whole = m.start(group), m.end(group), False
                if pattern is _ISSUED and not _ISSUED_BEFORE.search(
                    text, _line_start(text, m.start()), m.start()
                ):
                    continue
            found = _named(table, text, start, end, rule, confidence, whole=whole)
            if found is None and pattern is not _THIS_STORY:
                found = _unlisted(table, text, start, end, rule, confidence - 0.1)
            if found is None and not whole:
                found = _parent_named(table, text, end, rule, confidence)
            if (
                found is not None
                and pattern is _THIS_STORY
                and m.group()[:1] in "Tt"
                and found.entry is not None
                and found.entry.kind not in NON_MEDIA_KINDS
            ):
                continue  # "this Example Times report from April" cites it
            if found is not None:
                return found
    return None


# After a name the registry does not hold, the body it belongs to: "produced
# by Example Desk, a project of the Example Media Institute".
_PARENT = re.compile(
    r",[ \t]+(?:an?|the)[ \t]+(?:(?:news|media|reporting|journalism)[ \t]+)?"
    r"(?:project|program|programme|initiative|service|publication|division|unit)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\n.!?,;:]{1,60}?)"
    r"(?=[ \t]*(?:[.!?,;:]|$))",
    re.M,
)


def _parent_named(
    table: OutletTable, text: str, end: int, rule: str, confidence: float
) -> _Found | None:
    """The registry outlet an appositive after a credited name says it is part of.

    "This article was produced by Example Desk, a project of the Example
    Media Institute": the desk is unknown, the institute whose project it
    is gives the copy's origin. Only a news outlet counts ("the council, a
    division of the Example Ministry" names a body's report).
    """
    m = _PARENT.match(text, end)
    if m is None:
        return None
    found = _named(table, text, *m.span("name"), rule, confidence, whole=True)
    if found is None or found.entry is None or found.entry.kind in NON_MEDIA_KINDS:
        return None
    return found


@functools.lru_cache(maxsize=4)
def _keywords_present(lowered: str) -> dict[str, bool]:
    """Which cue keywords the page holds, filled in as they are asked for."""
    return {}


def _keyword_in(lowered: str, keyword: str, present: dict[str, bool]) -> bool:
    """Whether ``lowered`` holds ``keyword``, each keyword searched once a page."""
    has = present.get(keyword)
    if has is None:
        has = present[keyword] = keyword in lowered
    return has


@functools.lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    # The publisher and origin cues each test the same page for their words.
    return text.lower()


def _line_matches(
    text: str, lowered: str, needles: tuple[str, ...], pattern: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, scanning only the lines that hold a needle.

    A match lies on one line (its parts never match a newline), so it is
    found the same from the line's start; the scan reads past the line's end
    only as far as a lookahead can ("Example Post\non ..."), and a match
    starting on a later line is left to that line.
    """
    if len(lowered) != len(text):  # lower() changed lengths: offsets differ
        yield from pattern.finditer(text)
        return
    starts: set[int] = set()
    for needle in needles:
        starts.update(_needle_lines(text, lowered, needle))
    n = len(text)
    for start in sorted(starts):
        end = text.find("\n", start)
        end = n if end < 0 else end
        # Room for a lookahead across the line break: whitespace, then
        # "under" and one more character.
        stop = end
        while stop < n and text[stop].isspace():
            stop += 1
        for m in pattern.finditer(text, start, min(n, stop + 7)):
            if m.start() > end:
                break
            yield m


# The lines each needle stands on (the cues ask for the same needles,
# "from", "follow", again and again on one page).
@functools.lru_cache(maxsize=512)
def _needle_lines(text: str, lowered: str, needle: str) -> tuple[int, ...]:
    """The starts of the lines of ``text`` whose lower case holds ``needle``."""
    starts: list[int] = []
    at = lowered.find(needle)
    while at >= 0:
        line_end = text.find("\n", at)
        starts.append(text.rfind("\n", 0, at) + 1)
        if line_end < 0:
            break
        at = lowered.find(needle, line_end)
    return tuple(starts)


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence or line holding ``at`` begins (at most 60 back)."""
    lo = max(_line_start(text, at), at - 60)
    m = _LAST_STOP.search(text, lo, at)
    return m.end() if m else lo


# -- names the registry does not hold -------------------------------------------

# An address the page shows, from its first label: "www.lakesidegazette.com",
# "jo@lakesidegazette.com". The last label is lower-case ("Monday.It" is a
# missing space, not an address).
_SHOWN_SITE = re.compile(
    r"(?<![\w.-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[a-z]{2,})(?![\w-])"
)
_MIN_SHOWN_KEY = 5
_NAME_LEAD = re.compile(r"[ \t\"'\u201c\u2018]*(?:the[ \t]+)?", re.I)


def _shown_site(text: str, name: str) -> str | None:
    """The registrable domain the page shows under ``name`` run together.

    "Lakeside Gazette" finds ``lakesidegazette.com`` (or
    ``thelakesidegazette.com``) where the page shows it in an address or a
    mailbox, or with hyphens between its words (``lakeside-gazette.com``);
    mail providers and link services do not count. Only the name's own
    occurrences are read, not every address on the page.
    """
    key = compact(name)
    if key.startswith("the") and len(key) - 3 >= _MIN_SHOWN_KEY:
        key = key[3:]
    if len(key) < _MIN_SHOWN_KEY:
        return None
    lowered = _lowered(text)
    if len(lowered) != len(text):
        return None
    index = site_index()
    for label in (key, "the" + key):
        found = _shown_label(text, lowered, label, (label,), index)
        if found is not None:
            return found
    return _shown_hyphened_site(text, lowered, name, index)


def _shown_label(
    text: str, lowered: str, label: str, accepted: tuple[str, ...], index: SiteIndex
) -> str | None:
    """The public news domain shown in ``text`` whose host holds ``label`` and
    whose first label is one of ``accepted``."""
    at = lowered.find(label + ".")
    while at >= 0:
        start = at
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".-"):
            start -= 1
        m = _SHOWN_SITE.match(text, start)
        if m is not None and m.start(1) <= at < m.end(1):
            host = m.group(1).lower()
            domain = registrable_domain(host)
            if (
                domain is not None
                and domain.split(".", 1)[0] in accepted
                and index.is_publisher(host)
                and is_public_host(host)
            ):
                return domain
        at = lowered.find(label + ".", at + 1)
    return None


def _shown_hyphened_site(
    text: str, lowered: str, name: str, index: SiteIndex
) -> str | None:
    """The shown domain whose first label is the name's words joined by
    hyphens: "Lakeside Gazette" at ``lakeside-gazette.com``."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    if words and words[0] == "the":
        words = words[1:]
    if len(words) < 2:
        return None
    label = "-".join(words)
    return _shown_label(text, lowered, label, (label, "the-" + label), index)


def _unlisted(
    table: OutletTable, text: str, start: int, end: int, rule: str, conf: float
) -> _Found | None:
    """An outlet no registry row holds, named in ``text[start:end]`` in full.

    The name ("Lakeside Gazette") is a news domain's name run together
    (``lakesidegazette.com``), or the name of a domain the page itself shows
    in an address or a mailbox. It must be a proper name of a few words, or
    the site's address itself ("lakesidegazette.com").
    """
    lead = _NAME_LEAD.match(text, start, end)
    s = lead.end() if lead else start
    name = text[s:end].rstrip(" \t.,;:\"'\u201d\u2019")
    e = s + len(name)
    words = name.split()
    if len(words) == 1 and "." in name and "@" not in name:
        # A credit naming the site by its address: "republished from
        # dailyexample.com", "By Jane Doe, DailyExample.com".
        parts = split_url(name)
        if parts is None or not _SITE.fullmatch(parts.host):
            return None
        return _site_found(table, parts.host, rule, s, e, conf)
    if not words or len(words) > _CHROME_NAME_WORDS or not name[0].isupper():
        return None
    found = _name_found(table, text, s, e, rule, conf)
    if found is not None:
        return found
    domain = _shown_site(text, name)
    if not domain:
        return None
    entry = table.by_domain(domain)
    if entry is not None and entry.kind == "platform":
        return None
    return _Found(entry, domain, rule, s, e, conf)


# -- the publisher: what the page shows of itself ------------------------------


# Words run together in a logo, each with its capital: "ExampleNewsAgency".
_CAMEL_LOGO = re.compile(r"(?:[A-Z][a-z]+){2,}")


def _line_outlet(table: OutletTable, line: str) -> OutletEntry | None:
    """The outlet a short chrome line is exactly: a name, alias or domain."""
    words = line.split()
    if len(words) == 1 and "." in line:
        parts = split_url(line)
        return table.by_domain(parts.host) if parts else None
    if len(words) == 1 and line.lower() in _MENU_WORDS:
        return None
    entry = table.by_name(line)
    if entry is not None:
        return entry
    if len(words) == 1 and (
        line.islower() or line.isupper() or _CAMEL_LOGO.fullmatch(line)
    ):
        # a logo word: "indianarrative", "EXAMPLEPOST", "ExampleNewsAgency"
        return table.by_compact(line)
    return None


def _with_parent(table: OutletTable, text: str, s: int, e: int) -> _Found | None:
    """A government body's name opening a masthead line, its parent's after it.

    "Example Weather Service United States Department of Examples" names
    the body; the line is too long to be a name alone.
    """
    match = table.name_in(text, s, e, media_only=False, heading=True)
    if (
        match is None
        or match.start != s
        or match.entry.kind not in NON_MEDIA_KINDS
        or not _parent_after(table, text, match.end, e)
    ):
        return None
    entry = match.entry
    return _Found(entry, entry.domain, "text:masthead", match.start, match.end, 0.8)


def _parent_after(table: OutletTable, text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is only a government body's name, a parent's.

    "United States Department of Examples" after a bureau's name on its
    masthead line; "U.S. Department of Examples" too.
    """
    match = table.name_in(text, s, e, media_only=False, heading=True)
    if match is None or match.entry.kind not in NON_MEDIA_KINDS:
        return False
    if text[match.end : e].strip():
        return False
    before = text[s : match.start].split()
    # "United States" or "U.S." before a department the registry names
    # without it
    return not before or " ".join(before) in _NATION_WORDS


_NATION_WORDS = frozenset({"United States", "U.S.", "US", "The"})


def _leading_outlet(
    table: OutletTable, text: str, s: int, e: int, *, section: bool = False
) -> _Found | None:
    """An outlet's name opening a short chrome line, a section after it.

    "Voice of America Arts & Culture" and "Home Office in the media" name
    their outlet; "Reuters/Jane Doe" and "AFP via Getty Images" are photo
    credits and do not. With ``section`` (the part before a colon), the name
    alone is a label and does not count.
    """
    match = table.name_in(text, s, e, media_only=False, heading=True)
    if match is None or match.start != s or match.entry.kind == "platform":
        return None
    rest = text[match.end : e].strip()
    if _CREDIT_NEXT.match(rest) or rest[:1] in ("'", "\u2019", ",", "("):
        return None
    if len(rest.split()) > 3 or (section and not rest):
        return None
    if (
        len(text[s : match.end].split()) == 1
        and text[s : match.end].lower() in _MENU_WORDS
    ):
        return None
    entry = match.entry
    return _Found(entry, entry.domain, "text:masthead", match.start, match.end, 0.8)


def _title_bar(table: OutletTable, text: str, s: int, e: int) -> _Found | None:
    """The site a long title line names at one of its ends.

    "Headline | Example Times" names the site in its last part, also with a
    section after the name ("Headline - Example Foundation blog"); a
    breadcrumb, "Example Agency - News - Headline", in its first part when
    two or more bars follow it.
    """
    bars = list(_TITLE_BAR.finditer(text, s, e))
    if not bars:
        return None
    last = bars[-1].end()
    part = text[last:e].strip()
    entry = _line_outlet(table, part)
    if entry is not None and entry.kind != "platform":
        ps = text.index(part, last)
        return _Found(entry, entry.domain, "text:masthead", ps, ps + len(part), 0.85)
    if part:
        ps = text.index(part, last)
        found = _leading_outlet(table, text, ps, ps + len(part))
        if found is not None:
            return replace(found, confidence=0.8)
    if len(bars) >= 2:
        part = text[s : bars[0].start()].strip()
        entry = _line_outlet(table, part) if part else None
        if entry is not None and entry.kind != "platform":
            return _Found(entry, entry.domain, "text:masthead", s, s + len(part), 0.8)
    return None


# The words in capitals a flattened page opens with: "EXAMPLE AGENCY NEWS
# RELEASE Monday ...".
_CAPITALS_RUN = re.compile(r"(?:[A-Z][A-Z.&'\u2019-]*[ \t]+){3,}")
_CAPITALS_AFTER = 3


def _capitals_masthead(table: OutletTable, text: str, s: int) -> _Found | None:
    """A government body or organisation opening a page's run of capitals.

    A page whose lines were run together keeps its masthead as the first
    words in capitals, glued to the story: "EXAMPLE PARK SERVICE MORNING
    REPORT Friday ...". The name must open the run and one to three more
    words in capitals follow it (a section or a label): a dateline ("NEW
    YORK (Example Wire)") is no masthead, nor is a headline in capitals
    that runs on ("EXAMPLE AGENCY TO CLOSE ITS OFFICES ..." names its
    subject); a news outlet's name there is left to the other cues.
    """
    run = _CAPITALS_RUN.match(text, s)
    if run is None:
        return None
    match = table.name_in(text, s, run.end(), media_only=False, heading=True)
    if (
        match is None
        or match.start != s
        or match.entry.kind not in NON_MEDIA_KINDS
        or not 1 <= len(text[match.end : run.end()].split()) <= _CAPITALS_AFTER
    ):
        return None
    e = match.entry
    return _Found(e, e.domain, "text:masthead", match.start, match.end, 0.7)


# The addressee opening a letter's inside address, and the lines it runs on.
_ADDRESSEE = re.compile(r"[ \t]*(?:The[ \t]+)?(?:Honou?rable|Hon\.)[ \t]+[A-Z]")
_ADDRESS_LINES = 4


def masthead(table: OutletTable, text: str) -> _Found | None:
    """A short line near the top that is an outlet's name, logo or site.

    "Example Times" or "Logo Example Times" alone on a line, or
    "Tag: Home Office" (a part of the line), above the story: the outlet
    that publishes the page. Lines before the story's first long paragraph
    are read; an outlet name opening a line ("Example Times Sport") counts
    when no line is a name on its own. A letter's inside address ("The
    Honorable Jane Doe / Secretary / Example Department") is not read.
    """
    leading: _Found | None = None
    seen = 0
    addressee = 0
    sentences = 0
    for start, end in _line_spans(text, _MASTHEAD_CHARS):
        line = text[start:end]
        stripped = line.strip(_BULLETS)
        if not stripped:
            continue
        seen += 1
        if seen > _MASTHEAD_LINES:
            break
        if _ADDRESSEE.match(stripped):
            # a letter's inside address: "The Honorable Jane Doe / Secretary
            # / Example Department / 1 Main Street" names whom it is sent
            # to, not who publishes it
            addressee = seen + _ADDRESS_LINES
        if seen <= addressee:
            continue
        words = stripped.split()
        if len(words) >= _BODY_WORDS:
            if seen == 1:  # a page flattened into one line
                return _capitals_masthead(table, text, start + line.index(stripped))
            break  # the story has begun
        if sentences >= _STORY_SENTENCES:
            break  # two sentences of the story: what follows is its text
        if len(words) >= _SENTENCE_WORDS and stripped[-1] in ".!?":
            sentences += 1
        if _CREDIT_LABEL.match(stripped.lstrip("([")) or _BYLINE_START.match(stripped):
            # a credit or byline names whose copy it is, not the site; so
            # does a bracketed one: "(Photo Credit: Example Agency)"
            continue
        s = start + line.index(stripped)
        alt = _LOGO_ALT.fullmatch(text, s, s + len(stripped))
        if alt is not None and len(words) > 6:
            # "Link to Example Department of Examples Home Page": a long
            # name in its logo's link text
            g = "name" if alt.group("name") else "name2"
            entry = _line_outlet(table, alt.group(g))
            if entry is not None and entry.kind != "platform":
                return _Found(entry, entry.domain, "text:masthead", *alt.span(g), 0.9)
        if len(words) > 8:
            found = _title_bar(table, text, s, s + len(stripped))
            if found is not None:
                return found
            continue
        parts = [(s, s + len(stripped), True)]
        at = 0
        for m in _PARTS.finditer(stripped):
            # "Tag: Home Office" names it after a colon; before one, a bare
            # name is a label ("Reuters: Talks resume"), but a name with its
            # section still names the page ("Example News Weekly: May 1").
            exact = not m.group().lstrip().startswith(":")
            parts.append((s + at, s + m.start(), exact))
            at = m.end()
        if at:
            parts.append((s + at, s + len(stripped), True))
        for ps, pe, exact in parts:
            part = text[ps:pe]
            pw = part.split()
            if pw and pw[0].lower() in _LOGO_WORDS:
                ps = ps + part.index(pw[1]) if len(pw) > 1 else pe
            elif pw and pw[-1].lower() in _LOGO_WORDS and len(pw) > 1:
                pe = ps + part.rindex(pw[-1])
            alt = _LOGO_ALT.fullmatch(text, ps, pe)
            if alt is not None:
                ps, pe = alt.span("name" if alt.group("name") else "name2")
            part = text[ps:pe].strip().lstrip(_TAG_OPEN)
            if not part:
                continue
            ps = text.index(part, ps)
            if len(part.split()) > 6 or len(part) > 60:
                # too long for a name alone; a name and its parent body
                # ("Example Weather Service United States Department of
                # Examples") still opens the line
                if leading is None and exact:
                    leading = _with_parent(table, text, ps, ps + len(part))
                continue
            entry = _line_outlet(table, part) if exact else None
            if entry is not None and entry.kind != "platform":
                return _Found(
                    entry, entry.domain, "text:masthead", ps, ps + len(part), 0.9
                )
            if leading is None:
                leading = _leading_outlet(
                    table, text, ps, ps + len(part), section=not exact
                )
    return leading


def self_description(table: OutletTable, text: str) -> _Found | None:
    """The site naming itself: "From Example Wiki, the free news source".

    Also "Official website of the Example Ministry", "The press release
    issued by the Example Office on 2 May", "Press release from the
    Department of Examples", "this Example Survey feature story", and "For
    more information, contact the Example Agency's press office".
    """
    return _first_named(table, text, _SELF, "text:self", 0.85)


# A site's greeting line near the top: "Welcome to Example News",
# "Welcome to the Example Agency website!", "Hello, welcome to the Example
# Foundation Newsletter", "Welcome to the Open Data Blog at the Example
# Institute". Group "name" is the rest of the line up to its end or stop.
_GREETING = re.compile(
    r"^[ \t]*(?:(?:Hello|Hi)[ \t]*,?[ \t]+)?[Ww]elcome[ \t]+to[ \t]+(?:the[ \t]+)?"
    r"(?:official[ \t]+)?(?P<name>[A-Z][^\n.!?,;:]{1,80}?)[ \t]*(?:[.!]|$)",
    re.M,
)
# What a greeting may add after the site's name: "... website", "... online".
_GREETING_SITE = (
    r"(?:web[ \t]?site|site|web[ \t]?pages?|pages?|home[ \t]?page|portal|online|blog|"
    r"newsroom|news(?:[ \t]?room)?|newsletter|podcast|archive|service)"
)
_GREETING_AFTER = re.compile(r"(?:[ \t]+" + _GREETING_SITE + r")?[ \t]*$", re.I)
# A greeting to a section of the site that names its owner after it: "the
# Open Data Blog at the Example Institute", "the Press Pages of Example Council".
_GREETING_OWNER = re.compile(
    r"(?:[A-Z][\w&'\u2019-]*[ \t]+){0,4}" + _GREETING_SITE + r"[ \t]+"
    r"(?:at|of|from|by)[ \t]+(?:the[ \t]+)?",
    re.I,
)
_GREETING_CHARS = 1500


def site_greeting(table: OutletTable, text: str) -> _Found | None:
    """A site greeting its readers by its own name near the top of the page.

    "Welcome to Example News", "Welcome to the Example Agency website" and
    "Welcome to the Open Data Blog at the Example Institute" name the site
    the reader has come to. The greeting must be the whole line or sentence:
    "Welcome to Example City, where ..." in a story greets a place, and
    "Welcome to Example Radio's science show" is a broadcast's opener
    (``on_air``).
    """
    head = text[:_GREETING_CHARS]
    if "elcome to" not in head:
        return None
    for m in _GREETING.finditer(head):
        s, e = m.span("name")
        owner = _GREETING_OWNER.match(text, s, e)
        if owner is not None:
            s = owner.end()
        match = table.name_in(text, s, e, media_only=False, heading=True)
        if (
            match is None
            or match.start != s
            or match.entry.kind == "platform"
            or not _GREETING_AFTER.match(text, match.end, e)
        ):
            continue
        entry = match.entry
        return _Found(entry, entry.domain, "text:self", match.start, match.end, 0.8)
    return None


# An official site's page notes: "Content source: Example Agency", "This
# page is maintained by the Example Office" (each to the line's end: "Office
# of Public Affairs, U.S. Department of State.").
_PAGE_NOTE = re.compile(
    r"^[ \t]*(?:[Cc]ontent[ \t]+[Ss]ource:|(?:[Tt]his[ \t]+)?(?:[Pp]age|[Ww]eb[ \t]?"
    r"site|[Ss]ite)[ \t]+(?:is[ \t]+)?[Mm]aintained[ \t]+by)[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[^\n]{2,160}?)[ \t.]*$",
    re.M,
)


def page_note(table: OutletTable, text: str) -> _Found | None:
    """An official page's note of whose content it is.

    "Content source: Example Institute, Example Agency" names the body that
    publishes the page; of the registry names in it, a government body or
    organisation is taken before a news outlet (an office's name can hold
    one: "National ...").
    """
    lowered = _lowered(text)
    if "content source" not in lowered and "maintained by" not in lowered:
        return None
    for m in _line_matches(text, lowered, ("source", "maintained"), _PAGE_NOTE):
        at, end = m.span("name")
        first: NameMatch | None = None
        while at < end:
            match = table.name_in(text, at, end, media_only=False)
            if match is None:
                break
            if match.entry.kind in NON_MEDIA_KINDS:
                first = match
                break
            if first is None and match.entry.kind != "platform":
                first = match
            at = match.end
        if first is not None:
            e = first.entry
            return _Found(e, e.domain, "text:self", first.start, first.end, 0.85)
    return None


def also_on(table: OutletTable, text: str) -> _Found | None:
    """A site's related-links banner: "Also on example.com"."""
    lowered = _lowered(text)
    if "also on" not in lowered:
        return None  # (no regex pass over a page without the words)
    m = _ALSO_ON.search(text)
    if m is None:
        return None
    entry = table.by_domain(m.group(1))
    domain = entry.domain if entry else registrable_domain(m.group(1))
    if not domain:
        return None
    return _Found(entry, domain, "text:also-on", m.start(1), m.end(1), 0.9)


def promotion(table: OutletTable, text: str) -> _Found | None:
    """The outlet a page promotes as its own: "Follow Example News on Twitter".

    Also its app, its newsletter, and "Example News' Jane Doe contributed to
    this report". Only a registry name in the promotion counts; an outlet
    the story cites ("told Example News") is never taken for the publisher.
    """
    return _first_named(table, text, _PROMOS, "text:promo", 0.8)


def interviewer_label(table: OutletTable, text: str) -> _Found | None:
    """A Q&A's question labelled with the outlet asking it.

    "Example Radio (ER): What changed after the vote?" at a line's start:
    the interviewer speaks for the page's outlet. The labelled line must be
    a question answered on the next line under another label ("Jane Doe:"),
    so a list of sources ("Example Wire: Will talks resume?") is not one;
    on a page cut off after the question, the label must carry the outlet's
    initials ("Example Radio (ER): ...").
    """
    for m in _question_labels(text):
        if not _ANSWER_LABEL.match(text, m.end()) and not (
            text[m.end() :].strip() == "" and _initials_of(m["name"], m["abbr"])
        ):
            continue  # an interview answers its question in the next line
        found = _named(
            table, text, *m.span("name"), "text:interviewer", 0.75, whole=True
        )
        if found is not None and found.start == m.start("name"):
            return found
    return None


def _question_labels(text: str) -> Iterator[re.Match[str]]:
    """``_QUESTION_LABEL.finditer(text)``, trying only the lines with a "?".

    A match is one whole line (it starts at a line's start and holds no
    newline), so matching at the start of each line with a question mark
    finds the same matches without trying every position of the text.
    """
    at = text.find("?")
    while at >= 0:
        m = _QUESTION_LABEL.match(text, text.rfind("\n", 0, at) + 1)
        if m is not None:
            yield m
        line_end = text.find("\n", at)
        if line_end < 0:
            break
        at = text.find("?", line_end)


def _initials_of(name: str, abbr: str | None) -> bool:
    """Whether ``abbr`` is the initials of ``name`` ("Global Voices", "GV")."""
    return abbr is not None and "".join(w[0] for w in name.split()).upper() == abbr


def copyright_footer(table: OutletTable, text: str) -> _Found | None:
    """A footer line: "(c) 2024 Example Media", "Copyright Example. All rights
    reserved".

    A photo credit ("(c) Example Agency / Jane Doe") has neither a year nor
    "rights reserved", and is not a footer.
    """
    lowered = _lowered(text)
    if not any(mark in lowered for mark in _MARK_NEEDLES[:3]):
        return None  # no mark: no regex pass over the page
    for m in _COPYRIGHT.finditer(text):
        if not _YEAR.search(m.group(0)) and "rights reserved" not in m.group(0).lower():
            continue
        found = _named(table, text, m.start(1), m.end(1), "text:copyright", 0.85)
        if found is None or found.start is None:
            continue
        if _INSIDE_NAME.search(text, m.start(1), found.start):
            continue  # "(c) 2022 Colorado Sun Media": "Sun" ends a longer name
        if (
            found.start > m.start(1)
            and text[found.start : found.end].lower().strip(".") in _HOLDER_TAIL
        ):
            continue  # "Example Media, Inc.": the company's form, not Inc.
        return found
    return None


# A capitalised word before a registry name in a copyright holder: the name
# is part of a longer one.
_INSIDE_NAME = re.compile(r"\b(?!The\b)[A-Z][\w&'\u2019-]*[ \t]+$")


# -- the site's own address and name, registry or not ----------------------------

# Words that mark a line as chrome holding an address: a copyright mark or a
# mailbox anywhere, a domain ending near the page's top or bottom.
_MARK_NEEDLES = ("\u00a9", "copyright", "(c)", "@")
_SITE_NEEDLES = (
    "www.",
    ".com",
    ".org",
    ".net",
    ".gov",
    ".mil",
    ".edu",
    ".news",
    ".info",
    ".co.",
)
_EMAIL = re.compile(
    r"(?<![\w.+-])(?P<local>[\w.+-]{1,64})@(?P<site>" + _DOMAIN + r")\b",
    re.I,
)
_COPYRIGHT_MARK = re.compile(r"\u00a9|\(c\)|\bcopyright\b", re.I)
# "Visit us at example.com", "Read more at example.com", "More news on
# example.org", "originally published at example.org", and a cookie notice's
# "how you use example.gov.uk" or "cookies on example.org": the site pointing
# to its own address (a story's "visit cdc.gov" names no "us" or "more").
_VISIT = re.compile(
    r"\b(?:visit[ \t]+us[ \t]+(?:at|on)|find[ \t]+us[ \t]+(?:at|on)|"
    r"read[ \t]+(?:more|the[ \t]+full[ \t]+(?:story|article))[ \t]+(?:here[ \t]+)?"
    r"(?:at|on)|"
    r"(?:more|latest)[ \t]+(?:news|stories|articles|updates)(?:[ \t]+(?:at|on)|"
    r"[^\n.!?]{0,40}?[ \t](?:go[ \t]+to|head[ \t]+to|visit))|"
    r"(?:originally|first)[ \t]+(?:published|appeared|posted)[ \t]+(?:at|on)|"
    r"appeared[ \t]+first[ \t]+on|"
    r"how[ \t]+you[ \t]+use|cookies[ \t]+on)"
    r"[ \t]+(?:https?://)?(?P<site>" + _DOMAIN + r")\b",
    re.I,
)
# The mailbox of a newsroom desk ("tips@", "press@"): the site's own.
_DESK_MAILBOXES = frozenset(
    "comments communications contact corrections desk editor editorial editors "
    "feedback hello info inquiries letters media mediarelations news newsdesk "
    "newsroom press pressoffice publicaffairs tips webmaster".split()
)
# Words of a contact or sign-off line ("Contact the writer at", "Email:").
_CONTACT_WORDS = (
    "contact",
    "email",
    "e-mail",
    "reach",
    "write to",
    "tips",
    "send",
    "get in touch",
)
_CONTACT_LINE_WORDS = 25
# A contact line pointing at the writer: a writer's role, a pronoun for the
# writer, or the contact verb before a name ("Email Jane at"); "Email the
# county at roads@example.gov" points at a body the story cites.
_WRITER_CONTACT = re.compile(
    r"(?i:\b(?:reporter|writer|author|columnist|correspondent|editor|journalist)s?\b"
    r"|\b(?:him|her|me)\b)"
    r"|(?i:\b(?:e-?mail|contact|reach|write[ \t]+to))[ \t]+(?!The\b)[A-Z][a-z]"
    r"|\b[A-Z][a-z]+[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w'\u2019-]+[ \t]+can[ \t]+be"
    r"[ \t]+reached\b"
)
# Company words after a copyright holder's name ("Example Media Group, Inc.").
_HOLDER_TAIL = frozenset(
    "co company corp corporation group holdings inc limited llc llp ltd media "
    "plc publishing".split()
)
_HOLDER_END = re.compile(
    r"\ball[ \t]+rights\b|[.|;\u2022]|[ \t][-\u2013\u2014][ \t]", re.I
)
# Where a name given in chrome stands: "About The Daily Example", "Subscribe to
# The Daily Example".
_NAMED_CHROME = re.compile(
    r"^(?:about|subscribe[ \t]+to|support)[ \t]+(?P<name>.+)$", re.I
)
_NAMED_CHROME_KEYWORDS = ("about ", "subscribe to", "support ")
_CHROME_NAME_WORDS = 5
_SITE_EDGE_LINES = 12
_SITE_EDGE_CHARS = 2000
# A page title is on the first lines and has a few words before its bar.
_TITLE_LINES = 3
_TITLE_WORDS = 3
_HANDLE = re.compile(r"(?<![\w@])@(\w{3,30})\b")
# A labelled link to the page itself at its top or foot: "Permalink:
# https://www.example.com/...", "Share this article: example.com/...",
# "Printed from example.com".
_URL_LINE = re.compile(
    r"[ \t]*(?:perma-?link|short[ \t]?link|url|link[ \t]+to[ \t]+this[ \t]+"
    r"(?:page|article|story)|share[ \t]+this(?:[ \t]+(?:link|article|story|page))?|"
    r"copy[ \t]+(?:the[ \t]+)?link|printed[ \t]+from|article[ \t]+(?:url|link)|"
    r"canonical(?:[ \t]+url)?|source[ \t]+url)[ \t]*:?[ \t]*(?:https?://)?"
    r"(?P<site>" + _DOMAIN + r")\b",
    re.I,
)
# A share button's text: "Share on X: Storm shuts roads via @LakesideGazette".
_SHARE_VIA = re.compile(r"\bvia[ \t]+@(\w{3,30})\b", re.I)
_SHARE_WORDS = ("share", "tweet", "post this")
# A logo's text: "Lakeside Gazette logo", "Logo: Lakeside Gazette".
_LOGO_LINE = re.compile(
    r"^[ \t]*(?:logo[ \t]*(?:of|for|:|-)?[ \t]+(?P<after>[^\n]{3,60}?)|"
    r"(?P<before>[^\n]{3,60}?)[ \t]+logo)[ \t]*$",
    re.I,
)


def _site_found(
    table: OutletTable, host: str, rule: str, start: int, end: int, conf: float
) -> _Found | None:
    """The publisher at ``host``: a registry outlet, else its registrable domain."""
    sites = site_index()
    host = host.lower().rstrip(".")
    if not sites.is_publisher(host) or not is_public_host(host):
        return None
    entry = table.by_domain(host)
    if entry is not None:
        if entry.kind == "platform":
            return None
        return _Found(entry, entry.domain, rule, start, end, conf)
    domain = registrable_domain(host)
    if domain is None:
        return None
    return _Found(None, domain, rule, start, end, conf)


def _name_found(
    table: OutletTable, text: str, start: int, end: int, rule: str, conf: float
) -> _Found | None:
    """The site a chrome name stands for, from the registry or the news domains."""
    name = text[start:end].strip(" \t,:")
    if not name:
        return None
    found = _named(table, text, start, end, rule, conf, whole=True)
    if found is not None and found.start is not None:
        lead = text[start : found.start].strip(" \t,:")
        # The name must fill the span: "He said the Sun" is no name, and
        # "Lakeside Gazette Inc" is not Inc. magazine.
        if lead in ("", "The", "the"):
            return found
    words = name.split()
    while words:
        part = " ".join(words).rstrip(",")
        entry = table.by_name(part) if len(words) < len(name.split()) else None
        if entry is not None and entry.kind != "platform":
            # "Example Media Group, Inc.": the registry's "Example"
            s = text.index(name, start)
            return _Found(entry, entry.domain, rule, s, s + len(part), conf)
        domain = site_index().domain_for_name(part) or _shown_site(text, part)
        if domain is not None:
            s = text.index(name, start)
            return _Found(table.by_domain(domain), domain, rule, s, s + len(name), conf)
        if words[-1].lower().strip(".,") not in _HOLDER_TAIL:
            return None
        words.pop()
    return None


def _copyright_holder(table: OutletTable, text: str, ls: int, le: int) -> _Found | None:
    """The site a copyright line shows: its address, else its holder's name."""
    line = text[ls:le]
    mark = _COPYRIGHT_MARK.search(line)
    after = mark.end() if mark else 0
    # The holder stands after the mark ("Sign up at a.org. (c) 2020 b.com": b.com).
    sites = sorted(_SITE.finditer(line), key=lambda m: m.start() < after)
    for m in sites:
        if line[m.end() : m.end() + 1] == "@" or line[m.start() - 1 : m.start()] == "@":
            continue
        found = _site_found(
            table, m.group(), "text:copyright:site", ls + m.start(), ls + m.end(), 0.85
        )
        if found is not None:
            return found
    if mark is None:
        return None
    lead = _HOLDER_START.match(line, mark.end())
    start = lead.end() if lead else mark.end()
    stop = _HOLDER_END.search(line, start)
    end = stop.start() if stop else len(line)
    if len(line[start:end].split()) > _CHROME_NAME_WORDS + 2:
        return None
    return _name_found(table, text, ls + start, ls + end, "text:copyright:name", 0.8)


# After the copyright mark: more marks, years and commas.
_HOLDER_START = re.compile(
    r"(?:[ \t,]|\u00a9|\(c\)|copyright|(?:19|20)\d\d|[-\u2013])*", re.I
)


def site_address(table: OutletTable, text: str) -> _Found | None:
    """The site's own address or name in its chrome, registry outlet or not.

    In order of trust: a copyright line's address or holder ("(c) 2024
    dailyexample.com", "Copyright The Daily Example Inc."); a line that is
    only an address at the top or the bottom of the page; "Visit us at
    dailyexample.com", "Read more at ..."; a newsroom mailbox
    ("tips@dailyexample.com") or an address in a short contact line
    ("Contact the writer at jane@dailyexample.com"); and a short top line,
    "About X" or "Subscribe to X" whose name is a news domain run together
    ("The Daily Example" -> dailyexample.com). Mail providers, link
    shorteners and social networks are never the publisher; an address in a
    story's sentence is a citation, not the site.
    """
    lowered = _lowered(text)
    if len(lowered) != len(text):
        return None
    n = len(text)
    starts = _site_line_starts(text, lowered)
    edge = _edge_lines(text)
    best: tuple[int, _Found] | None = None

    def offer(rank: int, found: _Found | None) -> None:
        nonlocal best
        if found is not None and (best is None or rank < best[0]):
            best = (rank, found)

    for ls in sorted(starts):
        le = text.find("\n", ls)
        le = n if le < 0 else le
        line = text[ls:le]
        low = lowered[ls:le]
        if _COPYRIGHT_MARK.search(line) and (
            _YEAR.search(line) or "rights reserved" in low
        ):
            offer(0, _copyright_holder(table, text, ls, le))
            continue
        stripped = line.strip(_BULLETS)
        if stripped and " " not in stripped and "@" not in stripped and ls in edge():
            parts = split_url(stripped)
            if parts is not None and _SITE.fullmatch(parts.host):
                s = ls + line.index(stripped)
                offer(
                    1,
                    _site_found(
                        table, parts.host, "text:site", s, s + len(stripped), 0.8
                    ),
                )
                continue
        m = _URL_LINE.match(line)
        if m is not None and ls in edge():
            offer(
                1,
                _site_found(
                    table,
                    m.group("site"),
                    "text:site",
                    ls + m.start("site"),
                    ls + m.end("site"),
                    0.8,
                ),
            )
            continue
        for m in _VISIT.finditer(line):
            offer(
                2,
                _site_found(
                    table,
                    m.group("site"),
                    "text:visit",
                    ls + m.start("site"),
                    ls + m.end("site"),
                    0.8,
                ),
            )
        if "@" in line:
            for m in _EMAIL.finditer(line):
                if m.group("local").lower() in _DESK_MAILBOXES:
                    offer(
                        3,
                        _site_found(
                            table,
                            m.group("site"),
                            "text:contact",
                            ls + m.start("site"),
                            ls + m.end("site"),
                            0.75,
                        ),
                    )
    if best is not None:
        return best[1]
    return _site_name(table, text, lowered, edge)


def _site_line_starts(text: str, lowered: str) -> set[int]:
    """The starts of the lines that may carry the site's address.

    Marks and mailboxes count anywhere; a bare address or "Visit us at" only
    in the page's first and last characters, where its chrome stands.
    """
    starts: set[int] = set()
    n = len(text)
    head = min(n, _SITE_EDGE_CHARS)
    windows: list[tuple[tuple[str, ...], int, int]] = [
        (_MARK_NEEDLES, 0, n),
        (_SITE_NEEDLES, 0, head),
    ]
    if n > head:
        windows.append((_SITE_NEEDLES, max(head, n - _SITE_EDGE_CHARS), n))
    for needles, lo, hi in windows:
        for needle in needles:
            at = lowered.find(needle, lo, hi)
            while at >= 0:
                starts.add(text.rfind("\n", 0, at) + 1)
                line_end = text.find("\n", at)
                if line_end < 0:
                    break
                at = lowered.find(needle, line_end, hi)
    return starts


def _site_name(
    table: OutletTable, text: str, lowered: str, edge: Callable[[], dict[int, int]]
) -> _Found | None:
    """The site's name in its title bar, own handle or named chrome lines.

    Consulted when no line of the page carries the site's address.
    """
    found = _title_bar_name(table, text)
    if found is None and "follow us" in lowered:
        found = _own_handle(table, text, lowered)
    if found is None and "via @" in lowered:
        found = _share_handle(table, text, lowered)
    if found is None:
        found = _shown_masthead(table, text, edge())
    if found is None and any(
        _opens_line(text, lowered, k) for k in _NAMED_CHROME_KEYWORDS
    ):
        found = _chrome_name(table, text, edge())
    return found


def _opens_line(text: str, lowered: str, word: str) -> bool:
    """Whether ``word`` opens some line of the page (after bullets)."""
    at = lowered.find(word)
    while at >= 0:
        if not text[text.rfind("\n", 0, at) + 1 : at].strip(_BULLETS):
            return True
        at = lowered.find(word, at + 1)
    return False


def _title_bar_name(table: OutletTable, text: str) -> _Found | None:
    """The last part of a page title on the first lines, read as a news domain.

    "Storm shuts coastal roads | The Daily Yonder": a title bar ends with the
    site's name. Registry names there are the masthead's; this finds the
    others, when the part's words run together are one news domain's name,
    or when the part is the site's address ("... - dailyyonder.com").
    """
    n = len(text)
    ls = seen = 0
    while ls < n and seen < _TITLE_LINES:
        le = text.find("\n", ls)
        le = n if le < 0 else le
        line = text[ls:le]
        at, ls = ls, le + 1
        if not line.strip():
            continue
        seen += 1
        bars = list(_TITLE_BAR.finditer(line))
        if not bars:
            continue
        start = at + bars[-1].end()
        part = text[start:le].strip(_BULLETS)
        if not part or not 1 <= len(part.split()) <= _CHROME_NAME_WORDS:
            continue
        if len(text[at : at + bars[-1].start()].split()) < _TITLE_WORDS:
            continue  # "Politics | Opinion": a menu, not a page title
        if len(bars) > 1 and all(
            len(item.split()) <= 2 for item in _TITLE_BAR.split(line)
        ):
            continue  # "Home | News | Politics | Weather": a menu's items
        s = text.index(part, start)
        if " " not in part and _SITE.fullmatch(part):
            # "Storm shuts coastal roads - dailyexample.com": the title bar
            # names the site by its address.
            found = _site_found(
                table, part, "text:masthead:site", s, s + len(part), 0.75
            )
            if found is not None:
                return found
            continue
        domain = site_index().domain_for_name(part) or _shown_site(text, part)
        if domain is not None:
            entry = table.by_domain(domain)
            return _Found(entry, domain, "text:masthead:name", s, s + len(part), 0.75)
    return None


def _own_handle(table: OutletTable, text: str, lowered: str) -> _Found | None:
    """ "Follow us on Twitter @DailyYonder": the site's handle read as a news domain."""
    at = lowered.find("follow us")
    while at >= 0:
        le = text.find("\n", at)
        le = len(text) if le < 0 else le
        for m in _HANDLE.finditer(text, at, le):
            handle = m.group(1)
            entry = table.by_compact(handle)
            domain = entry.domain if entry else site_index().domain_for_name(handle)
            if domain is not None and (entry is None or entry.kind != "platform"):
                return _Found(entry, domain, "text:promo:handle", *m.span(1), 0.75)
        at = lowered.find("follow us", le)
    return None


def _handle_site(table: OutletTable, handle: str) -> tuple[OutletEntry | None, str]:
    """The outlet or news domain a social handle reads as, else ``(None, "")``."""
    entry = table.by_compact(handle)
    if entry is not None:
        return (None, "") if entry.kind == "platform" else (entry, entry.domain)
    domain = site_index().domain_for_name(handle)
    return (None, domain) if domain else (None, "")


def _share_handle(table: OutletTable, text: str, lowered: str) -> _Found | None:
    """A share button's "via @LakesideGazette": the handle of the site shared from.

    Only a line with share words ("Share on X", "Tweet this") counts; a
    photo "via @someone" in a story does not.
    """
    at = lowered.find("via @")
    while at >= 0:
        ls = text.rfind("\n", 0, at) + 1
        le = text.find("\n", at)
        le = len(text) if le < 0 else le
        if any(w in lowered[ls:le] for w in _SHARE_WORDS):
            for m in _SHARE_VIA.finditer(text, ls, le):
                entry, domain = _handle_site(table, m.group(1))
                if not domain:
                    domain = _shown_site(text, m.group(1)) or ""
                    entry = table.by_domain(domain) if domain else None
                if domain:
                    return _Found(entry, domain, "text:promo:handle", *m.span(1), 0.75)
        at = lowered.find("via @", le)
    return None


def _shown_masthead(
    table: OutletTable, text: str, edge: dict[int, int]
) -> _Found | None:
    """A short line at the page's edge that is a site's name, not in the registry.

    "Lakeside Gazette logo" reads as the news domain ``lakesidegazette.com``;
    a bare name counts when the page also shows that domain (in an address
    or a mailbox), or when it ends with a word of newspapers' titles ("The
    Lakeside Gazette", "Lakeside Times"): a short top line alone may be a
    headline or a writer's name.
    """
    for ls, le in sorted(edge.items()):
        stripped = text[ls:le].strip(_BULLETS)
        if not stripped or stripped[-1] in ".!?":
            continue
        found = _menu_name(table, text, ls, le)
        if found is not None:
            return found
        if len(stripped) > 60:
            continue
        logo = _LOGO_LINE.match(stripped) if "logo" in stripped.lower() else None
        if logo is not None:
            name = logo.group("after") or logo.group("before")
            s = text.index(name, ls)
            found = _unlisted(table, text, s, s + len(name), "text:masthead:name", 0.75)
            if found is not None:
                return found
            continue
        if len(stripped.split()) > _CHROME_NAME_WORDS or not stripped[0].isupper():
            continue
        domain = _shown_site(text, stripped)
        if domain is None and stripped.isupper() and " " not in stripped:
            # A logo in capitals: a call sign ("WXYZ-TV") or a run-together name
            domain = site_index().domain_for_name(stripped)
        elif (
            domain is None
            and " " in stripped
            and table.ends_title(stripped.rsplit(None, 1)[-1])
        ):
            # A newspaper's title ("The Lakeside Gazette"), its address in full
            domain = site_index().domain_for_exact_name(stripped)
        if domain:
            s = text.index(stripped, ls)
            entry = table.by_domain(domain)
            if entry is None or entry.kind != "platform":
                return _Found(
                    entry, domain, "text:masthead:name", s, s + len(stripped), 0.7
                )
    return None


# A menu's separators: "Home | News | Sport", "News \u2022 Opinion \u2022 Sport".
_MENU_BAR = re.compile(r"[ \t]+[|\u2022\u00b7][ \t]+")
_MENU_PARTS = 3
_HOME = re.compile(r"^(?:home[ \t]+)?(?P<name>.+?)(?:[ \t]+home)?$", re.I)
# A date or a time written in figures: "16-09-2015", "2015/09/16", "10:12".
_STAMP_ITEM = re.compile(r"\d{1,4}(?:[./:-]\d{1,4}){1,2}(?:[ \t]*[ap]\.?m\.?)?", re.I)


def _menu_name(table: OutletTable, text: str, ls: int, le: int) -> _Found | None:
    """A site's name among a navigation menu's items at the page's edge.

    "Home | News | Sport | Lakeside Gazette" or "Lakeside Gazette Home |
    World | Business": an item that is a news domain's name, or the name of
    a domain the page shows, is the site's own.
    """
    line = text[ls:le]
    if "|" not in line and "\u2022" not in line and "\u00b7" not in line:
        return None
    bars = list(_MENU_BAR.finditer(line))
    if len(bars) < _MENU_PARTS - 1:
        return None
    if any(_STAMP_ITEM.fullmatch(item.strip()) for item in _MENU_BAR.split(line)):
        # "News item | 16-09-2015 | 10:12": a listed item's label, date and
        # time, not a menu; the label is no site's name
        return None
    at = 0
    for cut in [*(m.start() for m in bars), len(line)]:
        item = line[at:cut].strip(_BULLETS)
        at = next((m.end() for m in bars if m.start() == cut), cut)
        m = _HOME.match(item)
        if m is None or not 1 <= len(m["name"].split()) <= _CHROME_NAME_WORDS:
            continue
        name = m["name"]
        if not name[0].isupper():
            continue
        # One word is a section's name ("Politics", "Weather") more often
        # than a site's: it needs the page's address to back it.
        domain = (
            site_index().domain_for_name(name) if " " in name else None
        ) or _shown_site(text, name)
        if domain:
            s = text.index(name, ls)
            entry = table.by_domain(domain)
            if entry is None or entry.kind != "platform":
                return _Found(
                    entry, domain, "text:masthead:name", s, s + len(name), 0.7
                )
    return None


def _edge_lines(text: str) -> Callable[[], dict[int, int]]:
    """A function giving the first and last non-empty lines, start -> end.

    Read only when a cue needs them, and then only from the two ends.
    """
    edge: dict[int, int] = {}

    def lines() -> dict[int, int]:
        if edge or not text.strip():
            return edge
        n = len(text)
        at = found = 0
        while at <= n and found < _SITE_EDGE_LINES:
            end = text.find("\n", at)
            end = n if end < 0 else end
            if text[at:end].strip():
                edge[at] = end
                found += 1
            at = end + 1
        end, found = n, 0
        while end >= 0 and found < _SITE_EDGE_LINES:
            start = text.rfind("\n", 0, end) + 1
            if text[start:end].strip():
                edge[start] = end
                found += 1
            end = start - 1
        return edge

    return lines


def _chrome_name(table: OutletTable, text: str, edge: dict[int, int]) -> _Found | None:
    """A line "About X" or "Subscribe to X" at the page's edge naming a news domain.

    A short top line alone is no evidence: headlines, sections and writers'
    names stand there too, and many read as some site's name run together.
    """
    for ls, le in sorted(edge.items()):
        m = _NAMED_CHROME.match(text[ls:le].strip(_BULLETS))
        if m is None or len(m["name"].split()) > _CHROME_NAME_WORDS:
            continue
        s = text.index(m["name"], ls)
        found = _name_found(table, text, s, s + len(m["name"]), "text:about", 0.7)
        if found is not None:
            return found
    return None


# -- the broadcaster's voice, notices, member releases ----------------------------

# A broadcast naming its own station: "This is Example Radio news.", "From
# Example Radio Learning, this is the Health Report.", "For Example Radio,
# I'm Jo Cole.", "Welcome to Example Radio's science magazine". Group "name"
# is where the outlet's name opens.
_THIS_IS = re.compile(
    r"[Tt]his[ \t]+is[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\n.!?,]{1,60}?)"
    r"[ \t]*(?:[.!]|$)",
    re.M,
)
_FROM_FOR = re.compile(
    r"(?:From|For)[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\n.!?,]{1,60}?)"
    r"(?=,[ \t]+(?:this[ \t]+is\b|I['\u2019]m[ \t]+[A-Z]))"
)
_WELCOME = re.compile(
    r"[Ww]elcome[ \t]+to[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\n.!?,]{1,40}?)"
    r"['\u2019]s[ \t]"
)

# "... on today's edition of Example Radio's science show": the programme's
# own announcement.
_EDITION = re.compile(
    r"(?:[Tt]oday|[Tt]onight|[Tt]his[ \t]+week)['\u2019]s[ \t]+(?:edition|episode)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\n.!?,]{1,40}?)['\u2019]s[ \t]"
)
# A presenter's sign-on with the programme: "I'm Jo Cole with the Example
# Radio Health Report.", "I'm Jo Cole with Example News."
_WITH = re.compile(
    r"I['\u2019]m[ \t]+[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}[ \t]+"
    r"with[ \t]+(?:the[ \t]+|your[ \t]+)?(?P<name>[A-Z][^\n.!?,]{1,60}?)"
    r"[ \t]*(?:[.!]|$)",
    re.M,
)
# A sign-off: "This has been the Health Report from Example Radio.", "That
# was a news brief for Example Radio."
_BEEN = re.compile(
    r"(?:This|That)[ \t]+(?:has[ \t]+been|was)[ \t]+(?:a|an|the)[ \t]+"
    r"[^\n.!?,]{1,40}?[ \t]+(?:for|from|on)[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][^\n.!?,]{1,60}?)[ \t]*(?:[.!]|$)",
    re.M,
)
_ON_AIR = (
    (("this is",), _THIS_IS),
    (("i'm", "i\u2019m"), _WITH),
    (("has been", "that was"), _BEEN),
    ((", i'm", ", i\u2019m", ", this is"), _FROM_FOR),
    (("welcome to",), _WELCOME),
    (("s edition of", "s episode of"), _EDITION),
)
# Page chrome (station IDs, notices, appeals, release headers, source credits)
# stands in a page's first or last lines: only those are read for it.
_CHROME_CHARS = 1000


def _edge_spans(text: str, size: int) -> tuple[tuple[int, int], ...]:
    """The page's first and last ``size`` characters, widened to whole lines."""
    n = len(text)
    if n <= 2 * size:
        return ((0, n),)
    head = text.find("\n", size)
    head = n if head < 0 else head
    tail = text.rfind("\n", 0, n - size) + 1
    if tail <= head:
        return ((0, n),)
    return ((0, head), (tail, n))


def _edge_matches(
    text: str,
    lowered: str,
    patterns: Sequence[tuple[tuple[str, ...], re.Pattern[str]]],
    *,
    head_only: bool = False,
) -> Iterator[re.Match[str]]:
    """Matches of each pattern in the page's edges holding one of its keywords."""
    spans = _edge_spans(text, _CHROME_CHARS)
    if head_only:
        spans = spans[:1]
    # The keywords are looked for once, in the edges run together.
    window = (
        "\n".join(lowered[lo:hi] for lo, hi in spans)
        if len(lowered) == len(text)
        else lowered
    )
    for keywords, pattern in patterns:
        for k in keywords:
            if k in window:
                break
        else:
            continue
        for lo, hi in spans:
            yield from pattern.finditer(text, lo, hi)


# What may follow the station's name in "This is ...": a programme's kind.
_PROGRAMME = re.compile(
    r":?(?:[ \t]+[A-Z][\w&-]*)*?(?:[ \t]+(?:news|report|program|programme|magazine|"
    r"show|bulletin|broadcast|podcast|newscast|radio|service))?[ \t]*$",
    re.I,
)
# The same in a sign-on or sign-off, where only the programme's title in
# capitals may follow: "... with the Example Radio Health Report."
_PROGRAMME_TITLE = re.compile(r":?(?:[ \t]+[A-Z][\w&-]*)*[ \t]*$")
# The anchor handing over to the station's own correspondent: "Example
# Radio's Jo Cole has more.", "... Jo Cole reports." (the sentence ends at
# the verb: a quoted colleague's report takes a clause).
_HANDOVER = re.compile(
    r"['\u2019]s[ \t]+(?:(?:[a-z]+[ \t]+)?correspondent[ \t]+)?[A-Z][\w.'\u2019-]*"
    r"(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2}[ \t]+(?:has[ \t]+more|reports)"
    r"(?:[ \t]+(?:from|on)[ \t]+"
    r"[^\n.!?]{1,60}?)?[ \t]*[.:](?:\s|$)"
)


_EDGE_CHARS = 600
_HANDOVER_NEEDLES = ("has more", "reports.", "reports:", "reports from")
# A break announced after the station ID: the ID is a bumper inside the
# broadcast, whose transcript another site may be carrying.
_BREAK = re.compile(
    r"(?i)\bwhen we come back\b|\bstay with us\b|\bafter (?:the|this) break\b"
)


def on_air(table: OutletTable, text: str) -> _Found | None:
    """A broadcast naming its own station, in an opener, sign-off or handover.

    "This is Example Radio news.", "This is Example Radio: News Briefs.",
    "From Example Radio, this is the Health Report.", "For Example Radio,
    I'm Jo Cole.", "I'm Jo Cole with the Example Radio Health Report.",
    "This has been the news brief for Example Radio.", "Welcome to Example Radio's
    science magazine" and "Example Radio's Jo Cole has more." are how a
    station speaks of itself on air; a story citing another outlet says what
    it reported ("Example Radio's Jo Cole reported that ...").
    """
    lowered = _lowered(text)
    # Openers and sign-offs stand in a broadcast's first or last lines.
    for m in _edge_matches(text, lowered, _ON_AIR):
        pattern = m.re
        if pattern is not _WELCOME and pattern is not _EDITION:
            if not _opens_clause(text, m.start()):
                continue
        s, e = m.span("name")
        match = table.name_in(text, s, e, media_only=False)
        if match is None or match.start != s or match.entry.kind == "platform":
            continue
        if pattern is _EDITION and match.end != e:
            continue
        if pattern is _WITH or pattern is _BEEN:
            if not _PROGRAMME_TITLE.fullmatch(text, match.end, e):
                continue  # "I'm Jo Cole with the Example Radio union today"
        if pattern is _THIS_IS and (
            not _PROGRAMME.fullmatch(text, match.end, e)
            or _EDGE_CHARS <= s < len(text) - _EDGE_CHARS
            or _BREAK.search(text, e, e + 80) is not None
        ):
            # "This is the Example Times's view of ..."; and away from the
            # ends, "This is Example Radio" is a break's bumper in a
            # transcript another site may carry, not the broadcast's own
            # opening or close.
            continue
        entry = match.entry
        return _Found(entry, entry.domain, "text:self:on-air", s, match.end, 0.8)
    if "has more" in lowered or "reports" in lowered:
        for m in _line_matches(text, lowered, _HANDOVER_NEEDLES, _HANDOVER):
            lo = max(_line_start(text, m.start()), m.start() - 60)
            found = _name_ending(table, text, lo, m.start())
            if found is not None:
                return replace(found, rule="text:self:on-air", confidence=0.75)
    return None


# A clause joined on after a comma: "It is Monday, ten o'clock, and this is ...".
_AND_AFTER_COMMA = re.compile(r",[ \t]+and[ \t]+$")


def _opens_clause(text: str, at: int) -> bool:
    """Whether ``at`` opens a line, a sentence or a clause after a comma.

    A clause joined with "and" after a comma counts too: "It is Monday, and
    this is Example Radio." is the station's opener.
    """
    before = text[max(0, at - 3) : at].rstrip(" \t")
    if not before or before[-1] in ".!?,\n":
        return True
    return _AND_AFTER_COMMA.search(text, max(0, at - 8), at) is not None


def _name_ending(table: OutletTable, text: str, lo: int, end: int) -> _Found | None:
    """The registry outlet (not a platform) whose name ends exactly at ``end``."""
    at = lo
    while at < end:
        match = table.name_in(text, at, end, media_only=False)
        if match is None:
            return None
        if match.end == end and match.entry.kind != "platform":
            e = match.entry
            return _Found(e, e.domain, "text:self", match.start, match.end, 0.8)
        at = match.end if match.end > at else at + 1
    return None


# A site's own notices: "Articles presented on Example Wiki reflect ...",
# "Example Wiki is a project of the Example Foundation.", "Donate today to
# keep Example Voices strong!", "We are Example Voices."
_NOTICE = re.compile(
    r"(?:Articles|Stories|Content)[ \t]+(?:presented|published)"
    r"[ \t]+on[ \t]+(?P<name>[A-Z][^\n.,;]{1,40}?)[ \t]+(?:reflect|are|do|may)\b"
)
# "Donate today to keep Example Voices strong!"
_DONATE = re.compile(
    r"[Dd]onate(?:[ \t]+(?:today|now))?[ \t]+to[ \t]+(?:keep|help|support)[ \t]+"
    r"(?P<name>[A-Z][^\n.!?,;]{1,40}?)[ \t]+"
    r"(?:strong|going|free|alive|independent|running)\b"
)
# "Example Wiki is a project of the Example Foundation."
_PROJECT_OF = re.compile(
    r"[ \t]+is[ \t]+a[ \t]+project[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]"
)
# "We are Example Voices."
_WE_ARE = re.compile(
    r"We[ \t]+are[ \t]+(?P<name>[A-Z][^\n.!?,;]{1,40}?)[ \t]*[.!](?:\s|$)"
)
_SITE_NOTICES = (
    (("presented on", "published on"), _NOTICE),
    (("donate",), _DONATE),
    (("is a project of",), _PROJECT_OF),
    (("we are",), _WE_ARE),
)


# A newsroom's feed or page title: "Example Agency Newsroom", "Updates for the
# Example Service Digital Newsroom", "Example Office Press Releases", "Example
# Agency News", "Subscribe to Example Courts News feed", "Example Service in
# the News".
_DESK_TITLE = re.compile(
    r"[ \t]+(?:(?:digital|online)[ \t]+)?(?:newsroom"
    r"|press[ \t]+(?:releases|room|office)|news[ \t]+(?:releases|cent(?:re|er))"
    r"|media[ \t]+cent(?:re|er)|news(?:[ \t]+feed)?|in[ \t]+the[ \t]+news)[ \t]*$",
    re.I,
)
# The title naming the organisation after the news: "Latest News from Example
# Agency", "News and Updates from the Example Service".
_NEWS_FROM = re.compile(
    r"^[ \t]*(?:(?:latest|recent)[ \t]+)?news(?:[ \t]+and[ \t]+[a-z]+)?"
    r"[ \t]+from[ \t]+(?:the[ \t]+)?(?=[A-Z])",
    re.I,
)
_DESK_TITLE_WORDS = 12
_DESK_TITLE_NEEDLES = ("newsroom", "press", "news", "media c")


def newsroom_title(table: OutletTable, text: str) -> _Found | None:
    """A short line near the top naming an organisation's newsroom.

    "Recent Updates for Example Service Digital Newsroom" or "Example Agency
    Press Releases" over the story: the organisation whose newsroom the page
    is. The name must stand right before the newsroom's word.
    """
    top = _lowered(text)[:_MASTHEAD_CHARS]
    if not any(w in top for w in _DESK_TITLE_NEEDLES):
        return None
    seen = 0
    for start, end in _line_spans(text, _MASTHEAD_CHARS):
        line = text[start:end]
        if not line.strip():
            continue
        seen += 1
        if seen > _MASTHEAD_LINES:
            break
        if len(line.split()) > _DESK_TITLE_WORDS:
            continue
        found = _desk_named(table, text, start, end)
        if found is not None:
            return found
    return None


def _desk_named(table: OutletTable, text: str, start: int, end: int) -> _Found | None:
    """The organisation a newsroom title line names right before or after its desk.

    "Example Agency Newsroom" names it before the desk's word, "Latest News from
    Example Agency" after it, filling the rest of the line.
    """
    line = text[start:end]
    desk = _DESK_TITLE.search(line)
    if desk is not None:
        lo, hi, at_end = start, start + desk.start(), True
    else:
        after = _NEWS_FROM.match(line)
        if after is None:
            return None
        lo, hi, at_end = start + after.end(), start + len(line.rstrip()), False
    for m in table.find_names(text, lo, hi, media_only=False, heading=True):
        if (m.end == hi if at_end else m.start == lo and m.end == hi) and (
            m.entry.kind != "platform"
        ):
            e = m.entry
            return _Found(e, e.domain, "text:newsroom-title", m.start, m.end, 0.8)
    return None


def site_notice(table: OutletTable, text: str) -> _Found | None:
    """The site's notice about itself names it: its disclaimer, appeal or motto.

    "Articles presented on Example Wiki reflect the time they were written",
    "Example Wiki is a project of the Example Foundation", "Donate today to
    keep Example Voices strong!", "We are Example Voices." The name must
    fill its place (a name inside a longer one does not count).
    """
    lowered = _lowered(text)
    rule = "text:self:notice"
    for m in _edge_matches(text, lowered, _SITE_NOTICES):
        if m.re is _PROJECT_OF:
            s, e = _sentence_start(text, m.start()), m.start()  # "X is a project"
        elif m.re is _WE_ARE and _sentence_start(text, m.start()) != m.start():
            continue  # "... and so We are Example" is not the motto
        else:
            s, e = m.span("name")
        found = _named(table, text, s, e, rule, 0.8, whole=True)
        if found is not None and found.start == s:
            return found
    return None


# A member of Congress's release: "Source: United States Senator for Examplia
# Jo Cole", "Senator Jo Cole (D-EX) today issued the following statement".
_MEMBER = (
    r"(?P<title>Senator|Sen\.|Congressman|Congresswoman|Representative|Rep\.)"
    r"(?:[ \t]+for[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?"
    r"[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){1,3}?(?P<last>[A-Z][a-z'\u2019-]+)"
    r"(?:,[ \t]+(?:Jr|Sr|III|II|M\.D)\.?)?"
)
_MEMBER_RELEASE = re.compile(
    r"^[ \t]*(?:Source:[ \t]+[^\n]*?\b"
    + _MEMBER
    + r"(?:[ \t]+\([^)\n]{2,40}\))?[ \t]*$"
    r"|(?:[A-Z][A-Za-z.,' ]{1,40}(?:[ \t]*[\u2013\u2014][ \t]*|[ \t]+-[ \t]+))?"
    r"(?:Today,[ \t]+)?(?P<r_us>U\.S\.[ \t]+|United[ \t]+States[ \t]+)?"
    + _MEMBER.replace("?P<", "?P<r_")
    + r"(?:[ \t]+\([^)\n]{2,12}\))?"
    # The member's office after the name: ", Chair of the Example Committee,".
    r"(?:,[ \t]+[A-Z][^,;\n]{2,120},)?(?:[ \t]+today)?[ \t]+"
    r"(?:(?:issued|released|delivered)[ \t]+the[ \t]+following[ \t]+"
    r"(?:opening[ \t]+)?(?:statement|remarks)"
    r"|(?<=today[ \t])(?P<r_did>[a-z]{3,}ed)\b))",
    re.M,
)
_HOUSE_TITLES = frozenset({"Congressman", "Congresswoman", "Representative", "Rep."})


def member_release(table: OutletTable, text: str) -> _Found | None:
    """A member of Congress's release names the member's own site.

    A copy's "Source: ... Congressman Jo Cole (EX-05)", or a release opening
    "Senator Jo Cole (D-EX) today issued the following statement": the
    member's site is ``<surname>.senate.gov`` or ``<surname>.house.gov``, as
    members' sites are named. A statement of several members names no one
    site and is left alone.
    """
    lowered = _lowered(text)
    keys = (("source:", "following ", " today "), _MEMBER_RELEASE)
    for m in _edge_matches(text, lowered, (keys,), head_only=True):
        prefix = "" if m.group("title") else "r_"
        if m.group("r_did") and not m.group("r_us"):
            continue  # "Senator Jo Cole today voted": a story about the member
        title, last = m.group(prefix + "title"), m.group(prefix + "last")
        chamber = "house.gov" if title in _HOUSE_TITLES else "senate.gov"
        surname = re.sub(r"[^a-z]", "", last.lower())
        if len(surname) < 2:
            continue
        s, e = m.span(prefix + "last")
        return _Found(None, f"{surname}.{chamber}", "text:self:member", s, e, 0.75)
    return None


# An agency's story code closing the copy: "EWA/IRN8505" on its own line.
_STORY_CODE = re.compile(r"^[ \t]*(?P<name>[A-Z]{2,6})/[A-Z]{0,5}\d{4,}[ \t]*$", re.M)
# The story code stands in the copy's last lines.
_CODE_CHARS = 300
# A copy's source credit on its own line: "Source: Example Radio".
_SOURCE_LINE = re.compile(
    r"^[ \t]*(?:(?:19|20)\d\d-\d\d-\d\d[ \t]*)?\(?(?:Source|SOURCE|\u6765\u6e90)[ \t]*"
    r"[:\uff1a][ \t]*(?P<name>[^\n()]{2,60}?)"
    r"(?:[ \t]+and[ \t]+(?:other[ \t]+)?(?:news[ \t]+|wire[ \t]+)?agencies)?"
    r"(?:[ \t]+[|\u2013\u2014-]?[ \t]*(?:Published|Updated|Posted)\b[^\n]*)?"
    r"\)?[ \t.]*$",
    re.M,
)


def _news_site(
    text: str, start: int, end: int, rule: str, conf: float
) -> _Found | None:
    """The news domain ``text[start:end]`` is the address of, if it is one."""
    site = text[start:end].strip(" \t.")
    parts = split_url(site) if " " not in site and "." in site else None
    if parts is None or not _SITE.fullmatch(parts.host):
        return None
    domain = registrable_domain(parts.host)
    if domain is None or domain not in site_index().news:
        return None
    s = text.index(site, start)
    return _Found(None, domain, rule, s, s + len(site), conf)


def source_credit(table: OutletTable, text: str) -> _Found | None:
    """A copy's credit naming the news outlet it came from.

    "Source: Example Radio" or "Source: dailyexample.com" alone on a line,
    or an agency's story code closing the copy ("EWA/IRN8505"). Only a news
    outlet counts: "Source: Example Statistics Office" or "Source:
    stats.example.gov" under a table credits the figures.
    """
    lowered = _lowered(text)
    keys = (("source", "\u6765\u6e90"), _SOURCE_LINE)
    for m in _edge_matches(text, lowered, (keys,)):
        found = _named(
            table, text, *m.span("name"), "text:origin:source", 0.7, whole=True
        )
        if (
            found is not None
            and found.entry is not None
            and found.entry.kind not in NON_MEDIA_KINDS
        ):
            return found
        if found is None:
            found = _news_site(text, *m.span("name"), "text:origin:source", 0.7)
            if found is not None:
                return found
    if "/" in text[-_CODE_CHARS:]:
        for m in _STORY_CODE.finditer(text, max(0, len(text) - _CODE_CHARS)):
            entry = table.by_name(m.group("name"))
            if entry is not None and entry.kind == "wire agency":
                return _Found(
                    entry, entry.domain, "text:origin:code", *m.span("name"), 0.7
                )
    return None


# A disclaimer naming the page's outlet: "... do not necessarily reflect
# Example News's editorial stance", "... the views of Example Radio".
_DISCLAIMER = re.compile(
    r"\b(?:reflect|represent)s?[ \t]+(?:(?:the[ \t]+)?(?:views?|opinions?|positions?"
    r"|polic(?:y|ies)|stance)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][^\n.!?,;]{1,60}?)"
    r"(?=[.!?,;]|$|[ \t]+(?:or|and|nor|its|as)\b)|(?:the[ \t]+)?"
    r"(?P<name2>[A-Z][^\n.!?,;]{1,60}?)['\u2019]s?[ \t]+(?:editorial[ \t]+)?"
    r"(?:stance|polic(?:y|ies)|positions?"
    r"|views?|opinions?)\b)",
    re.M,
)


def disclaimer(table: OutletTable, text: str) -> _Found | None:
    """A disclaimer: "The views expressed ... do not necessarily reflect Example
    News's editorial stance" or "... the views of Example Radio".

    Only a page's own outlet disowns its contributors' views; the name must
    be a registry outlet or a news site's name.
    """
    lowered = _lowered(text)
    if "reflect" not in lowered and "represent" not in lowered:
        return None
    for m in _line_matches(text, lowered, ("reflect", "represent"), _DISCLAIMER):
        g = "name" if m.group("name") else "name2"
        found = _named(table, text, *m.span(g), "text:disclaimer", 0.8, whole=True)
        if found is None:
            found = _unlisted(table, text, *m.span(g), "text:disclaimer", 0.7)
        if found is not None:
            return found
    return None


# -- an office's own transcript ---------------------------------------------------

# A transcript's heading in a page's first lines: "Press Conference by the
# Prime Minister", "Extra Press Conference by the Example Minister", "News
# conference - Capital City", "Doorstop interview - Harbour Town", "Press
# Briefing", "Transcript: ...".
_TRANSCRIPT_HEADING = re.compile(
    r"^[ \t]*(?:(?:Extra|Regular|Joint|Special|Weekly|Daily)[ \t]+)?"
    r"(?:(?:Press|News|Media)[ \t]+(?:[Cc]onferences?|[Bb]riefings?)\b"
    r"|(?:Doorstop|Television|TV|Radio)(?:[ \t]+[Ii]nterview)?[ \t]*[-\u2013\u2014:]"
    r"|(?:Interview|Transcript)[ \t]*[-\u2013\u2014:])",
    re.M,
)
_TRANSCRIPT_CHARS = 600
_OFFICE_CHARS = 1500
# The office holding it, in the heading: "Press Conference by (the) Prime
# Minister Jane Doe", "... by the Example Minister (10:30 a.m.)".
_HEADING_OFFICE = re.compile(
    r"(?:[Cc]onference|[Bb]riefing|[Ss]tatements?|[Rr]emarks)[ \t]+by[ \t]+"
    r"(?:the[ \t]+)?(?P<title>[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,5})"
)
# A speaker label with the office in capitals: "JANE DOE, PRIME MINISTER:".
_SPEAKER_OFFICE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\u2019-]*(?:[ \t]+[A-Z][A-Z.'\u2019-]*){0,3},[ \t]+"
    r"(?P<title>[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,4})[ \t]*:",
    re.M,
)
# A ministry named in the page: "Press Conference Room, Ministry of Defense".
_MINISTRY = re.compile(
    r"\b(?P<title>(?:Ministry|Department|Office)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"[A-Z][\w'\u2019-]*(?:[ \t]+(?:(?:and|of|for)[ \t]+)?[A-Z][\w'\u2019-]*){0,4})"
)
# An office's name in the registry with its country after "of" or in
# brackets: "Prime Minister of Example Land and His Cabinet", "Ministry of
# Examples of Example Land", "Ministry of Examples (Example Land)".
_OF_COUNTRY = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_IN_BRACKETS = re.compile(r"^(?P<office>.+?)[ \t]+\((?P<country>[^()]+)\)$")


@functools.lru_cache(maxsize=4)
def _country_words() -> frozenset[str]:
    """Place names in the lexicon that name a country or a capital."""
    return frozenset(load_lexicon("place_names").entries)


_OFFICES_CACHE: dict[int, tuple[OutletTable, dict[str, dict[str, OutletEntry]]]] = {}


def _offices(table: OutletTable) -> dict[str, dict[str, OutletEntry]]:
    """Government offices of the registry by title, then by their country.

    "Prime Minister of Example Land" is kept as "prime minister" ->
    {"example land": entry}; a title held in one country only still needs
    its country named on the page.
    """
    cached = _OFFICES_CACHE.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    countries = _country_words()
    out: dict[str, dict[str, OutletEntry]] = {}
    for entry in table:
        if entry.kind not in NON_MEDIA_KINDS:
            continue
        for label in (entry.name, *entry.aliases):
            for office, country in _office_country(label, countries):
                out.setdefault(office, {}).setdefault(country, entry)
    _OFFICES_CACHE[id(table)] = (table, out)
    return out


def _office_country(label: str, countries: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(office, country) readings of a registry name, both lower-case."""
    bracket = _IN_BRACKETS.match(label)
    if bracket is not None and bracket.group("country").lower() in countries:
        yield bracket.group("office").lower(), bracket.group("country").lower()
    for m in _OF_COUNTRY.finditer(label):
        tail = label[m.end() :].split(" and ")[0].strip().lower()
        if tail in countries:
            yield label[: m.start()].lower(), tail


def _office_titles(title: str) -> Iterator[tuple[str, int]]:
    """The office a title may stand for, longest first, lower-case, and its length.

    "Prime Minister Jane Doe" -> "prime minister jane doe", ..., "prime
    minister"; "Example Minister" also -> "ministry of example" and
    "ministry of example affairs" (a foreign minister heads the ministry of
    foreign affairs). The length is how many characters of the title the
    office spans.
    """
    words = list(re.finditer(r"\S+", title.replace("\u2019", "'")))
    for n in range(len(words), 0, -1):
        size = words[n - 1].end()
        head = " ".join(w.group() for w in words[:n]).lower()
        yield head, size
        if n == 2 and words[1].group().lower() == "minister":
            yield f"ministry of {words[0].group().lower()}", size
            yield f"ministry of {words[0].group().lower()} affairs", size


def _page_country(text: str, choices: Collection[str]) -> str | None:
    """Of ``choices``, the country the page names, and more often than the others.

    A name counts with the words it opens ("Examplean" for "Example"); a
    page naming none of the choices, or two of them equally often, has none.
    """
    counts: Counter[str] = Counter()
    lowered = text.lower()
    for country in choices:
        if country in lowered:
            n = len(re.findall(r"\b" + re.escape(country.title()), text))
            if n:
                counts[country] = n
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def office_transcript(table: OutletTable, text: str) -> _Found | None:
    """A government office's transcript on its own site, by the office's title.

    A page headed "Press Conference by the Prime Minister", "Doorstop
    interview - Harbour Town" (its speaker labelled "JANE DOE, PRIME
    MINISTER:") or "Press Conference by the Example Minister" (held at the
    Ministry of Example) is the office's own record. The registry names
    such offices with their country ("Prime Minister of Example Land",
    "Ministry of Example (Example Land)"); the country is the one the page
    names most. A title the registry holds for no country, or a page whose
    country is unclear, gives nothing.
    """
    head = text[:_TRANSCRIPT_CHARS]
    if _TRANSCRIPT_HEADING.search(head) is None:
        return None
    offices = _offices(table)
    top = text[:_OFFICE_CHARS]
    found = [
        m
        for pattern in (_HEADING_OFFICE, _SPEAKER_OFFICE, _MINISTRY)
        for m in pattern.finditer(top)
    ]
    for m in found:
        title = m.group("title")
        if title.isupper():
            title = title.title()
        for office, size in _office_titles(title):
            by_country = offices.get(office)
            if by_country is None:
                continue
            country = _page_country(text, by_country)
            if country is None:
                return None
            entry = by_country[country]
            s = m.start("title")
            return _Found(entry, entry.domain, "text:office", s, s + size, 0.7)
    return None


# A ministry's weekly digest of its own news, headed by the short name it
# goes by: "A look at the Defence news 3 - 9 May", "A summary of the
# Health news in the week of 3 May", "Round-up of the Transport news".
_DIGEST_HEADING = re.compile(
    r"^[ \t]*(?:A[ \t]+look[ \t]+at|A[ \t]+summary[ \t]+of|Round-?up[ \t]+of|"
    r"Highlights[ \t]+of)[ \t]+(?:the[ \t]+)?"
    r"(?P<field>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+news\b",
    re.M,
)
_DIGEST_CHARS = 300


def office_digest(table: OutletTable, text: str) -> _Found | None:
    """A ministry's digest of its own news, headed by the name it goes by.

    "A look at the Defence news 3 - 9 May" on a page about one country's
    armed forces is that country's Ministry of Defence's weekly digest: the
    field is read as "Ministry of <field>" and, as for ``office_transcript``,
    the registry's office of the country the page names most gives the row.
    """
    m = _DIGEST_HEADING.search(text, 0, _DIGEST_CHARS)
    if m is None:
        return None
    by_country = _offices(table).get("ministry of " + m.group("field").lower())
    if by_country is None:
        return None
    country = _page_country(text, by_country)
    if country is None:
        return None
    entry = by_country[country]
    return _Found(entry, entry.domain, "text:office", *m.span("field"), 0.7)


# A parliament's record labels each sitting with its chamber: "Commons
# Chamber" opening a line (often run into the speech) or in the title's
# brackets, "(Lords/Lords Chamber)".
_CHAMBER_LABEL = re.compile(
    r"(?:^|[(/])[ \t]*(?P<house>(?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+)[ \t]+Chamber"
    r"(?=[A-Z\s)/]|$)",
    re.M,
)
_CHAMBER_CHARS = 1500


def chamber_label(table: OutletTable, text: str) -> _Found | None:
    """A parliament's record page by its chamber's label near the top.

    "Commons Chamber" opening a line or "(Commons/Commons Chamber)" after a
    debate's title label a sitting of the House of Commons, the parliament
    that publishes its record. The house must be a registry name as "House
    of <label>" ("House of Commons"); "the council chamber" in a story is
    written in lower case and names no house.
    """
    head = text[:_CHAMBER_CHARS]
    if "Chamber" not in head:
        return None
    for m in _CHAMBER_LABEL.finditer(head):
        entry = table.by_name("House of " + m.group("house"))
        if entry is not None and entry.kind in NON_MEDIA_KINDS:
            s, e = m.start("house"), m.end()
            return _Found(entry, entry.domain, "text:masthead", s, e, 0.75)
    return None


PUBLISHER_CUES: tuple[Callable[[OutletTable, str], _Found | None], ...] = (
    masthead,
    self_description,
    site_greeting,
    page_note,
    also_on,
    promotion,
    interviewer_label,
    copyright_footer,
    site_address,
    on_air,
    site_notice,
    member_release,
    disclaimer,
    newsroom_title,
    office_transcript,
    office_digest,
    chamber_label,
)


# -- the issuer of a release -----------------------------------------------------

# The marks of a release, an organisation's own announcement: a label line
# ("Press Release", "News Releases", "Media Advisory", "For Immediate
# Release", "REF-12 - Announcement"), an end mark ("###", "-30-", "ENDS"),
# the issuer's "today announced" or a press contact line ("Media contact:",
# "Press enquiries:"; group "contact" ends where its details begin).
_RELEASE_LINE = re.compile(
    r"[ \t\u2022*>-]*(?:[\w.-]+[ \t]+[-\u2013\u2014][ \t]+)?"
    r"(?:(?:press|news|media)[ \t]+(?:releases?|statements?|advisory|advisories)"
    r"|for[ \t]+immediate[ \t]+release|announcements?)\b"
    r"|[ \t]*(?:#{3,}|-30-|-[ \t]*ends[ \t]*-|ends)[ \t]*$"
    r"|(?P<contact>[ \t]*(?:(?:media|press)[ \t]+(?:contacts?|enquiries|inquiries)"
    r"|contacts?)[ \t]*:)",
    re.I | re.M,
)
_RELEASE_TODAY = re.compile(
    r"\btoday[ \t]+(?:announced|released|launched|unveiled|awarded)\b"
    r"|\b(?:announced|released|launched|unveiled)[ \t]+today\b",
    re.I,
)
# The issuer is named this often at least, twice as often as any other
# name, and first in the page's first third (a release opens with it).
_ISSUER_MIN = 3
# An official's title and name after a body's name: the body is whom the
# official works for, which a release by another body names as often
# ("The Example Secretary and Example Agency Administrator Jane Doe
# announced ...").
_OFFICIAL_AFTER = re.compile(
    r"[ \t]+(?:Acting[ \t]+|Deputy[ \t]+)?(?:Administrator|Director|Secretary"
    r"|Commissioner|Chief|Chair(?:man|woman)?|Spokes(?:person|man|woman))"
    r"[ \t]+[A-Z]"
)
_ISSUER_LEAD = 3


def release_issuer(table: OutletTable, text: str) -> _Found | None:
    """The organisation a release speaks for: its contact, or its running name.

    A release's press contact line names its issuer ("Contact: Press Office,
    Example Agency"). Otherwise a page marked as a release ("Press Release",
    "###", "The Example Agency today announced") is the issuer's when one
    name runs through it: named three times at least,
    twice as often as any other, and first in the page's first third ("The
    Example Agency today announced ..."). A story that quotes a release has
    no such mark; the weakest of the publisher cues, used only when the page
    shows nothing else.
    """
    marked = False
    ls = 0
    while True:  # each line's start: a label, an end mark, a contact
        mark = _RELEASE_LINE.match(text, ls)
        ls = text.find("\n", ls) + 1
        if mark is not None:
            marked = True
            if mark.group("contact") is not None:
                # "Contact: Press Office, Example Agency, 555-0100"
                end = len(text) if ls == 0 else ls - 1
                for m in table.find_names(text, mark.end(), end, media_only=False):
                    if m.entry.kind != "platform":
                        e = m.entry
                        return _Found(
                            e, e.domain, "text:release:contact", m.start, m.end, 0.6
                        )
        if ls == 0:
            break
    if not marked:
        lowered = _lowered(text)
        if "today" not in lowered or len(lowered) != len(text):
            return None
        if not any(_line_matches(text, lowered, ("today",), _RELEASE_TODAY)):
            return None
    top = _most_named(
        m
        for m in table.find_names(text, media_only=False)
        # "Example Agency Director Jane Doe": whom she works for
        if m.entry.kind != "platform" and not _OFFICIAL_AFTER.match(text, m.end)
    )
    if top is None:
        return None
    m, n, runner = top
    if n < _ISSUER_MIN or n < 2 * runner or m.start > len(text) / _ISSUER_LEAD:
        return None
    return _Found(m.entry, m.entry.domain, "text:release", m.start, m.end, 0.5)


def _most_named(matches: Iterable[NameMatch]) -> tuple[NameMatch, int, int] | None:
    """The most named domain's first match, its count and the runner-up's count.

    Ties go to the domain named first; None when there is no match.
    """
    counts: dict[str, int] = {}
    first: dict[str, NameMatch] = {}
    for m in matches:
        counts[m.entry.domain] = counts.get(m.entry.domain, 0) + 1
        first.setdefault(m.entry.domain, m)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    runner = ranked[1][1] if len(ranked) > 1 else 0
    return first[ranked[0][0]], ranked[0][1], runner


# -- the organisation's own voice ------------------------------------------------

# The page speaking for itself: "we", "our", "ours" outside quotation marks
# ("us" is left out: "shocking many of us" speaks for readers, not a body).
# (Written to open with a character class, which the regex engine scans for
# fast, rather than with "\b".)
_WE = re.compile(r"[WwOo](?<!\w[WwOo])(?:(?<=[Ww])e|(?<=[Oo])urs?)\b")
# A quotation on one line; one left open runs to the line's end, and a line
# opening with the end of a quotation begun above is quoted up to its mark.
_QUOTED = re.compile(
    r"\u201c[^\u201d\n]*(?:\u201d|$)|\"[^\"\n]*(?:\"|$)|^[^\u201c\u201d\n]*\u201d",
    re.M,
)
# A sentence's start within a paragraph: the line's start or after ". ".
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?:][ \t]))[ \t]*(?=\S)", re.M)
_OWN_VOICE_MIN = 2
# How often the page names itself: once in so many characters.
_OWN_VOICE_SPACING = 1000
# How far from "we" a name is read: about a sentence either side.
_OWN_VOICE_REACH = 150
# A body the page names this often, once in so many characters, speaks.
_DENSE_MIN = 5
_DENSE_SPACING = 250


def _names_near(
    table: OutletTable, text: str, start: int, end: int, hits: list[int]
) -> Iterator[NameMatch]:
    """Registry names within a sentence or so of each hit, on its line."""
    spans: list[list[int]] = []
    for h in hits:
        lo = max(start, h - _OWN_VOICE_REACH)
        hi = min(end, h + _OWN_VOICE_REACH)
        if lo > start:  # widen to whole words
            lo = max(text.rfind(" ", start, lo) + 1, start)
        if hi < end:
            space = text.find(" ", hi, end)
            hi = end if space < 0 else space
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    for lo, hi in spans:
        yield from table.find_names(text, lo, hi, media_only=False)


def own_voice(table: OutletTable, text: str) -> _Found | None:
    """The organisation a page speaks for in the first person plural.

    A press release, an agency's blog or an organisation's FAQ names itself
    beside "we" and "our": "Example Parks Service (EPS). We marked our
    100th year", "Example Foundation opened an office and focused our
    work on the EU", "EPN is a non-profit, so we do not endorse". The outlet
    named most often within a sentence or so of "we" (outside quotations)
    is taken if the page names it at least twice and about once in every
    thousand characters; a government body or an organisation anywhere
    there, a news outlet only when it opens a sentence there (an op-ed
    speaking for its readers cites the outlets it names). Used only when
    the page shows no publisher and no origin.
    """
    hits = _we_hits(text)
    if not hits:
        return None
    counts: dict[str, int] = {}
    first: dict[str, _Found] = {}
    voiced = 0
    at = 0
    while at < len(hits):
        start = text.rfind("\n", 0, hits[at]) + 1
        end = text.find("\n", hits[at])
        end = len(text) if end < 0 else end
        line_hits = []
        while at < len(hits) and hits[at] < end:
            line_hits.append(hits[at])
            at += 1
        quoted = [m.span() for m in _QUOTED.finditer(text, start, end)]
        voiced_hits = [h for h in line_hits if not any(a <= h < b for a, b in quoted)]
        if not voiced_hits:
            continue
        voiced += len(voiced_hits)
        opens = {m.end() for m in _SENTENCE_START.finditer(text, start, end)}
        for match in _names_near(table, text, start, end, voiced_hits):
            entry = match.entry
            if entry.kind == "platform" or any(a <= match.start < b for a, b in quoted):
                continue
            if entry.kind not in NON_MEDIA_KINDS and (
                match.start not in opens
                or text[match.start : match.end].lower() in _MENU_WORDS
            ):
                continue  # "People who should be on our side": a word, not People
            counts[entry.domain] = counts.get(entry.domain, 0) + 1
            first.setdefault(
                entry.domain,
                _Found(
                    entry, entry.domain, "text:own-voice", match.start, match.end, 0.5
                ),
            )
    if voiced < _OWN_VOICE_MIN or not counts:
        return None
    best = max(counts.values())
    found = min(
        (f for d, f in first.items() if counts[d] == best),
        key=lambda f: f.start or 0,
    )
    # The page keeps naming itself, about once in every thousand characters
    # and at least twice; an op-ed speaking for its readers names a ministry
    # now and then ("our alarm at the Example Ministry").
    mentions = sum(
        m.entry.domain == found.domain for m in table.find_names(text, media_only=False)
    )
    needed = max(_OWN_VOICE_MIN, len(text) / _OWN_VOICE_SPACING)
    return found if mentions >= needed else None


@functools.lru_cache(maxsize=4)
def _we_hits(text: str) -> tuple[int, ...]:
    # The page's own voice is asked for twice (own_voice, dense_voice).
    return tuple(m.start() for m in _WE.finditer(text))


def _unquoted(text: str, at: int) -> bool:
    """Whether the word at ``at`` stands outside the quotations of its line."""
    ls = _line_start(text, at)
    le = text.find("\n", at)
    le = len(text) if le < 0 else le
    return not any(q.start() <= at < q.end() for q in _QUOTED.finditer(text, ls, le))


@functools.lru_cache(maxsize=4)
def _voiced(text: str) -> bool:
    """Whether the page says "we" or "our" once at least outside quotations."""
    return any(_unquoted(text, at) for at in _we_hits(text))


def _we_soon(text: str, at: int) -> bool:
    """Whether the page says "we" or "our" outside quotations soon after ``at``."""
    return any(
        at < h < at + _WE_SOON_CHARS and _unquoted(text, h) for h in _we_hits(text)
    )


def body_words(table: OutletTable) -> dict[str, tuple[str, ...]]:
    """The first words of the names of government bodies and organisations.

    Each word (in the lower case of the document's words, also with a
    possessive: "cbp's") maps to the domains of the bodies whose names it
    opens. A page whose words open a body's names fewer times than the body
    must be named cannot name it densely, and is not searched for names.
    """
    words: dict[str, set[str]] = {}
    for e in table:
        if e.kind in NON_MEDIA_KINDS:
            for label in (e.name, *e.aliases):
                key = name_key(label).split()
                for tail in ("", "'s", "\u2019s") if key else ():
                    words.setdefault(key[0] + tail, set()).add(e.domain)
    return {w: tuple(sorted(ds)) for w, ds in words.items()}


def _may_be_dense(
    lowers: Sequence[str], bodies: dict[str, tuple[str, ...]], needed: float
) -> bool:
    """Whether some body's names open often enough among the page's words."""
    seen = Counter(filter(bodies.__contains__, lowers))
    bound: dict[str, int] = {}
    for word in seen:
        for domain in bodies[word]:
            bound[domain] = bound.get(domain, 0) + seen[word]
    return any(n >= needed for n in bound.values())


def dense_voice(
    table: OutletTable,
    text: str,
    lowers: Sequence[str] | None = None,
    bodies: dict[str, tuple[str, ...]] | None = None,
) -> _Found | None:
    """The body a first-person page names on every few lines.

    An agency's release or an organisation's FAQ may say "our" only once,
    away from its name ("Read more on our web page"), while naming itself
    again and again: a government body or an organisation named at least
    five times, about once in every 250 characters (some 40 words), and
    more than twice as often as any other, is the page's voice. A news
    outlet is left out (a story about an outlet names it as often), and a
    story about a body names it less often. The last of the publisher cues,
    used only when nothing else names one. With the document's ``lowers``
    and the table's ``bodies`` (``body_words``), a page whose words open a
    body's name too seldom is passed over unsearched.
    """
    needed = max(_DENSE_MIN, len(text) / _DENSE_SPACING)
    if not _voiced(text):
        return None
    if lowers is not None and bodies is not None:
        if not _may_be_dense(lowers, bodies, needed):
            return None
    top = _most_named(
        m
        for m in table.find_names(text, media_only=False)
        if m.entry.kind in NON_MEDIA_KINDS
    )
    if top is None:
        return None
    m, n, runner = top
    if n < needed or n <= 2 * runner:
        return None
    return _Found(m.entry, m.entry.domain, "text:own-voice:dense", m.start, m.end, 0.4)


# -- the body a page opens with --------------------------------------------------

# How far into the page its lead runs: its title and first paragraph.
_LEAD_CHARS = 500
# Text read past the lead so that a name the lead begins is read whole.
_LEAD_MARGIN = 300
_LEAD_MIN = 2
# How soon after the lead's subject a "we" or "our" speaks for it.
_WE_SOON_CHARS = _LEAD_CHARS
# Words an organisation's initials pass over ("South Wales Fire and Rescue
# Service" is SWFRS).
_INITIALS_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "to", "&"})
_INITIALS_MIN = 3
# After the body's name, the verb it is the subject of, past its initials:
# "Northdale Council (NC) has agreed", "... Service urges", "... Agency
# today announced". A name before a noun ("Example Agency Secretary Jane
# Doe", "Example Agency headquarters", "Example Agency (EA) agents") or in
# an address block is not one.
# "we" or "our" later in the sentence that names the body: "At Example
# Council, we ...", "for the Example Service as we have begun".
_WE_AFTER = re.compile(r"[^.!?\n\"\u201c]{0,60}?\b(?:[Ww]e|[Oo]ur)\b")
_SUBJECT_VERB = re.compile(
    r"[ \t]+(?:\([A-Z]{2,10}\)[ \t]+)?(?:(?:today|also|now)[ \t]+)?"
    r"(?:(?:is|are|was|were|has|have|had|will|would|can|could|may|must|shall"
    r"|should|does|did)\b|(?!(?:news|headquarters|operations|affairs|officials"
    r"|officers|statistics|services|updates|staff|members|this|thus|its|his"
    r"|agents|employees|workers|inspectors|investigators|researchers|scientists"
    r"|lawyers|attorneys|analysts|experts|leaders|troops|forces|guards|rules"
    r"|regulations|guidelines|records|documents|figures)\b)"
    r"[a-z]{2,}(?:s|ed)\b)"
)


def _initials(name: str) -> str | None:
    """A name's initials in capitals ("Northdale Fire and Rescue Service": NFRS)."""
    words = [
        w for w in re.findall(r"[\w'\u2019]+", name) if w.lower() not in _INITIALS_SKIP
    ]
    initials = "".join(w[0] for w in words).upper()
    return initials if len(initials) >= _INITIALS_MIN and initials.isalpha() else None


def _initials_count(text: str, entry: OutletEntry) -> int:
    """How often the page writes a body by its name's initials ("NFRS")."""
    labels = (entry.name, *entry.aliases)
    found = {i for label in labels if (i := _initials(label))}
    found -= {label.upper() for label in labels}  # "FBI" is read as a name
    return sum(len(re.findall(r"\b" + i + r"\b", text)) for i in found)


def _bodies(table: OutletTable, text: str) -> list[NameMatch]:
    """The outlets and bodies ``text`` names, platforms left out, in order."""
    return [
        m
        for m in table.find_names(text, media_only=False)
        if m.entry.kind != "platform"
    ]


def _lead_subject(text: str, m: NameMatch) -> bool | None:
    """Whether a body the lead names goes on in "we"/"our" (True) or as the
    subject of a verb (False); None when it is neither, or not in the lead."""
    if m.entry.kind not in NON_MEDIA_KINDS or m.start > _LEAD_CHARS:
        return None
    if _WE_AFTER.match(text, m.end) is not None:
        subject: bool | None = True
    else:
        subject = False if _SUBJECT_VERB.match(text, m.end) else None
    if subject is not None and (
        _inside_name(text, m.start) or not _unquoted(text, m.start)
    ):
        # "the Democratic Example Office", or a speaker's words: not the
        # page's own subject
        return None
    return subject


def lead_body(table: OutletTable, text: str) -> _Found | None:
    """The public body or organisation a page opens with and speaks for as "we".

    A council's, a fire service's or an agency's own news item names the
    body in its title or first paragraph ("Northdale Fire and Rescue Service
    urges residents to ...") and then speaks as "we" and "our" ("our crews
    attended ..."), naming itself now and then, often by its initials
    (NFRS); so does a foundation's or an institute's. The first body the
    page names is taken when it is a government body or an organisation,
    named in the lead as the subject of a verb ("Example Council has
    agreed"), the page says "we" or "our" outside quotations,
    and the body is named (by name or initials) twice at least and more
    than twice as often as any other outlet or body; once is enough when
    the sentence that names it goes on in "we" or "our" ("a busy year for
    Example Council as we rebuilt ..."), or the lead right after it does
    ("Example Council will open two libraries. ... our staff will ...").
    A story about the body does not
    speak as "we"; the last of the publisher cues.
    """
    if not _voiced(text):
        return None
    # A cheap gate first: the lead read on its own (a name is far shorter than
    # the margin). Only a page whose lead qualifies is searched whole.
    lead = _bodies(table, text[: _LEAD_CHARS + _LEAD_MARGIN])
    if not lead or _lead_subject(text, lead[0]) is None:
        return None
    matches = _bodies(table, text)
    first = matches[0]
    we_after = _lead_subject(text, first)
    if we_after is None:
        return None
    # "Example Council will open two libraries. ... our new library": the
    # sentences right after the lead's subject go on in "we" or "our".
    we_after = we_after or _we_soon(text, first.end)
    counts = Counter(m.entry.domain for m in matches)
    n = counts.pop(first.entry.domain) + _initials_count(text, first.entry)
    runner = max(counts.values(), default=0)
    if n < (1 if we_after else _LEAD_MIN) or n <= 2 * runner:
        return None
    e = first.entry
    return _Found(e, e.domain, "text:lead-body", first.start, first.end, 0.4)


# -- a body the lead names as the speaker or actor of its own statement ----------

# After the body's name, a statement or an announced act: "Example Agency
# today filed charges", "the Example Office welcomes", "Example Service has
# revised", "the Example Board is warning", "Example Council will hold".
_ACT_VERB = re.compile(
    r"[ \t]+(?:\([A-Z]{2,10}\)[ \t]+)?(?:(?:today|also|now|yesterday)[ \t]+)?"
    r"(?:(?:has|have|had|will|is)[ \t]+)?(?:(?:today|also|now)[ \t]+)?"
    r"(?:sa(?:id|ys)|announc(?:es|ed|ing)|welcom(?:es|ed)|publish(?:es|ed)"
    r"|releas(?:es|ed)|issu(?:es|ed)|filed?s?|charg(?:es|ed)|launch(?:es|ed)"
    r"|confirm(?:s|ed)?|revis(?:es|ed)|expects?|expected|reports?|reported"
    r"|warn(?:s|ed|ing)|urg(?:es|ed)|award(?:s|ed)|approv(?:es|ed)|recommend(?:s|ed)"
    r"|stat(?:es|ed)|estimat(?:es|ed)|hold|held|close|begin|start)\b"
)
# Before the name, in its sentence: nothing, "The", or a short opening
# phrase and a comma ("In its complaint, the Example Agency charges").
_ACT_OPENING = re.compile(
    r"[ \t\u2022*-]*(?:[A-Z][^,.;:\n]{0,40},[ \t]+)?(?:[Tt]he[ \t]+)?$"
)
# The body as the speaker its sentence credits: "..., Example Agency said
# today", "according to the Example Office". A quotation credited to it
# ("'We will ...,' the Example Agency said") is how a story quotes a body.
_SPEAKER_BEFORE = re.compile(
    r"(?:(?<![\"'\u201d\u2019]),[ \t]+(?:the[ \t]+)?"
    r"|according[ \t]+to[ \t]+(?:the[ \t]+)?)$"
)
_SPEAKER_AFTER = re.compile(r"[ \t]+(?:sa(?:id|ys)|reported|announced)\b")
# The words the cues above need in the lead, found before any name search.
_ACT_GATE = re.compile(
    r"[A-Z][\w.]*\)?"
    + _ACT_VERB.pattern
    + r"|according[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z]"
)
# The words _ACT_VERB and "according to" stand on, as a page's words are
# lower-cased.
_ACT_WORDS = frozenset(
    "according announced announces announcing approved approves awarded awards"
    " begin charged charges close confirm confirmed confirms estimated estimates"
    " expect expected expects file filed files held hold issued issues launched"
    " launches recommended recommends released releases report reported reports"
    " revised revises said says start stated states urged urges warned warning"
    " warns welcomed welcomes published publishes".split()
)
# A name that is an office held by a person ("the Prime Minister of
# Example", "the Attorney General"): its holder speaks, not a body.
_OFFICE_NAME = re.compile(
    r"(?:the[ \t]+)?(?:(?:Prime|Foreign|Deputy)[ \t]+)?(?:Minister|President"
    r"|Premier|Governor|Mayor|Chancellor|Ambassador|Secretary|Attorney|Speaker"
    r"|Lord)\b",
    re.I,
)


# A day of the week in the sentence ("the Example Agency said on Tuesday",
# "Example Board on Friday filed ..."): how a news story dates what a body
# did; a body's own release says "today" or gives the date in its header.
_NEWS_DAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _news_dated(text: str, m: NameMatch) -> bool:
    """Whether the sentence naming ``m`` is dated by a day of the week."""
    start = _sentence_start(text, m.start)
    end = text.find(".", m.end)
    return _NEWS_DAY.search(text, start, m.end + 160 if end < 0 else end) is not None


def _lead_actor_at(text: str, m: NameMatch) -> bool:
    """Whether a body named in the lead speaks or acts in its own sentence."""
    start = _sentence_start(text, m.start)
    if _news_dated(text, m):
        return False  # a news story's frame, not the body's own voice
    before = text[start : m.start]
    if _ACT_OPENING.fullmatch(before) and _ACT_VERB.match(text, m.end):
        return True
    if not _SPEAKER_BEFORE.search(before):
        return False
    return before.rstrip().endswith("to") or bool(_SPEAKER_AFTER.match(text, m.end))


def lead_actor(
    table: OutletTable, text: str, lead_words: Collection[str] | None = None
) -> _Found | None:
    """A body the lead names in the third person as the speaker or actor of
    its own statement, on a page that names no outlet.

    A body's own release, or a copy that carries it, names the body as it
    acts or speaks: "The Example Agency today filed charges against ...",
    "Example Service has revised its policy ...", "... rose 4 percent,
    Example Statistics said today.", "according to Example Statistics". The
    page's first government body or organisation named that way in the lead
    is taken when the page says no "we" or "our" of its own, names no news
    outlet, and names the body more often than any other body. A news story
    about a body is found by its masthead, credit or byline before this cue.
    """
    # Cheap gates first: an act verb among the lead's lower-case words
    # (``lead_words``, when the caller has them), then a word in capitals
    # right before an act verb, or "according to" a name, in the lead; then
    # the page's own "we".
    if lead_words is not None and _ACT_WORDS.isdisjoint(lead_words):
        return None
    if not _ACT_GATE.search(text, 0, _LEAD_CHARS + _LEAD_MARGIN):
        return None
    if _voiced(text):
        return None
    lead = [
        m
        for m in _bodies(table, text[: _LEAD_CHARS + _LEAD_MARGIN])
        if m.start <= _LEAD_CHARS and m.entry.kind in NON_MEDIA_KINDS
    ]
    # "The Example Fund announced Tuesday ... The Fund expects ...": a body
    # the lead dates by a day of the week is a news story's subject all along.
    actor = next(
        (
            m
            for m in lead
            if not _OFFICE_NAME.match(text, m.start)
            and _lead_actor_at(text, m)
            and not any(
                o.entry.domain == m.entry.domain and _news_dated(text, o) for o in lead
            )
        ),
        None,
    )
    if actor is None:
        return None
    matches = _bodies(table, text)
    if any(m.entry.kind not in NON_MEDIA_KINDS for m in matches):
        return None
    counts = Counter(m.entry.domain for m in matches)
    n = counts.pop(actor.entry.domain, 0)
    if n <= max(counts.values(), default=0):
        return None
    e = actor.entry
    return _Found(e, e.domain, "text:lead-actor", actor.start, actor.end, 0.4)


# -- the outlet the page keeps naming as its own --------------------------------

# After a name's possessive, the page's own staff and services: "Example
# Radio's Jane Doe", "Example Radio's Somali service", "Example Voices'
# network".
_STAFF_AFTER = re.compile(
    r"['\u2019]s?[ \t]+(?:[A-Z]\w|(?:own[ \t]+)?(?:reporters?|correspondents?"
    r"|bureaus?|network|team|staff(?:ers)?|journalists?|editors?|community|coverage"
    r"|newsroom|services?|audiences?|webcast)\b)"
)
# After a name without a possessive: "Example Voices community members",
# "Example Radio staffers", "the Example News byline".
_OWN_AFTER = re.compile(r"[ \t]+(?:community|staff(?:ers)?|byline|newsroom)\b")
# After a name, the outlet at work in its own pages: "Example Voices
# presents", "Example News interviews the mayor", "Example Post previously
# reported", "Example Radio is introducing", "Example News interviewed".
_AT_WORK_AFTER = re.compile(
    r"[ \t]+(?:(?:has|have|had)[ \t]+)?(?:(?:previously|earlier|also|first)[ \t]+)?"
    r"(?:presents|invites|interview(?:s|ed)|brings|introduc(?:es|ing)|amplified|launch(?:es|ed)"
    r"|(?:is|was)[ \t]+(?:introducing|launching|bringing)|(?:previously|earlier)"
    r"[ \t]+reported|reported[ \t]+(?:on|earlier|last|previously|this))\b",
    re.I,
)
# The same words in another outlet's story: "As Example Post reported on
# Sunday", "Example Post first reported last week" cite its reporting, so
# they count as little as a reporter's name ("previously reported" stays a
# page's own).
_CITED_REPORT = re.compile(
    r"[ \t]+(?:(?:has|have|had)[ \t]+)?(?:(?:also|first)[ \t]+)?"
    r"reported[ \t]+(?:on|earlier|last|previously|this)\b",
    re.I,
)
# Before a name: "Discover with Example Voices", "Credit: Example Radio"
# (a photo's credit names the picture's source, not the page's).
_AT_CUE = (
    r"(?:\b(?:[Dd]iscover|[Ee]xplore|[Jj]oin[ \t]+us|[Oo]nly)[ \t]+(?:with|on|at)"
    r"|(?<![Pp]hoto[ \t])(?<![Ii]mage[ \t])(?<![Vv]ideo[ \t])\b[Cc]redits?[ \t]*:)"
    r"[ \t]+(?:the[ \t]+)?"
)
_AT_BEFORE = re.compile(_AT_CUE + "$")
# Every context above, found from its words: a name stands before an
# "after" context (the possessive of its staff, the word of its work) and
# begins where a "before" context ends. The page's body is searched for the
# words, the pattern tried where one stands, and names are looked up only
# beside what it finds (the scoring checks each context exactly).
_WORK_WORD = re.compile(
    r"(?:community|staff|staffers|byline|newsroom|presents|invites|interview(?:s|ed)"
    r"|brings"
    r"|introduc(?:es|ing)|amplified|launch(?:es|ed|ing)|bringing"
    r"|reported[ \t]+(?:on|earlier|last|previously|this)|(?:previously|earlier)"
    r"[ \t]+reported)\b",
    re.I,
)
_AT_WORDS = re.compile(_AT_CUE, re.I)
_CHANNEL_WORDS = re.compile(_CHANNEL_CUE, re.I)
_MENTION_NEEDLES: tuple[tuple[str, bool, re.Pattern[str]], ...] = (
    *((w, True, _STAFF_AFTER) for w in ("'", "\u2019")),
    *(
        (w, True, _WORK_WORD)
        for w in (
            "community",
            "staff",
            "byline",
            "newsroom",
            "presents",
            "invites",
            "interviews",
            "interviewed",
            "brings",
            "introduc",
            "amplified",
            "launch",
            "bringing",
            "reported",
            "previously",
            "earlier",
        )
    ),
    *((w, False, _AT_WORDS) for w in ("discover", "explore", "join", "only", "credit")),
    *(
        (w, False, _CHANNEL_WORDS)
        for w in (
            "told",
            "tell",
            "said",
            "says",
            "speaking",
            "spoke",
            "talk",
            "interview",
            "comments",
        )
    ),
)
_APOSTROPHE_CHARS = "'\u2019"
# The word that ends just before a context, and the one that opens after it.
_LAST_WORD = re.compile(r"\w+$")
_AUXILIARY_WORDS = frozenset(
    {"has", "have", "had", "is", "was", "previously", "earlier", "also", "first"}
)
_WORD_AT = re.compile(r"\w+")
# How far from a context a name is looked for, at most, on its line.
_MENTION_REACH = 150
# How many lines at each end of the page are its chrome, and how short.
_EDGE_NAME_LINES = 3
_EDGE_LINE_WORDS = 12
_EDGE_LINE_CHARS = 200  # longer lines hold more than 12 words
_SELF_MENTION_MIN = 2
_SELF_MENTION_WEAK = 3
# A person's name after the possessive: "Example Radio's Jane Doe".
_STAFF_NAME = re.compile(r"['\u2019]s?[ \t]+[A-Z][a-z]+[ \t]+[A-Z]")
# A capitalised word and an event or show after it: "Example TV's Nevada
# town hall", "Example Radio's Sunday debate" (a story cites another outlet's
# events; "Example Radio's Somali service" is the outlet's own).
_CAPITAL_EVENT = re.compile(
    r"['\u2019]s?[ \t]+(?:[A-Z][\w-]*[ \t]+){1,2}(?:town[ \t]+halls?|debates?|forums?"
    r"|interviews?|polls?|shows?|programs?|documentar(?:y|ies)|specials?|events?)\b"
)
# Its feature or column reporting: "Example Post's Weather Watch feature
# reports", "Example Radio's morning show found": a story citing it.
_CITED_WORK = re.compile(
    r"['\u2019]s?[ \t]+(?:[\w-]+[ \t]+){1,3}?(?:reports?|reported|sa(?:id|ys)|found"
    r"|finds|wr(?:ote|ites)|not(?:es|ed)|revealed|claim(?:s|ed))\b"
)
# Its people by their role: "Example Post's editor-in-chief", "Example
# Radio's correspondents". Another outlet's story names them as often.
_STAFF_ROLE = re.compile(
    r"['\u2019]s?[ \t]+(?:own[ \t]+)?(?:(?:chief|senior|executive|top|managing)[ \t]+)?"
    r"(?:reporters?|correspondents?|journalists?|editors?)\b"
)


# A capitalised word just before a name, itself inside its sentence: the
# name only ends a longer one ("the Democratic People's Republic", "Apple
# and Alphabet Inc's Google", "the Cambodian People's Party").
_WORD_BEFORE = re.compile(r"(?<![\w.'\u2019-])([A-Z][\w&'\u2019-]*)[ \t]+$")
_BEFORE_WORD = re.compile(r"(?:^|[.!?:;\"\u201c(\[]|\n)[ \t]*$")


def _inside_name(text: str, at: int) -> bool:
    """Whether the name at ``at`` ends a longer proper name it stands inside."""
    w = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if w is None or w.group(1) == "The":
        return False
    # A capitalised word opening the sentence ("As Example News' Jo Cole")
    # says nothing.
    return _BEFORE_WORD.search(text, max(0, w.start() - 5), w.start()) is None


def _edge_line_bounds(text: str) -> tuple[int, int]:
    """Where the first and the last few non-empty lines of the page end and begin."""
    head = 0
    seen = 0
    while seen < _EDGE_NAME_LINES and head < len(text):
        nl = text.find("\n", head)
        line_end = len(text) if nl < 0 else nl
        if text[head:line_end].strip():
            seen += 1
        head = line_end + 1
    tail = len(text)
    seen = 0
    while seen < _EDGE_NAME_LINES and tail > 0:
        nl = text.rfind("\n", 0, tail - 1)
        if text[nl + 1 : tail].strip():
            seen += 1
        tail = nl + 1 if nl >= 0 else 0
    return head, tail


# A verb that introduces another text's words: a line "Example Post
# reports:", "As Example Post's Jane Doe explained:" opens a quoted excerpt.
_EXCERPT_VERB = re.compile(
    r"\b(?:reports?|reported|wr(?:ote|ites)|not(?:es|ed)|explain(?:s|ed)|sa(?:id|ys)"
    r"|add(?:s|ed)|detail(?:s|ed)|describ(?:es|ed)|observ(?:es|ed)|continu(?:es|ed)"
    r"|according|put[ \t]+it|summed)\b",
    re.I,
)


# The signature an embedded social-media post ends with: "- Jane Doe
# (@janedoe) May 5, 2020". The name in it is the post's author, whichever
# page embeds the post.
_POST_SIGNATURE = re.compile(
    r"(?:^|[ \t])[-\u2013\u2014][ \t]*[^\n()]{1,60}\(@\w{1,30}\)[ \t]+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},"
    r"[ \t]*(?:19|20)\d\d[ \t]*$"
)


def _chrome_mention(text: str, m: NameMatch, *, opens: bool) -> bool:
    """Whether a name stands in a short chrome line, not in a photo credit.

    With ``opens``, the name must open the line ("[Example Agency News] ...").
    """
    ls = _line_start(text, m.start)
    le = text.find("\n", m.end)
    line = text[ls : len(text) if le < 0 else le].strip()
    if len(line.split()) > _EDGE_LINE_WORDS or line.endswith((".", "?", "!")):
        return False  # a sentence, not chrome
    if line.endswith(":") and _EXCERPT_VERB.search(line):
        return False  # "Example Post reports:" opens a quoted excerpt
    if "(@" in line and _POST_SIGNATURE.search(line):
        return False  # "... - Example Post (@ExamplePost) May 5, 2020": a post
    if text[m.start : m.end].lower() in _MENU_WORDS:
        return False  # "People" or "Time" alone: a menu label
    if _CREDIT_NEXT.match(text[m.end : m.end + 12].lstrip()):
        return False  # "Example Wire / Jane Doe": a photo's credit
    before = text[ls : m.start]
    if any(q in before for q in '"\u201c\u201d'):
        return False  # '"Talks resume" - Example Wire, May 5': a source list
    if _CREDIT_LABEL.match(before.strip(_BULLETS + "[(")) and not before.strip(
        _BULLETS + "[("
    ).lower().startswith("credit"):
        return False
    if opens and _SUBJECT_VERB.match(text, m.end):
        return False  # "Example Agency wins an award": a headline's subject
    return not opens or not before.strip(_BULLETS + "[(\"'\u201c")


def _mention_names(
    table: OutletTable, text: str, head: int, tail: int, *, channel: bool = False
) -> list[NameMatch]:
    """The names in the page's edge lines, and those beside a mention's context.

    The rest of the page is not searched word by word: a name counts there
    only against a context ("Example Radio's network", "told Example
    Radio"), so names are looked up on the context's line next to it.
    """
    found: dict[int, NameMatch] = {}
    for lo, hi in () if channel else ((0, head), (tail, len(text))):
        ls = lo
        while ls < hi:
            le = text.find("\n", ls, hi)
            le = hi if le < 0 else le
            # chrome lines only: a name in a long line scores nothing there
            if le - ls <= _EDGE_LINE_CHARS:
                for m in table.find_names(text, ls, le, media_only=False):
                    found.setdefault(m.start, m)
            ls = le + 1
    lowered = _lowered(text)
    if len(lowered) != len(text):
        lowered = text  # lower() changed lengths: search the text as it is
    looked: set[tuple[int, bool]] = set()
    for needle, after, pattern in _MENTION_NEEDLES:
        if (pattern is _CHANNEL_WORDS) is not channel:
            continue
        at = lowered.find(needle)
        while at >= 0:
            if after and needle in "'\u2019":
                c = pattern.match(text, at)
            elif at > 0 and text[at - 1].isalnum():
                c = None  # inside a word
            else:
                c = pattern.match(text, at)
            if c is not None and (c.start(), after) not in looked:
                looked.add((c.start(), after))
                _names_beside(table, text, c, after, found)
            at = lowered.find(needle, at + 1)
    return [found[k] for k in sorted(found)]


def _names_beside(
    table: OutletTable,
    text: str,
    c: re.Match[str],
    after: bool,
    found: dict[int, NameMatch],
) -> None:
    """Add the names before an "after" context, or the one opening a "before" one."""
    if after:
        at = c.start()
        lo = max(_line_start(text, at), at - _MENTION_REACH)
        end = at
        for _ in range(4):  # past "has", "previously": "Example has previously"
            while end > lo and text[end - 1] in " \t":
                end -= 1
            word = _LAST_WORD.search(text, max(lo, end - 40), end)
            if word is None or word.group().lower() not in _AUXILIARY_WORDS:
                break
            end = word.start()
        if word is not None and not table.ends_name(word.group()):
            return  # no outlet's name ends with the word before the context
        # (with the apostrophe, so that a name before it reads as possessive)
        hi = at + 1 if text[at] in _APOSTROPHE_CHARS else at
        for m in table.find_names(text, lo, hi, media_only=False):
            found.setdefault(m.start, m)
        return
    at = c.end()
    word = _WORD_AT.match(text, at)
    if word is None or not table.opens_name(word.group()):
        return  # no outlet's name begins with the word after the context
    le = text.find("\n", at)
    hi = min(len(text) if le < 0 else le, at + _MENTION_REACH)
    names = table.find_names(text, at, hi, media_only=False)
    if names and names[0].start == at:
        found.setdefault(at, names[0])


def self_mention(table: OutletTable, text: str) -> _Found | None:
    """The outlet the page names as its own, weakest cue of all.

    A page that shows no masthead or credit still names its publisher in its
    first or last short lines ("Example Voices: Daily Digest", "Credit:
    Example Radio"), in its services ("Example Radio's Somali service",
    "Example Voices' network of bloggers", "Example Voices community
    members") or at work on its own pages ("Example Voices presents a
    selection", "Example Post previously reported"): each such mention
    scores 2. A reporter in the possessive ("Example Radio's Jane Doe"), its
    reporting cited ("As Example Radio reported on Sunday") and a source
    speaking to it ("told Example Radio") score 1, since another outlet's
    story cites them too; a short line opening a quoted excerpt ("Example
    Radio reports:") is no chrome and scores nothing. The outlet scoring
    highest is taken when one of its mentions scored 2 and it has 2 in all,
    or when it has 3. A government body or an organisation counts in the
    page's chrome, opening the line, or (1) with its own staff: a story often
    names a ministry at work. Used only when nothing else names a publisher
    or an origin.
    """
    head, tail = _edge_line_bounds(text)
    if head >= tail:
        head, tail = 0, len(text)  # all lines at the edges: no chrome to tell
    scores: dict[str, int] = {}
    strong: set[str] = set()
    first: dict[str, NameMatch] = {}
    seen: set[int] = set()
    names = _mention_names(table, text, head, tail)
    _score_mentions(text, names, head, tail, scores, strong, first, seen)
    if strong:
        # Whom the sources spoke to counts only beside a stronger mention.
        names = _mention_names(table, text, head, tail, channel=True)
        _score_mentions(text, names, head, tail, scores, strong, first, seen)
    if not scores:
        return None
    # One strong mention with another, or three weak ones: "told Example
    # Radio" twice is how another outlet's story cites its interviews.
    scores = {
        d: v
        for d, v in scores.items()
        if v >= _SELF_MENTION_WEAK or (d in strong and v >= _SELF_MENTION_MIN)
    }
    if not scores:
        return None
    best = max(scores.values())
    m = min((first[d] for d, v in scores.items() if v == best), key=lambda x: x.start)
    e = m.entry
    return _Found(e, e.domain, "text:self-mention", m.start, m.end, 0.4)


def _score_mentions(
    text: str,
    matches: list[NameMatch],
    head: int,
    tail: int,
    scores: dict[str, int],
    strong: set[str],
    first: dict[str, NameMatch],
    seen: set[int],
) -> None:
    """Add each mention's score to its outlet's (see ``self_mention``)."""
    for m in matches:
        if m.entry.kind == "platform" or m.start in seen:
            continue
        seen.add(m.start)
        media = m.entry.kind not in NON_MEDIA_KINDS
        lo = max(0, m.start - 40)
        if (m.start < head or m.start >= tail) and _chrome_mention(
            text, m, opens=not media
        ):
            score = 2
        elif m.possessive and _STAFF_AFTER.match(text, m.end):
            # "Example Radio's Somali service" is its own; "Example Radio's
            # Jane Doe" also reads in another outlet's story.
            named = (
                _STAFF_NAME.match(text, m.end) is not None
                or _STAFF_ROLE.match(text, m.end) is not None
                or _CAPITAL_EVENT.match(text, m.end) is not None
                or _CITED_WORK.match(text, m.end) is not None
            )
            score = (1 if named else 2) if media else (0 if named else 1)
            if _inside_name(text, m.start):
                score = 0  # "the Democratic People's Republic", "Alphabet Inc's"
        elif not media:
            score = 0
        elif _OWN_AFTER.match(text, m.end) or _AT_BEFORE.search(text, lo, m.start):
            score = 2
        elif _CITED_REPORT.match(text, m.end):
            score = 1
        elif _AT_WORK_AFTER.match(text, m.end):
            score = 2
        elif _CHANNEL_BEFORE.search(text, lo, m.start):
            score = 1
        else:
            score = 0
        if score:
            d = m.entry.domain
            scores[d] = scores.get(d, 0) + score
            if score > 1:
                strong.add(d)
            first.setdefault(d, m)


# -- the origin: whose copy the page carries ------------------------------------


# A wiki page's printed footer: "Retrieved from “https://en.example.org/w/...”".
_RETRIEVED = re.compile(
    r"\bRetrieved from[ \t]*[\"\u201c']?https?://(?P<host>[\w.-]+\.[a-z]{2,})/",
    re.I,
)


def retrieved_from(table: OutletTable, text: str) -> _Found | None:
    """A wiki page's footer naming the site it was printed from.

    MediaWiki ends every printed or copied page with "Retrieved from
    “https://en.example.org/w/index.php?title=...”": the address of the
    page the text is a copy of, so its site is the origin (ANNOTATION.md,
    "Document"; decision 21's Wikinews footer), whatever the copy's own page
    names in its body. Only a registry outlet's address counts.
    """
    if "retrieved from" not in _lowered(text):
        return None
    for m in _RETRIEVED.finditer(text):
        entry = table.by_domain(m.group("host"))
        if entry is not None and entry.kind != "platform":
            return _Found(
                entry, entry.domain, "text:origin:retrieved", *m.span("host"), 0.85
            )
    return None


def republished_from(table: OutletTable, text: str) -> _Found | None:
    """A republication notice: "This story was originally published by Example Post".

    Also "The post ... appeared first on Example Daily", "This text comes
    from Example Wiki", "republished from Example Review under a Creative
    Commons licence" and "... from the Example Ministry website".
    """
    return _first_named(table, text, _REPUBLISHED, "text:origin:republished", 0.85)


def agency_dateline(table: OutletTable, text: str) -> _Found | None:
    """A dateline naming the agency: "OSLO, March 3 (Example Wire) -".

    Also "OSLO (EW) --", "OSLO, March 3 /EW/ -" and "(EW) -" at a line's
    start. Any registry outlet but a platform counts ("WASHINGTON (CNN) -").
    Inside a line (a dateline run on after a byline or a timestamp), the
    agency needs a place or a date before it: "... OSLO (EW) -", "... May
    3. /EW/."; a news agency's dateline may go without its dash: "NEW
    DELHI, Jan 5 (EWA) The ministry said ...", or name it after a comma
    near the top: "Oslo, EWA - The ministry said ...".
    """
    for m in _dateline_matches(text):
        group = "paren" if m.group("paren") is not None else "slash"
        entry = _desk_of(table, m.group(group))
        if entry is not None and entry.kind != "platform":
            return _Found(
                entry,
                entry.domain,
                "text:origin:dateline",
                m.start(group),
                m.end(group),
                0.75,
            )
        if entry is None:
            # "OSLO (Lakeside Gazette) -": a newsroom the registry lacks
            found = _unlisted(table, text, *m.span(group), "text:origin:dateline", 0.65)
            if found is not None:
                return found
    for m in _AGENCY_MARK.finditer(text):
        group = "paren" if m.group("paren") is not None else "slash"
        entry = _desk_of(table, m.group(group))
        if entry is None or entry.kind == "platform":
            continue
        if m.group("bare") is not None and entry.kind != "wire agency":
            continue  # without a dash, only a news agency signs a dateline
        line = _line_start(text, m.start())
        if _PLACE_BEFORE.search(text, max(line, m.start() - 40), m.start()):
            return _Found(
                entry,
                entry.domain,
                "text:origin:dateline",
                m.start(group),
                m.end(group),
                0.7,
            )
    for m in _COMMA_DATELINE.finditer(text, 0, min(len(text), _EDGE_CHARS)):
        entry = table.by_name(m.group("agency"))
        if entry is not None and entry.kind == "wire agency":
            return _Found(
                entry, entry.domain, "text:origin:dateline", *m.span("agency"), 0.7
            )
    return _bare_dateline(table, text)


# A dateline without brackets, the outlet's name before a long dash that
# opens the story: "Oslo Example News — The ministry said ...".
_BARE_DATELINE = re.compile(
    r"^[ \t]*(?P<head>[A-Z][\w.&'\u2019-]*(?:[ \t]+[A-Z][\w.&'\u2019-]*){0,5})"
    r"[ \t]+(?:\u2014|\u2013|--)[ \t]+(?P<rest>[^\n]*)",
    re.M,
)
_BARE_DATELINE_BODY = 8  # spaces in the rest of the line: a paragraph


def _bare_dateline(table: OutletTable, text: str) -> _Found | None:
    """A news outlet's name before a long dash opening the first paragraph.

    "Oslo Example News — The ministry said on Monday ..." and "Example
    News — The ministry said ...": the outlet signs its dateline without
    brackets. The name must end just before the dash, only a place in
    capitalised words may stand before it, and a paragraph must follow on
    the same line (a title "Example News — Home" is the page's own bar).
    """
    if "\u2014" not in text and "\u2013" not in text and "--" not in text:
        return None
    for m in _BARE_DATELINE.finditer(text, 0, min(len(text), _EDGE_CHARS)):
        if m.group("rest").count(" ") < _BARE_DATELINE_BODY:
            continue
        head_start, head_end = m.span("head")
        at = head_start
        while at < head_end:
            entry = table.by_name(text[at:head_end])
            if (
                entry is not None
                and entry.kind not in NON_MEDIA_KINDS
                and entry.kind != "platform"
            ):
                return _Found(
                    entry, entry.domain, "text:origin:dateline", at, head_end, 0.65
                )
            space = text.find(" ", at, head_end)
            if space < 0:
                break
            at = space + 1
    return None


def _desk_of(table: OutletTable, name: str) -> OutletEntry | None:
    """The registry outlet a dateline's agency names, perhaps by one of its desks.

    "(Example News Business) -" and "(Example News Politics) -" are the
    outlet's business and politics desks signing the copy, so the outlet
    is "Example News" when the registry has no row for the desk.
    """
    entry = table.by_name(name)
    if entry is None:
        head, _, last = name.rstrip().rpartition(" ")
        if head and last.lower() in _OWN_SECTIONS:
            entry = table.by_name(head)
    if entry is None and _MARK.fullmatch(name):
        entry = _agency_initials(table).get(name)
    return entry


# A news agency's mark of its initials in a dateline: "ANKARA (EWA) -".
_MARK = re.compile(r"[A-Z]{2,4}")
_INITIALS_CACHE: dict[int, tuple[OutletTable, dict[str, OutletEntry]]] = {}


def _agency_initials(table: OutletTable) -> dict[str, OutletEntry]:
    """News agencies by the initials of their full names, where only one has them.

    "Example Wire Agency" signs "(EWA)". Only a name ending in "Agency"
    counts, and only for an agency with no acronym of its own among its
    names (one that has one signs with it: "Example Telegram Agency",
    "ETAG"); initials two agencies share, or that are already a registry
    name, are left out.
    """
    cached = _INITIALS_CACHE.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    seen: dict[str, OutletEntry | None] = {}
    # ("APA" opening another agency's name is that agency's mark)
    words = {w for e in table for n in (e.name, *e.aliases) for w in n.split()}
    for entry in table:
        if entry.kind != _WIRE or not entry.name.endswith(" Agency"):
            continue
        if any(a.isupper() for a in entry.aliases):
            continue
        mark = "".join(w[0] for w in entry.name.split() if w[:1].isalpha()).upper()
        if _MARK.fullmatch(mark) and mark not in words and table.by_name(mark) is None:
            seen[mark] = None if mark in seen else entry
    marks = {k: v for k, v in seen.items() if v is not None}
    _INITIALS_CACHE[id(table)] = (table, marks)
    return marks


# A news agency's dateline with a comma: "Oslo, EWA -" (only a news agency
# signs a dateline this way; "Oslo, Norway -" names no outlet).
_COMMA_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Za-z .'\u2019-]{1,30},[ \t]+"
    r"(?P<agency>[A-Z][\w&.-]{1,15}(?:[ \t]+[A-Z][\w&.-]{1,15}){0,3})[ \t]*"
    + _DASH
    + r"[ \t]+(?=\S)",
    re.M,
)


def _dateline_matches(text: str) -> Iterator[re.Match[str]]:
    """``_DATELINE.finditer(text)``, trying only lines with "(" or "/".

    A dateline is one line's start up to its agency's bracket or slash, so
    a line with neither holds none; trying the others at their start finds
    the same matches in the same order.
    """
    starts: set[int] = set()
    for mark in "(/":
        at = text.find(mark)
        while at >= 0:
            starts.add(text.rfind("\n", 0, at) + 1)
            line_end = text.find("\n", at)
            if line_end < 0:
                break
            at = text.find(mark, line_end)
    for start in sorted(starts):
        m = _DATELINE.match(text, start)
        if m is not None:
            yield m


def _staff_matches(text: str) -> Iterator[re.Match[str]]:
    """``_STAFF.finditer(text)``, tried only where "staff" stands after a space."""
    lowered = _lowered(text)
    if len(lowered) != len(text):  # lower() changed lengths: offsets differ
        lowered = text
    at = lowered.find("staff")
    while at >= 0:
        start = at
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if start < at:
            m = _STAFF.match(text, start)
            if m is not None:
                yield m
                at = lowered.find("staff", m.end())
                continue
        at = lowered.find("staff", at + 1)


_WORD_CHAR = re.compile(r"\w")


def _byline_matches(text: str) -> Iterator[re.Match[str]]:
    """``_BYLINE.finditer(text)``, trying only lines that open with "By".

    A byline is one line from its start; a line whose first word is not
    "By" holds none.
    """
    at = text.find("By")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        if not text[start:at].strip(" \t"):
            m = _BYLINE.match(text, start)
            if m is not None:
                yield m
        end = text.find("\n", at)
        if end < 0:
            break
        at = text.find("By", end)


def _role_credit(
    table: OutletTable, text: str, start: int, end: int, rule: str
) -> _Found | None:
    """A byline's outlet with the writer's role after it: "Example Wire Reporter".

    The registry name must open the credit, and only a role (and perhaps a
    place) may follow it.
    """
    match = table.name_in(text, start, end, media_only=False)
    if match is None or match.entry.kind == "platform":
        return None
    if text[start : match.start].strip(" \t").lower() not in ("", "the"):
        return None
    if _ROLE_TAIL.match(text, match.end, end) is None:
        return None
    e = match.entry
    return _Found(e, e.domain, rule, match.start, match.end, 0.65)


_BYLINE_LINE_LINES = 12
_BYLINE_LINE_BODY = 25
_BYLINE_LINE_SPACES = 8  # a short line: a name, indented at most a little
_BYLINE_LINE_CHARS = _MASTHEAD_CHARS


def byline_line(table: OutletTable, text: str) -> _Found | None:
    """A news outlet's name alone on a line, over the story's first paragraph.

    "Example Radio News" between the headline (or a photo caption) and the
    first paragraph is the agency byline of the copy. Only a news outlet
    counts (an office's name over a paragraph is a section heading), and
    only near the top.
    """
    seen = 0
    previous: tuple[int, int] | None = None
    for start, end in _line_spans(text, _BYLINE_LINE_CHARS):
        spaces = text.count(" ", start, end)
        if spaces >= _BYLINE_LINE_BODY:
            if previous is not None:
                entry = _line_outlet(table, text[previous[0] : previous[1]])
                if (
                    entry is not None
                    and entry.kind not in NON_MEDIA_KINDS
                    and entry.kind != "platform"
                ):
                    return _Found(
                        entry, entry.domain, "text:origin:byline-line", *previous, 0.7
                    )
            previous = None
        elif spaces <= _BYLINE_LINE_SPACES:
            line = text[start:end]
            stripped = line.strip()
            if not stripped:
                continue
            ps = start + line.index(stripped)
            previous = (ps, ps + len(stripped))
        else:
            previous = None
        seen += 1
        if seen > _BYLINE_LINE_LINES:
            break
    return None


# A writer's name: two to four words in capitals ("Jane Doe", "Jo K. Cole").
_PERSON = r"[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){1,3}"
# A byline "By" does not open: "Jane Doe, Example News", "Written by Jane Doe
# | Example News", "Jane Doe, for Example News", perhaps with the writer's
# place after the outlet ("Jane Doe, Example News, Oslo").
_NAME_BYLINE = re.compile(
    r"[ \t]*(?:(?:Written|Story|Words|Reported)[ \t]+by[ \t]+)?" + _PERSON + r"[ \t]*"
    r"(?:,|\||[ \t][-\u2013\u2014])[ \t]*(?:(?:for|[Ss]pecial[ \t]+to)[ \t]+)?"
    r"(?P<name>[A-Z][^\n,|]{1,50}?)"
    r"(?:[ \t]*,[ \t]*[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2})?[ \t]*$"
)
# The writer's name alone on a line (the outlet on the next).
_PERSON_LINE = re.compile(r"[ \t]*(?:By[ \t]+)?" + _PERSON + r"[ \t]*$")
# The outlet line under it: "Example News" or "Example News, Oslo".
_OUTLET_LINE = re.compile(
    r"[ \t]*(?P<name>[A-Z][^\n,|]{1,50}?)"
    r"(?:[ \t]*,[ \t]*[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2})?[ \t]*$"
)


def name_byline(table: OutletTable, text: str) -> _Found | None:
    """A byline near the top that "By" does not open, naming a news outlet.

    "Jane Doe, Example News" or "Jane Doe | Example News" on a line of its
    own, or "Jane Doe" over a line "Example News, Oslo", under the headline
    and before the story's first long paragraph. Only a news outlet counts:
    "Jane Doe, Example Ministry" gives a person's office, not whose copy it
    is; nor does a letter's inside address name a writer.
    """
    seen = 0
    addressee = 0
    person_before = False
    for start, end in _line_spans(text, _MASTHEAD_CHARS):
        if not text[start:end].strip():
            continue
        seen += 1
        if seen > _MASTHEAD_LINES or text.count(" ", start, end) >= _BODY_WORDS:
            break
        if _ADDRESSEE.match(text, start, end):
            # a letter's inside address ("The Honorable Jane Doe / Deputy
            # Secretary / Example Department"): a title over the office
            addressee = seen + _ADDRESS_LINES
        if seen <= addressee:
            person_before = False
            continue
        if seen == 1:
            # the headline ("New Year, New Example, Same Mission")
            person_before = False
            continue
        matches = (
            _NAME_BYLINE.match(text, start, end),
            _OUTLET_LINE.match(text, start, end) if person_before else None,
        )
        person_before = _PERSON_LINE.match(text, start, end) is not None
        for m, own_line in zip(matches, (False, True), strict=True):
            if m is None:
                continue
            found = _named(
                table, text, *m.span("name"), "text:origin:byline", 0.65, whole=True
            )
            # An office on a line of its own under the writer's name is the
            # body's own news service ("Jane Doe\nExample Agency News"); after
            # a comma it is the writer's post ("Jane Doe, Example Ministry").
            if (
                found is not None
                and found.entry is not None
                and (own_line or found.entry.kind not in NON_MEDIA_KINDS)
                and text[m.start("name") : found.start].strip() in ("", "The")
            ):
                return found
    return None


_FOR_BEFORE = re.compile(r"[ \t](?:for|For|FOR)[ \t]+(?:the[ \t]+|THE[ \t]+)?$")


def byline_credit(table: OutletTable, text: str) -> _Found | None:
    """A byline or credit line naming an outlet: "By Jane Doe, Example Wire".

    Also "Example Wire staff", a writer's bio ("Jane Doe is a columnist for
    Example News."), a wire credit that names its agency ("(Reporting by
    Example Wire's Jane Doe; Editing by John Roe)") and a contributors' line
    ("Contributing: Jane Doe, Example Today"); a credit that names no
    outlet gives nothing.
    """
    rule = "text:origin:byline"
    for m in _byline_matches(text):
        found = _named(table, text, *m.span("name"), rule, 0.7, whole=True)
        if found is None and _FOR_BEFORE.search(text, m.start(), m.start("name")):
            # "By Jane Doe for the Example Mail": the writer's name before
            # "for" does not make the outlet part of a longer name
            found = _named(
                table, text, *m.span("name"), rule, 0.7, whole=True, heading=True
            )
        if found is None:
            found = _unlisted(table, text, *m.span("name"), rule, 0.6)
        if found is None:
            found = _role_credit(table, text, *m.span("name"), rule)
        if found is not None:
            return found
    at = text.find("By")
    while at >= 0:
        # ("By" after a word character is inside a word: "\bBy" of the pattern)
        inside = at > 0 and _WORD_CHAR.match(text, at - 1) is not None
        inner = None if inside else _INNER_BYLINE.match(text, at)
        if inner is not None:
            found = _named(table, text, *inner.span("name"), rule, 0.65, whole=True)
            if found is not None:
                return found
            at = text.find("By", inner.end())
        else:
            at = text.find("By", at + 1)
    if "staff" in _lowered(text):
        for m in _staff_matches(text):
            lead = _STAFF_LEAD.match(text, _line_start(text, m.start()), m.start())
            if lead is not None:
                found = _named(
                    table, text, lead.end(), m.start(), rule, 0.7, whole=True
                ) or _unlisted(table, text, lead.end(), m.start(), rule, 0.6)
                if found is not None and found.start == lead.end():
                    return found
    for pattern in (_BIO, _BIO_OWNED):
        for m in _line_matches(text, _lowered(text), _BIO_NEEDLES, pattern):
            start = _sentence_start(text, m.start())
            if _BIO_SUBJECT.fullmatch(text, start, m.start()) is None:
                continue
            found = _named(table, text, *m.span("name"), rule, 0.7)
            if found is None and pattern is _BIO:
                found = _unlisted(table, text, *m.span("name"), rule, 0.6)
            if found is not None:
                return found
    at = text.find("Reporting by")
    while at >= 0:
        start, end = _line_start(text, at), text.find("\n", at)
        end = len(text) if end < 0 else end
        if "Editing by" in text[at:end]:
            found = _named(table, text, start, end, "text:origin:credit", 0.7)
            if found is not None:
                return found
        at = text.find("Reporting by", end)
    if "contributed" in text:
        for m in _line_matches(text, _lowered(text), ("contributed",), _WRITER_CREDIT):
            found = _named(table, text, *m.span("name"), "text:origin:credit", 0.7)
            if found is not None:
                return found
    if "Contribut" in text:
        for m in _CONTRIBUTING.finditer(text):
            found = _named(table, text, *m.span("name"), "text:origin:credit", 0.7)
            if found is not None:
                return found
    return None


# An agency writer's credit: "Example Press writer Jane Doe in Paris
# contributed to this report" (the outlet's own staff are credited as
# "Example News' Jane Doe", a promotion).
_WRITER_CREDIT = re.compile(
    r"(?:^|(?<=[.!?][ \t]))[ \t]*(?P<name>[A-Z][^\n.!?'\u2019]{1,40}?)[ \t]+"
    r"(?:[Ss]taff[ \t]+)?(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Pp]hotographer|"
    r"[Jj]ournalist)s?[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){1,4}"
    r"(?:and[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){1,4})?"
    r"(?:in[ \t]+(?:[A-Z][\w.'\u2019-]*,?[ \t]+){1,3})?"
    r"contributed(?:[ \t]+to[ \t]+this[ \t]+(?:report|story|article)|[ \t]*[.;])",
    re.M,
)
# A credit line of the writers who helped: "Contributing: Jane Doe, Example
# Today; Example Wire".
_CONTRIBUTING = re.compile(
    r"^[ \t]*(?:Contributing|Contributors?)[ \t]*:[ \t]*(?P<name>[^\n]{2,200})$", re.M
)


def agency_credit_line(table: OutletTable, text: str) -> _Found | None:
    """A line that lists only wire agencies: "Example Wire, EWA" under a headline.

    The first agency is taken; a line naming anything else is not a credit.
    """
    for start, end in _line_spans(text, len(text)):
        line = text[start:end]
        if not 1 < len(line) <= 80 or ("," not in line and " and " not in line):
            continue
        parts = [p.strip() for p in _AND_LIST.split(line)]
        entries = [table.by_name(p) if p else None for p in parts]
        if entries and all(e is not None and e.kind == "wire agency" for e in entries):
            first = entries[0]
            assert first is not None
            s = start + line.index(parts[0])
            return _Found(
                first,
                first.domain,
                "text:origin:credit",
                s,
                s + len(parts[0]),
                0.7,
            )
    return None


# A credit for the files or reporting of another outlet, on a line of its
# own: "With files from Example Press", "\u2014 With files from Example Wire",
# "- with EWA", "(with reporting by Example Wire)".
_FILES = (
    r"(?:additional[ \t]+)?(?:files|reporting|reports|contributions)[ \t]+"
    r"(?:from|by)[ \t]+"
)
# After "with", the words of a credit for files or reporting.
_FILES_AFTER = re.compile(
    r"[ \t]+(?:files|reporting|additional|reports|contributions)[ \t]"
)
_CREDIT_MARKS = ("-", "\u2013", "\u2014", "(")
_FILES_CREDIT = re.compile(
    r"[ \t]*(?:(?:" + _DASH + r"|\()[ \t]*(?:[Ww]ith|WITH)[ \t]+(?:" + _FILES + r")?"
    r"|(?:[Ww]ith|WITH)[ \t]+" + _FILES + r")"
    r"(?:the[ \t]+)?(?P<name>[^\n()]{2,80}?)[ \t]*\)?[ \t]*\.?[ \t]*$",
    re.M,
)
# Where the credit may also close a paragraph's last sentence: "... the
# ministry said. (With reporting by Example Wire)", "... on Monday. - with EWA".
_SENTENCE_END = re.compile(r"[.!?\"\u201d][ \t]*$")


def files_credit(table: OutletTable, text: str) -> _Found | None:
    """A news outlet credited for part of the copy: "With files from Example Press".

    Also "- With files from Example Wire", "(with reporting by Example
    Wire)" and a wire's bare "- with EWA": the outlet whose copy the story
    carries in part, as "Example Wire contributed to this report". The
    credit is a line of its own, or closes the paragraph's last sentence
    after a bracket or a dash ("... it said. (With reporting by Example
    Wire)"); each name must be a whole news outlet's: "With files from the
    court, the clerk said" names none.
    """
    lowered = _lowered(text)
    if len(lowered) != len(text):
        return None  # (lower() changed lengths: offsets differ)
    tried = -1
    at = lowered.find("with")
    while at >= 0:
        key, at = at, lowered.find("with", at + 4)
        # ("- with EWA", "(with reporting by ...)", "With files from ...")
        if (
            lowered[max(0, key - 2) : key].rstrip(" \t")[-1:] not in _CREDIT_MARKS
            and _FILES_AFTER.match(lowered, key + 4) is None
        ):
            continue
        ls = _line_start(text, key)
        if ls == tried:
            continue
        m = _FILES_CREDIT.match(text, ls)
        if m is None:
            # the credit after the paragraph's last sentence, opened by its
            # bracket or dash
            mark = key - 1
            while mark > ls and text[mark] in " \t":
                mark -= 1
            if mark > ls and _SENTENCE_END.search(text, ls, mark):
                m = _FILES_CREDIT.match(text, mark)
        else:
            tried = ls
        if m is None:
            continue
        start, end = m.span("name")
        for part in _AND_LIST.split(text[start:end]):
            part = part.strip()
            if not part:
                continue
            s = text.index(part, start, end)
            found = _named(
                table, text, s, s + len(part), "text:origin:credit", 0.6, whole=True
            )
            if (
                found is not None
                and found.entry is not None
                and found.entry.kind not in NON_MEDIA_KINDS
            ):
                return found
    return None


# A wire's note of its copy's first publication: "This report by Example
# Press was first published Jan. 5, 2024."
_FIRST_PUBLISHED = re.compile(
    r"\bThis[ \t]+(?:report|story|article|piece)[ \t]+by[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][^\n.!?,;:]{1,60}?)[ \t]+was[ \t]+(?:first|originally)[ \t]+"
    r"published\b",
    re.I,
)


def first_published(table: OutletTable, text: str) -> _Found | None:
    """A news outlet's note that the copy was first published by it.

    "This report by Example Press was first published Jan. 5, 2024." travels
    with the copy to every site that runs it. Only a news outlet counts:
    "This report by the Example Audit Office was first published in May"
    credits a report, not copy.
    """
    lowered = _lowered(text)
    if "first published" not in lowered and "originally published" not in lowered:
        return None
    for m in _FIRST_PUBLISHED.finditer(text):
        found = _named(
            table, text, *m.span("name"), "text:origin:republished", 0.75, whole=True
        )
        if (
            found is not None
            and found.entry is not None
            and found.entry.kind not in NON_MEDIA_KINDS
        ):
            return found
    return None


# A byline without "By" on a line of its own: "Jane Doe, Example Today",
# "\u2014 Jane Doe, The Example Press", "JANE DOE, EXAMPLE WIRE", "Jane Doe
# and John Roe, Example Press", "Jane Doe For Example Online", "Jane Doe,
# Example Press Writer".
_WRITER = r"[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]*){1,3}"
_BARE_BYLINE = re.compile(
    r"^[ \t]*(?:" + _DASH + r"[ \t]*)?"
    r"(?P<writer>" + _WRITER + r"(?:[ \t]+(?:and|AND|&)[ \t]+" + _WRITER + r")?)"
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:for|For|FOR)[ \t]+)"
    r"(?:[Tt]he[ \t]+|THE[ \t]+)?(?P<name>[A-Z][^\n,|]{1,60}?)[ \t]*$",
    re.M,
)
_BARE_BYLINE_CHARS = 1500  # a byline stands near the top or at the foot


def bare_byline(table: OutletTable, text: str) -> _Found | None:
    """A writer's name and a news outlet alone on a line near the top or foot.

    "Jane Doe, Example Today" under a headline or "\u2014 Jane Doe, The
    Example Press" closing the copy. The name must be two to four
    capitalised words that are not themselves an outlet, and the outlet
    must fill the rest of the line: "Jane Doe, a nurse, said" names none.
    With the writer's role after the outlet ("Jane Doe, Example Press
    Writer") it is a credit, as "Jane Doe, Example News staff writer" is.
    """
    n = len(text)
    head = text.find("\n", min(n, _BARE_BYLINE_CHARS))
    head = n if head < 0 else head
    foot = text.rfind("\n", 0, max(0, n - _BARE_BYLINE_CHARS)) + 1
    windows = ((0, head),) if foot <= head else ((0, head), (foot, n))
    for lo, hi in windows:
        for m in _BARE_BYLINE.finditer(text, lo, hi):
            if table.by_name(m.group("writer")) is not None:
                continue  # "Example News, Example Wire": a list of outlets
            found = _named(
                table, text, *m.span("name"), "text:origin:byline", 0.65, whole=True
            ) or _role_credit(table, text, *m.span("name"), "text:origin:credit")
            if (
                found is not None
                and found.start == m.start("name")  # not "Special to Example News"
                and found.entry is not None
                and found.entry.kind not in NON_MEDIA_KINDS
                and found.entry.kind != "platform"
            ):
                return found
    return None


def newsroom(table: OutletTable, text: str) -> _Found | None:
    """The outlet whose newsroom the story shows at work.

    "The ministry did not respond to a request for comment from Example
    News", "Example News reached out to the families", "in a statement sent
    to Example News": the outlet that asked is the one that reported it.
    """
    return _first_named(table, text, _NEWSROOM, "text:origin:newsroom", 0.6)


def newsroom_pressed(table: OutletTable, text: str) -> _Found | None:
    """The news outlet the story shows pressing for answers or checking them.

    "Example News could not reach the company for comment", "Example Wire
    has not independently verified the footage", "the mayor did not return
    a call from Example News": the outlet at work is the one reporting.
    Only a news outlet counts: "The jury could not reach a verdict" and
    "the council could not reach the owner" name none.
    """
    found = _first_named(table, text, _PRESSED, "text:origin:newsroom", 0.6)
    if found is None or (
        found.entry is not None and found.entry.kind in NON_MEDIA_KINDS
    ):
        return None
    return found


# The newsroom putting its question or hearing an exclusive: "Asked by
# Example Wire whether the plant would close, a spokesman said ...", "the
# mayor told Example News in an exclusive interview". A name followed by a
# person or a presenter ("asked by Example News host Jo Cole", "asked by
# Example TV's Jo Cole") is a broadcast interview the story cites.
_ASKED_BY = re.compile(
    r"\b[Aa]sked[ \t]+by[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\n.!?,;:'\u2019]{1,40}?)"
    r"(?=[ \t]*[.,;:]|[ \t]+(?:whether|about|if|why|how|what|when|where|to|for)\b)"
    r"|\btold[ \t]+(?:the[ \t]+)?(?P<name2>[A-Z][^\n.!?,;:'\u2019]{1,40}?)"
    r"[ \t]+in[ \t]+an?[ \t]+exclusive[ \t]+"
    r"(?:(?:phone|telephone|video|written)[ \t]+)?(?:interview|statement)\b"
)


def newsroom_asked(table: OutletTable, text: str) -> _Found | None:
    """The news outlet that put the story's questions or got its exclusive.

    "Asked by Example Wire whether the plant would close, the company said
    ...", "the minister told Example News in an exclusive interview": the
    outlet asking is the one reporting. Only a news outlet counts ("asked
    by the committee whether" names a body questioning a witness).
    """
    lowered = _lowered(text)
    # ("exclusive" is a newsroom cue's keyword: asked of the page already)
    present = _keywords_present(lowered)
    if not any(_keyword_in(lowered, k, present) for k in ("exclusive", "asked by")):
        return None
    for m in _ASKED_BY.finditer(text):
        g = "name" if m.group("name") is not None else "name2"
        match = table.name_in(text, *m.span(g))
        if match is None or match.entry.kind == "platform":
            continue
        if text[match.end : m.end(g)].strip():
            continue  # "asked by Example News host Jo Cole": a presenter's
        e = match.entry
        return _Found(e, e.domain, "text:origin:newsroom", match.start, match.end, 0.6)
    return None


# A newsroom's own blurb opening a line: "Example Post is an independent,
# nonprofit newsroom covering ...", "Example Wire is a news service of ...".
_BLURB = re.compile(
    r"^[ \t]*(?P<name>[A-Z][^\n.,;:!?]{1,50}?)(?:,[ \t]+which[ \t]+[^\n,;]{2,80},)?"
    r"[ \t]+is[ \t]+(?:an?|the)[ \t]+"
    r"(?:[\w-]+,?[ \t]+){0,5}?(?:(?:news|media|journalism|broadcasting)[ \t]+"
    r"(?:organi[sz]ation|outlet|site|website|publication|company|service|"
    r"nonprofit|non-profit|startup)|newsroom|news[ \t]+and[ \t]+information[ \t]+"
    r"(?:site|service)|newspaper|magazine|news[ \t]+agency|wire[ \t]+service)\b",
    re.M,
)


def newsroom_blurb(table: OutletTable, text: str) -> _Found | None:
    """A newsroom describing itself in a line of its own: whose copy this is.

    "The Daily Yonder is an independent, nonprofit newsroom covering rural
    America." stands at the foot of its stories and of the copies other
    sites carry; the name is a registry outlet or a news domain's name.
    """
    lowered = _lowered(text)
    n = len(text)
    for needle in (" is a", " is the"):
        at = lowered.find(needle)
        while at >= 0:
            ls = text.rfind("\n", 0, at) + 1
            le = text.find("\n", at)
            le = n if le < 0 else le
            m = _BLURB.match(text, ls, le)
            if m is not None:
                found = _name_found(
                    table, text, *m.span("name"), "text:origin:about", 0.6
                )
                if found is not None:
                    return found
            at = lowered.find(needle, le)
    return None


def writer_address(table: OutletTable, text: str) -> _Found | None:
    """A writer's address in a short contact line: whose staff wrote the copy.

    "Contact reporter Jane Doe at jdoe@dailyexample.com" or "Email Jane at
    jane@dailyexample.com": like a byline credit, it names the newsroom the
    writer works for (a desk's mailbox, "tips@...", is the site's own and a
    publisher cue). The address must stand in a line of a contact or
    sign-off (a few words, one of them "contact", "email", "reach", ...).
    A mailbox at a site that is not a news outlet's counts only when the
    line points at the writer (a byline, a writer's role, "him", "me", a
    name after the verb, "Jane Doe can be reached at"): "Email the county at
    roads@example.gov" is a story's pointer to a body it cites.
    """
    lowered = _lowered(text)
    at = lowered.find("@")
    while at >= 0:
        ls = text.rfind("\n", 0, at) + 1
        le = text.find("\n", at)
        le = len(text) if le < 0 else le
        low = lowered[ls:le]
        byline = _BYLINE_START.match(text, ls + len(low) - len(low.lstrip()))
        if len(low.split()) <= _CONTACT_LINE_WORDS and (
            byline or any(w in low for w in _CONTACT_WORDS)
        ):
            writer = byline or _WRITER_CONTACT.search(text, ls, le) is not None
            for m in _EMAIL.finditer(text, ls, le):
                found = _site_found(
                    table,
                    m.group("site"),
                    "text:origin:contact",
                    m.start("site"),
                    m.end("site"),
                    0.6,
                )
                if found is not None and (writer or _is_news_site(found)):
                    return found
        at = lowered.find("@", le)
    return None


def _is_news_site(found: _Found) -> bool:
    """Whether ``found`` is a news outlet's site (a registry outlet or news domain)."""
    if found.entry is not None:
        return found.entry.kind not in NON_MEDIA_KINDS
    return found.domain in site_index().news


# Credits of whose reporting the copy carries, in the page's own lines:
# "Additional reporting by Example Wire", "-- Example Wire" or "(EW)" alone at
# the end, "Jane Doe, Special to The Example Times", "Jane Doe, Example News
# staff writer", and bios "Jane Doe covers politics for Example News", "Jane
# Doe reported from Oslo for Example News", "Jane Doe is an Example Radio
# correspondent".
_CREDIT_LINES = tuple(
    re.compile(p, re.M)
    for p in (
        r"\b(?:[Aa]dditional[ \t]+)?[Rr]eporting[ \t]+(?:by|from)[ \t]+(?:the[ \t]+)?"
        r"(?P<name>[A-Z][^\n.;,]{1,50}?)[ \t]*"
        r"(?=[.;,]|$|[ \t]+(?:and|in|from|contributed)\b)",
        r"^[ \t]*(?:By[ \t]+)?[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3},"
        r"[ \t]+(?:[Ss]pecial[ \t]+(?:to|for)[ \t]+(?:the[ \t]+)?"
        r"(?P<name3>[A-Z][^\n,]{1,50}?)|(?P<name4>[A-Z][^\n,]{1,50}?)[ \t]+"
        r"(?:(?:staff|senior|chief|contributing)[ \t]+)?"
        r"(?:writer|reporter|correspondent|editor|columnist)s?)[ \t]*$",
        r"(?:\b(?:covers|covered)[ \t]+[\w ,&-]{2,40}?|\breported[ \t]+from[ \t]+[A-Z]"
        r"[\w ,.'-]{1,40}?)[ \t]+for[ \t]+(?:the[ \t]+)?"
        r"(?P<name5>[A-Z][^\n.!?,;]{1,50}?)[ \t]*(?=[.!?,;]|$)",
        r"i(?<!\wi)s[ \t]+(?:a|an|the)[ \t]+"
        r"(?P<name6>[A-Z][\w&'\u2019 .-]{1,40}?)[ \t]+"
        r"(?:(?:staff|senior|chief|special|foreign|political|[A-Z]\w+)[ \t]+)?"
        r"(?:correspondent|reporter|writer|columnist|editor)\b",
        # "an Example Wire correspondent at the scene", "a Example Wire witness"
        r"(?:A(?<!\wA)|a(?<!\wa))n?[ \t]+"
        r"(?P<name7>[A-Z][\w&.'\u2019-]*(?:[ \t]+[A-Z][\w&.'\u2019-]*){0,3})[ \t]+"
        r"(?:correspondent|reporter|journalist|photographer|cameraman"
        r"|witness)\b",
        # An outlet credited for its part of the copy: "The Example Wire
        # contributed to this report" ("Example News' Jane Doe contributed"
        # credits the outlet's own staff, a promotion)
        r"(?:^|(?<=[.!?][ \t]))[ \t]*(?:[Tt]he[ \t]+)?"
        r"(?P<name9>[A-Z][^\n.!?,;'\u2019]{1,50}?)[ \t]+(?:also[ \t]+)?"
        r"contributed[ \t]+to[ \t]+this[ \t]+(?:report|story|article)\b",
    )
)
# The words one of which each credit above holds, lower-cased.
_CREDIT_LINE_NEEDLES = (
    ("reporting",),
    ("special", "writer", "reporter", "correspondent", "editor", "columnist"),
    ("covers", "covered", "reported from"),
    ("correspondent", "reporter", "writer", "columnist", "editor"),
    ("correspondent", "reporter", "journalist", "photographer", "cameraman", "witness"),
    ("contributed",),
)
# "-- Example Wire" or "(EW)" alone on a line.
_DASH_CREDIT = re.compile(
    r"^[ \t]*(?:[-\u2013\u2014]{1,2}[ \t]*|\()(?P<name>[A-Z][\w .&'\u2019-]{0,40}?)"
    r"\)?[ \t]*$",
    re.M,
)
# An agency's tag closing the copy's last paragraph: "... on Monday. (EWA)".
_CLOSING_TAG = re.compile(
    r"(?<=[.!?\"\u201d])[ \t]+\((?P<name8>[A-Z][\w .&-]{0,30}?)\)[ \t]*$", re.M
)


def credit_line(table: OutletTable, text: str) -> _Found | None:
    """A credit of whose reporting the copy carries, naming a registry outlet.

    "Additional reporting by Example Wire", "-- Example Wire" alone on the
    last lines, "Jane Doe, Special to The Example Times", "Jane Doe, Example
    News staff writer", "Jane Doe covers politics for Example News", "Jane Doe
    reported from Oslo for Example News", "Jane Doe is an Example Radio
    correspondent", "an Example Wire correspondent at the scene", "The
    Example Wire contributed to this report". A credit
    naming a person only gives nothing.
    """
    lowered = _lowered(text)
    matches = [
        m
        for needles, pattern in zip(_CREDIT_LINE_NEEDLES, _CREDIT_LINES, strict=True)
        for m in _line_matches(text, lowered, needles, pattern)
    ]
    # "-- Example Wire" alone, "... on Monday. (EWA)": the copy's last lines only
    tail = max(0, len(text) - _CHROME_CHARS)
    matches += _DASH_CREDIT.finditer(text, tail)
    if ")" in text[tail:]:
        matches += _CLOSING_TAG.finditer(text, tail)
    for m in matches:
        g = next(k for k, v in m.groupdict().items() if v)
        found = _named(table, text, *m.span(g), "text:origin:credit", 0.7, whole=True)
        if found is None and g == "name8" and _MARK.fullmatch(m.group(g)):
            # "... on Monday. (EWA)": a news agency's initials
            entry = _agency_initials(table).get(m.group(g))
            if entry is not None:
                found = _Found(
                    entry, entry.domain, "text:origin:credit", *m.span(g), 0.7
                )
        if found is None or found.entry is None:
            continue
        if g in ("name", "name7", "name9") and found.entry.kind in NON_MEDIA_KINDS:
            continue  # "reporting from the Home Office", "a White House reporter"
        if g == "name8" and found.entry.kind != "wire agency":
            continue  # "(CDC)" after a sentence names a body, not a credit
        return found
    return closing_name(table, text)


def closing_name(table: OutletTable, text: str) -> _Found | None:
    """A news outlet's name alone on the page's last line: its sign-off or footer.

    "... the bridge reopens in May.\n\nExample Wire" credits the copy; an
    office's name there signs a statement, and is left to the publisher's
    cues.
    """
    end = len(text.rstrip())
    start = _line_start(text, end)
    line = text[start:end].strip(_BULLETS)
    if not line[:1].isalnum() or len(line.split()) > _CHROME_NAME_WORDS:
        return None  # ("\u00a9 Example Wire" under a photo is its credit)
    entry = _line_outlet(table, line)
    if entry is None or entry.kind in NON_MEDIA_KINDS or entry.kind == "platform":
        return None
    s = text.index(line, start)
    return _Found(entry, entry.domain, "text:origin:closing", s, s + len(line), 0.65)


# A reporter of the outlet's own named in its copy: "Example Radio's Jo Cole
# reports forecasters expect rain", "Example Radio's Jo Cole, who is in
# Examplia, said ..." (the correspondent's whereabouts), and "..., according
# to Jo Cole, reporting for Example Radio from Examplia."
_PERSON = r"[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){1,2}"
# A possessive: "'s", or the apostrophe after an "s" ("Example News'"); the
# apostrophe is written first so that the search can skip to it.
_POSSESSIVE = r"['\u2019](?:s|(?<=s['\u2019]))"
_OWN_REPORTER = re.compile(
    _POSSESSIVE
    + r"[ \t]+(?:(?:correspondent|reporter)[ \t]+)?"
    + _PERSON
    + r"(?:[ \t]+(?:reports|narrates)[ \t]+[a-z\d]"
    r"|,[ \t]+who[ \t]+is[ \t]+in[ \t]+[A-Z][^\n.!?;]{0,60},[ \t]+"
    r"(?:says|said|reports|reported)\b)"
)
_REPORTING_FOR = re.compile(
    _PERSON + r",[ \t]+reporting[ \t]+for[ \t]+(?P<name>[A-Z][^\n.,;]{1,40}?)"
    r"[ \t]+from[ \t]+[A-Z]"
)


def own_reporter(table: OutletTable, text: str) -> _Found | None:
    """A news outlet's own reporter credited in the copy names its origin.

    A broadcast's script hands over to its correspondent in the present
    tense, or says where the correspondent is: "Example Radio's Jo Cole
    reports forecasters expect rain", "Example Radio's Jo Cole, who is in
    Examplia, said ...". "Jo Cole, reporting for Example Radio from
    Examplia" credits the same. The outlet must open its sentence: "as
    Example Radio's Jo Cole reports, ..." cites another outlet, and so does
    the past tense ("Example Radio's Jo Cole reported that ...").
    """
    if "reporting for" in text:
        for m in _REPORTING_FOR.finditer(text):
            found = _named(
                table, text, *m.span("name"), "text:origin:reporter", 0.7, whole=True
            )
            if found is not None and _is_news_site(found):
                return found
    for m in _OWN_REPORTER.finditer(text):
        lo = max(_sentence_start(text, m.start()), m.start() - 60)
        found = _name_ending(table, text, lo, m.start())
        if found is None or found.start != _sentence_start(text, m.start()):
            continue
        if found.entry is None or found.entry.kind in NON_MEDIA_KINDS:
            continue
        return replace(found, rule="text:origin:reporter", confidence=0.7)
    return None


# The outlet's own interview: "responded to Example News' request for an
# interview", "did not respond to Example News's request for comment",
# "Example News' Jo Cole interviewed him", "Example News reporter Jo Cole
# has conducted an interview with ...".
_OWN_INTERVIEW = re.compile(
    _POSSESSIVE + r"[ \t]+requests?[ \t]+for[ \t]+"
    r"(?:an[ \t]+)?(?:interview|comment)\b"
    r"|(?:"
    + _POSSESSIVE
    + r"|[ \t]+(?:reporter|correspondent))[ \t]+"
    + _PERSON
    + r"[ \t]+(?:interviewed|(?:has|had)[ \t]+(?:interviewed|performed[ \t]+an"
    r"[ \t]+interview|conducted[ \t]+an[ \t]+interview))\b"
)


def own_interview(table: OutletTable, text: str) -> _Found | None:
    """A news outlet that interviewed the story's people names the copy's origin.

    "Two candidates responded to Example News' requests for an interview",
    "Example News' Jo Cole interviewed him" and "Example News reporter Jo
    Cole has conducted an interview with ..." are the outlet's own reporting;
    a source "told Example News" is left to the attribution cues.
    """
    if "interview" not in text and "comment" not in text:
        return None
    for m in _OWN_INTERVIEW.finditer(text):
        lo = max(_line_start(text, m.start()), m.start() - 60)
        found = _name_ending(table, text, lo, m.start())
        if found is None or found.entry is None:
            continue
        if found.entry.kind in NON_MEDIA_KINDS or found.entry.kind == "platform":
            continue
        return replace(found, rule="text:origin:interview", confidence=0.65)
    return None


ORIGIN_CUES: tuple[Callable[[OutletTable, str], _Found | None], ...] = (
    republished_from,
    first_published,
    retrieved_from,
    source_credit,
    agency_dateline,
    byline_credit,
    byline_line,
    bare_byline,
    agency_credit_line,
    newsroom,
    newsroom_pressed,
    newsroom_asked,
    newsroom_blurb,
    files_credit,
    writer_address,
    credit_line,
    name_byline,
    own_reporter,
    own_interview,
)


def is_channel(text: str, start: int) -> bool:
    """Whether the outlet named at ``start`` is the one a source spoke to.

    "Two witnesses told Example Wire the road was shut" names the channel,
    not the source of the claim; so do "said in an interview with the
    Example Times" and "speaking to Example Radio".
    """
    return _CHANNEL_BEFORE.search(text, max(0, start - 40), start) is not None


@register("outlet")
class OutletAnnotator:
    """Finds the publishing outlet, the origin of its copy and the outlets it cites.

    Args:
        ratings: Users' rating files, ``PATH`` or ``PATH:FORMAT``, loaded once;
            the first file given takes precedence, the built-in table's
            ratings come last.
        table: An outlet table to use instead of the packaged one.
        outlets: The outlet service to read names and domains from (the one
            the pipeline resolves outlets with); built from ``ratings`` and
            ``table`` when None.

    Raises:
        ConfigError: ``outlets`` is given together with ``ratings`` or ``table``.
    """

    name = "outlet"
    version = "23"
    assigns = frozenset({Layer.OUTLET})
    requires: frozenset[Layer] = frozenset()

    def __init__(
        self,
        *,
        ratings: Sequence[str] = (),
        table: OutletTable | None = None,
        outlets: RatedOutlets | None = None,
    ) -> None:
        if outlets is not None and (ratings or table is not None):
            raise ConfigError(
                "outlet annotator: give either 'outlets' or 'ratings'/'table', "
                "not both (the service carries its own ratings and table)"
            )
        self.outlets = outlets or RatedOutlets.load(ratings=ratings, table=table)
        self.table = self.outlets.table
        self.resources = {
            **self.outlets.resources,
            **site_digests(),
            "lexicons/place_names.txt": load_lexicon("place_names").sha256,
        }
        self._bodies = body_words(self.table)

    # -- the publisher and the origin ------------------------------------------

    def publisher(self, doc: Document) -> _Found | None:
        """The publishing outlet from the metadata, else from the page itself."""
        meta = doc.meta
        if meta.url:
            entry = self.table.by_domain(meta.url)
            domain = entry.domain if entry else registrable_domain(meta.url)
            if domain:
                return _Found(entry, domain, "meta:url")
        if meta.outlet:
            entry = self.table.lookup(meta.outlet)
            if entry is not None:
                return _Found(entry, entry.domain, "meta:outlet")
            domain = registrable_domain(meta.outlet) if "." in meta.outlet else None
            if domain:
                return _Found(None, domain, "meta:outlet")
            log.debug("outlet %r is not in the registry; not guessed", meta.outlet)
        for cue in PUBLISHER_CUES:
            found = cue(self.table, doc.text)
            if found is not None:
                return found
        return None

    def origin(self, doc: Document) -> _Found | None:
        """The outlet whose copy the page carries, from notices, datelines, credits.

        Weakest of all, the outlet the story's sources spoke to ("witnesses
        told Example Wire") when the text shows nothing else.
        """
        for cue in ORIGIN_CUES:
            found = cue(self.table, doc.text)
            if found is not None:
                return found
        unnamed = {
            f.cue_start
            for f in doc.findings_on(Layer.ATTRIBUTIONS)
            if isinstance(f, AttributionFinding) and f.source_type in _UNNAMED
        }
        told: dict[str, list[_Found]] = {}
        told_unnamed: dict[str, int] = {}
        for f, channel in self._media_sources(doc):
            # "Witnesses told Example Wire": unnamed sources speak to the
            # reporting outlet itself; "the minister told Example Wire" in
            # another outlet's story is a citation.
            if channel:
                match = self.table.name_in(doc.text, *_source_span(f))
                if match is not None and match.entry.kind != "platform":
                    e = match.entry
                    told.setdefault(e.domain, []).append(
                        _Found(
                            e, e.domain, "text:origin:told", match.start, match.end, 0.4
                        )
                    )
                    if f.cue_start in unnamed:
                        told_unnamed[e.domain] = told_unnamed.get(e.domain, 0) + 1
        # Once is how a story cites another outlet's reporting ("residents
        # told Example Wire"); an outlet's own story comes back to its
        # unnamed sources ("aides told Example News ... officials told
        # Example News"), or to its interviews again and again ("the mayor
        # told Example News ... the senator told Example News ... a nurse
        # told Example News": three times).
        for domain, founds in told.items():
            if told_unnamed.get(domain, 0) >= _TOLD_MIN or len(founds) >= _TOLD_ANY_MIN:
                return founds[0]
        return None

    def _media_sources(
        self, doc: Document
    ) -> Iterator[tuple[AttributionFinding, bool]]:
        """Each media_outlet attribution with a source, and whether it is a channel."""
        for f in doc.findings_on(Layer.ATTRIBUTIONS):
            if (
                not isinstance(f, AttributionFinding)
                or f.source_type != SourceType.MEDIA_OUTLET
                or f.source_start is None
                or f.source_end is None
            ):
                continue
            yield f, is_channel(doc.text, f.source_start)

    # -- annotate ---------------------------------------------------------------

    def annotate(self, doc: Document) -> Iterator[OutletFinding]:
        """Yield the publisher (else the origin), the origin, then cited outlets."""
        found = self.publisher(doc)
        origin = self.origin(doc)
        if found is None and origin is None:
            found = own_voice(self.table, doc.text)
        if found is None and origin is None:
            found = self_mention(self.table, doc.text)
        if found is None and origin is None:
            found = release_issuer(self.table, doc.text)
        if found is None and origin is None:
            found = dense_voice(self.table, doc.text, doc.words.lowers, self._bodies)
        if found is None and origin is None:
            found = lead_body(self.table, doc.text)
        if found is None and origin is None:
            lead = doc.token_range(0, _LEAD_CHARS + _LEAD_MARGIN)
            found = lead_actor(self.table, doc.text, doc.lowers[: lead.stop])
        found, origin = _carried(found, origin)
        if found is None and origin is not None:
            found, origin = origin, None
        elif found is not None and origin is not None:
            if origin.domain == found.domain:
                origin = None
            else:
                found = replace(found, rule=f"{found.rule};origin={origin.domain}")
        if found is not None:
            yield OutletFinding(
                found.domain,
                found.rule,
                found.start,
                found.end,
                confidence=found.confidence,
            )
        # The origin stands at its credit; a "told X" origin is not reported
        # as cited, since its span is an attribution source it would link to.
        if (
            origin is not None
            and origin.start is not None
            and not origin.rule.endswith(":told")
        ):
            yield OutletFinding(
                origin.domain,
                origin.rule,
                origin.start,
                origin.end,
                cited=True,
                confidence=origin.confidence,
            )
        for f, channel in self._media_sources(doc):
            if channel:
                continue  # "told Example Wire": the channel, not the source
            match = self.table.name_in(doc.text, *_source_span(f))
            if match is None:
                continue
            yield OutletFinding(
                match.entry.domain,
                f"registry:name:{self.table.name}",
                f.source_start,
                f.source_end,
                cited=True,
                confidence=0.9,
            )


# Publisher cues whose lines travel with the copy to every site that runs it:
# a wire's "More Example Wire sports: ...", "Copyright 2024 Example Wire".
_CARRIED_RULES = frozenset(
    {
        "text:promo",
        "text:copyright",
        "text:copyright:site",
        "text:copyright:name",
        "text:self-mention",
    }
)
_WIRE = "wire agency"


def _carried(
    found: _Found | None, origin: _Found | None
) -> tuple[_Found | None, _Found | None]:
    """The publisher found from lines the copy carried, read as the origin.

    A page "republished from Example Review" that also shows Example
    Review's newsletter line or copyright carries them with Example Review's
    copy: Example Review is the origin, and the page shows no publisher of
    its own. A wire agency's own lines ("More Example Wire sports:", "Follow
    Example Wire's coverage", "Copyright 2024 Example Wire") run on every
    site that prints its copy, so a wire named only by them is the origin
    too (on the wire's own site the domain is the same). The caller's url
    or outlet is never changed.
    """
    if found is None or found.rule.startswith("meta:"):
        return found, origin
    if (
        origin is not None
        and origin.domain == found.domain
        and origin.rule == "text:origin:republished"
    ):
        return None, origin
    if (
        found.rule in _CARRIED_RULES
        and found.entry is not None
        and found.entry.kind == _WIRE
    ):
        if origin is not None:
            return None, origin
        rule = "text:origin:" + found.rule.removeprefix("text:")
        return None, replace(found, rule=rule)
    return found, origin


def _source_span(f: AttributionFinding) -> tuple[int, int]:
    assert f.source_start is not None and f.source_end is not None
    return f.source_start, f.source_end
