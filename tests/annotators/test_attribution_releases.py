"""Attribution: how press releases and reports attribute (issue 17).

Every case is a sentence written for these tests; expected attributions are
``(cue, source, source_type)`` with ``(start, end, text)`` spans.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import attributions as _attributions

# A statement announced as printed next: the phrase names it even when what the
# statement is about comes before the colon (seeds rule 8: one verb).
STATEMENTS = [
    (
        "The senator issued the following statement on the budget vote:",
        [
            (
                (12, 42, "issued the following statement"),
                (0, 11, "The senator"),
                "pronoun",
            )
        ],
    ),
    (
        "The governor today released the following statement after the storm:",
        [
            (
                (19, 51, "released the following statement"),
                (0, 12, "The governor"),
                "pronoun",
            )
        ],
    ),
    (
        "The mayor issued the statement below following the court ruling.",
        [((10, 36, "issued the statement below"), (0, 9, "The mayor"), "pronoun")],
    ),
    # the name after a dateline's dash opens the clause; its title is left out
    (
        "WASHINGTON \u2013 Senator Jane Roe, chair of the budget panel, issued the "
        "following statement:",
        [
            (
                (58, 88, "issued the following statement"),
                (13, 29, "Senator Jane Roe"),
                "named_person",
            )
        ],
    ),
    # nothing says the statement is printed: no cue
    ("The council released a statement on parking fees.", []),
]

# "announced" reports speech with a clause or after the clause it reports,
# not with an event object (annotation notes, decision 31).
ANNOUNCED = [
    (
        "The ministry announced today that it will close the border.",
        [((13, 22, "announced"), (0, 12, "The ministry"), "pronoun")],
    ),
    (
        "The firm announced it had bought a rival.",
        [((9, 18, "announced"), (0, 8, "The firm"), "pronoun")],
    ),
    (
        "A driver was fined for speeding, the prosecutor announced today.",
        [((48, 57, "announced"), (33, 47, "the prosecutor"), "pronoun")],
    ),
    ("The city announced the launch of a new bus line.", []),
    ("The club announced the signing of a striker.", []),
    # a plea in court is an act, not a statement
    ("A local man pleaded guilty to fraud in federal court.", []),
]

NOUNS_AND_NEGATION = [
    # "quote" is the verb; "reports" is the noun of its subject
    (
        "U.S. media reports quote unnamed officials who said the talks had failed.",
        [
            ((19, 24, "quote"), (0, 18, "U.S. media reports"), "vague"),
            ((47, 51, "said"), (43, 46, "who"), "pronoun"),
        ],
    ),
    ("Police received several reports of damage after the storm.", []),
    # a negated subject says nothing was said (decision 31)
    ("No group has claimed responsibility for the attack.", []),
    ("Nobody has confirmed the figures.", []),
]

CLAUSES = [
    # a view with a clause that has no "that" (seeds rule 9)
    (
        "The minister believes schools should reopen in May.",
        [((13, 21, "believes"), (0, 12, "The minister"), "pronoun")],
    ),
    ("She believes in second chances.", []),
    # a finding with a bare clause (decision 33)
    (
        "The survey found most voters were undecided.",
        [((11, 16, "found"), (0, 10, "The survey"), "document")],
    ),
    ("The police found the car near the river.", []),
]

# a subject with a relative clause: the whole phrase speaks
RELATIVE_SUBJECTS = [
    (
        "Firms that plan to hire say the tax is too high.",
        [((24, 27, "say"), (0, 23, "Firms that plan to hire"), "anonymous")],
    ),
    (
        "Residents who fled the valley said the water was rising.",
        [
            (
                (30, 34, "said"),
                (0, 29, "Residents who fled the valley"),
                "anonymous",
            )
        ],
    ),
]


@pytest.mark.parametrize("text, expected", STATEMENTS)
def test_attribution_statement_printed_next(text, expected):
    assert _attributions(text) == expected


@pytest.mark.parametrize("text, expected", ANNOUNCED)
def test_attribution_announced_needs_a_clause(text, expected):
    assert _attributions(text) == expected


@pytest.mark.parametrize("text, expected", NOUNS_AND_NEGATION)
def test_attribution_skips_nouns_and_negated_subjects(text, expected):
    assert _attributions(text) == expected


@pytest.mark.parametrize("text, expected", CLAUSES)
def test_attribution_views_and_findings_with_bare_clauses(text, expected):
    assert _attributions(text) == expected


@pytest.mark.parametrize("text, expected", RELATIVE_SUBJECTS)
def test_attribution_relative_clause_subject(text, expected):
    assert _attributions(text) == expected


# the speaker's own view inside what they said names no new source (D4)
REPORTED_VIEWS = [
    (
        "Officials said they believed the man had died.",
        [((10, 14, "said"), (0, 9, "Officials"), "anonymous")],
    ),
    (
        "The doctor said the nurses believe the man had died.",
        [
            ((11, 15, "said"), (0, 10, "The doctor"), "pronoun"),
            ((27, 34, "believe"), (16, 26, "the nurses"), "anonymous"),
        ],
    ),
]

# speech acts with an object (annotation notes, decision 31) and a statement
# posted on a channel before its text
SPEECH_ACTS = [
    (
        "The judge quickly rejected the request.",
        [((18, 26, "rejected"), (0, 9, "The judge"), "pronoun")],
    ),
    (
        "The minister reaffirmed his support for the plan.",
        [((13, 23, "reaffirmed"), (0, 12, "The minister"), "pronoun")],
    ),
    (
        'The group posted a statement on its website: "We are safe."',
        [
            ((10, 28, "posted a statement"), (0, 9, "The group"), "pronoun"),
            ((10, 28, "posted a statement"), (32, 43, "its website"), "document"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", REPORTED_VIEWS)
def test_attribution_skips_view_inside_reported_speech(text, expected):
    assert _attributions(text) == expected


@pytest.mark.parametrize("text, expected", SPEECH_ACTS)
def test_attribution_speech_acts_with_objects(text, expected):
    assert _attributions(text) == expected


def test_attribution_irregular_past_of_a_view_is_a_verb():
    # "knew" is a past form, not a base form read as a noun after "He"
    assert _attributions("He knew that the plan would fail.") == [
        ((3, 7, "knew"), (0, 2, "He"), "pronoun")
    ]


# "according to" a possessor's document; "went according to" is a manner
ACCORDING_TO = [
    (
        "The deficit is growing, according to the city's own figures.",
        [
            (
                (24, 36, "according to"),
                (37, 59, "the city's own figures"),
                "document",
            )
        ],
    ),
    ("Things went according to the team's plan.", []),
]

# a court brief is a document that can carry a speech act (decision 32)
BRIEFS = [
    (
        "Forty senators signed the brief asking the court to stop the sale.",
        [((32, 38, "asking"), (22, 31, "the brief"), "document")],
    ),
]


@pytest.mark.parametrize("text, expected", BRIEFS)
def test_attribution_brief_is_a_document(text, expected):
    assert _attributions(text) == expected


@pytest.mark.parametrize("text, expected", ACCORDING_TO)
def test_attribution_according_to_possessor(text, expected):
    assert _attributions(text) == expected


# stance predicates with a copula and what they are about (annotation notes,
# decision 34; the copula stays in the cue, decision 11)
STATES = [
    (
        "The minister is deeply concerned that the violence will spread.",
        [((13, 32, "is deeply concerned"), (0, 12, "The minister"), "pronoun")],
    ),
    # about a plain noun phrase a stated feeling gives no content (D39)
    ("The minister is deeply concerned about the violence.", []),
    (
        "He is acutely aware the team has never won a title.",
        [((3, 19, "is acutely aware"), (0, 2, "He"), "pronoun")],
    ),
    ("She is aware of the risks.", []),
    # a reduced relative has no copula: no stance is stated
    ("Residents worried about the noise met on Monday.", []),
    # what an opening "according to" reports is the source's account
    (
        "According to local sources, the mayor believes the dam will hold.",
        [((0, 12, "According to"), (13, 26, "local sources"), "vague")],
    ),
    # the state inside what the speaker said is the speaker's own (D4)
    (
        "The agency said it is concerned that the figures are too low.",
        [((11, 15, "said"), (0, 10, "The agency"), "pronoun")],
    ),
]


@pytest.mark.parametrize("text, expected", STATES)
def test_attribution_stated_states(text, expected):
    assert _attributions(text) == expected
