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

Modules: ``lexicon`` (the patterns and word lists), ``shapes`` (the name
search and the shapes the rules share), ``masthead``, ``sitelines`` and
``notices`` (what the page shows of itself), ``offices`` (official pages),
``voice`` and ``mentions`` (the body's own voice and the outlet it keeps
naming), ``datelines`` and ``credits`` (the origin: whose copy the page
carries) and ``annotator`` (:class:`OutletAnnotator`, the cues in order).
"""

from reliability.annotators.outlet.annotator import OutletAnnotator
from reliability.annotators.outlet.credits import (
    is_channel,
    own_interview,
    own_reporter,
)
from reliability.annotators.outlet.datelines import (
    byline_credit,
    republished_from,
    retrieved_from,
)
from reliability.annotators.outlet.notices import newsroom_title
from reliability.annotators.outlet.offices import member_release
from reliability.annotators.outlet.voice import body_words, dense_voice, lead_body

__all__ = [
    "OutletAnnotator",
    "body_words",
    "byline_credit",
    "dense_voice",
    "is_channel",
    "lead_body",
    "member_release",
    "newsroom_title",
    "own_interview",
    "own_reporter",
    "republished_from",
    "retrieved_from",
]
