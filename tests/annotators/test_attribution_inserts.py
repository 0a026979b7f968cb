"""Speakers set apart from their verb: inserts, fronted time, inverted speakers.

Every case is a sentence written for these tests (not seed or gold text);
expected attributions are ``(cue, source, source_type)`` texts, each found at
the offsets the annotator reports.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import attributions

Found = tuple[str, str, str]


def _found(text: str) -> list[Found]:
    return [(cue[2], src[2], typ) for cue, src, typ in attributions(text)]


RELATIVE_INSERTS = [
    # a common noun before a relative clause set off by commas
    (
        "The cashier, who runs the night shift, said that the store would close.",
        [("said", "The cashier", "pronoun")],
    ),
    (
        "A nurse, who spoke on condition of anonymity, said the ward was full.",
        [("said", "A nurse", "anonymous")],
    ),
    # the relative clause's own reporting verb does not end the insert
    (
        "The mayor, who has said little so far, told reporters the road would reopen.",
        [("said", "who", "pronoun"), ("told", "The mayor", "pronoun")],
    ),
]


@pytest.mark.parametrize("text, expected", RELATIVE_INSERTS)
def test_attribution_subject_before_a_relative_insert(text, expected):
    assert _found(text) == expected


FRONTED_TIME = [
    (
        "Last week Maria Costa, a spokeswoman for the port, said the cranes were back.",
        [("said", "Maria Costa", "named_person")],
    ),
    (
        "On Monday the union, which represents bus drivers, said it would strike.",
        [("said", "the union", "pronoun")],
    ),
    # the time phrase itself is never the subject
    (
        "Earlier this month, Gen. Paul Okafor, who leads the brigade, told "
        "reporters that the fighting had eased.",
        [("told", "Gen. Paul Okafor", "named_person")],
    ),
]


@pytest.mark.parametrize("text, expected", FRONTED_TIME)
def test_attribution_subject_after_a_fronted_time_phrase(text, expected):
    assert _found(text) == expected


APPOSITION_HEADS = [
    # the apposition's head types the name, not the body it works for
    (
        "Dana Whitfield, the top spokeswoman for the campaign, said the rally "
        "would go ahead.",
        [("said", "Dana Whitfield", "named_person")],
    ),
    (
        "Omar Haddad, a professor at the state university, told the paper that "
        "rents had doubled.",
        [
            ("told", "Omar Haddad", "named_person"),
            ("told", "the paper", "pronoun"),
        ],
    ),
    # a body noun heading the apposition still types the name as a body
    (
        "Norvale, the regional water company, said supplies were safe.",
        [("said", "Norvale", "named_organization")],
    ),
]


@pytest.mark.parametrize("text, expected", APPOSITION_HEADS)
def test_attribution_apposition_head_types_the_name(text, expected):
    assert _found(text) == expected


AFTER_QUOTE = [
    (
        "“The water came in overnight,” said a shopkeeper in the old town.",
        [("said", "a shopkeeper", "anonymous")],
    ),
    ("“We lost everything,” said another.", [("said", "another", "anonymous")]),
    ("“Nobody warned us,” said the other.", [("said", "the other", "anonymous")]),
    (
        "“It was chaos,” said the bus driver.",
        [("said", "the bus driver", "pronoun")],
    ),
]


@pytest.mark.parametrize("text, expected", AFTER_QUOTE)
def test_attribution_unknown_speaker_after_a_quote_and_verb(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a title in quotation marks, then a verb that is not a speech verb
        "Her new film, “Harbour,” rejected the style of her earlier work.",
        # no quotation before the verb
        "The report said a shopkeeper in the town had been fined.",
    ],
)
def test_attribution_no_inverted_unknown_speaker_without_a_quote(text):
    assert all(src != "a shopkeeper" for _, src, _ in _found(text))
    assert all(src != "the style" for _, src, _ in _found(text))


EVIDENCE_NOUNS = [
    (
        "Recent polling shows that most voters back the plan.",
        [("shows", "Recent polling", "document")],
    ),
    (
        "New numbers from the labour office show unemployment fell.",
        [("show", "New numbers from the labour office", "document")],
    ),
    (
        "The councillor paid no tax for a decade, his tax returns show.",
        [("show", "his tax returns", "document")],
    ),
    (
        # a bare plural of estimates is a weasel source, as "polls" is
        "Estimates show that the harvest will be smaller.",
        [("show", "Estimates", "vague")],
    ),
]


@pytest.mark.parametrize("text, expected", EVIDENCE_NOUNS)
def test_attribution_data_nouns_are_documents_that_show(text, expected):
    assert _found(text) == expected


CLAUSE_END_VERBS = [
    # a clause verb ending its sentence credits the clause before its comma
    (
        "The plan will cost more, a spokesman for the city notes.",
        [("notes", "a spokesman for the city", "anonymous")],
    ),
    ("The vote was close, the mayor noted.", [("noted", "the mayor", "pronoun")]),
]


@pytest.mark.parametrize("text, expected", CLAUSE_END_VERBS)
def test_attribution_clause_verb_at_the_end_after_its_subject(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a preposition opens the phrase after the comma: "projects" is a noun
        "The museum is cataloguing its archive, through two pilot projects.",
        # a participle opens it: "posts" is a noun
        "The club thanked its fans, sharing photos from their blog posts.",
        # a lower-case "state" after a place is a noun
        "Voters lined up for hours, in the swing state.",
    ],
)
def test_attribution_no_clause_verb_at_the_end_of_a_prepositional_phrase(text):
    assert _found(text) == []


COORDINATED_SPEAKERS = [
    # one attribution per named party, also across an insert or party tags
    (
        "Ann Kowalski and Tom Reyes, both members of the panel, said the vote "
        "was a disgrace.",
        [
            ("said", "Ann Kowalski", "named_person"),
            ("said", "Tom Reyes", "named_person"),
        ],
    ),
    (
        "Ann Kowalski (D-Ore.) and Tom Reyes (R-Ky.) said the vote was a disgrace.",
        [
            ("said", "Ann Kowalski", "named_person"),
            ("said", "Tom Reyes", "named_person"),
        ],
    ),
    (
        "Chair Ann Kowalski (D-Ore.), Member Tom Reyes (R-Ky.), and Member Joe "
        "Brandt (R-Ga.) said the vote was a disgrace.",
        [
            ("said", "Chair Ann Kowalski", "named_person"),
            ("said", "Member Tom Reyes", "named_person"),
            ("said", "Member Joe Brandt", "named_person"),
        ],
    ),
    # "and" inside one office before its holder's name joins no two parties
    (
        "Transport and Housing Minister, Ann Kowalski, said the funds would "
        "be used well.",
        [("said", "Housing Minister, Ann Kowalski", "named_person")],
    ),
]


@pytest.mark.parametrize("text, expected", COORDINATED_SPEAKERS)
def test_attribution_coordinated_speakers_across_inserts(text, expected):
    assert _found(text) == expected


RELEASE_OPENINGS = [
    # a release's opening line ending in a colon: the statement is printed next
    (
        "Sen. Ann Kowalski issued a statement after the Senate voted to pass "
        "a budget that cuts funding for rural clinics:",
        [("issued a statement", "Sen. Ann Kowalski", "named_person")],
    ),
]


@pytest.mark.parametrize("text, expected", RELEASE_OPENINGS)
def test_attribution_release_opening_with_a_colon(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # nothing is printed after it
        "The council released a statement after the vote on parking fees.",
    ],
)
def test_attribution_statement_not_printed_is_no_cue(text):
    assert _found(text) == []


TITLED_PEOPLE = [
    # an office with its body, then the person who holds it
    (
        "President of the Regional Council Maria Lopez said the budget was final.",
        [("said", "President of the Regional Council Maria Lopez", "named_person")],
    ),
    # an abbreviated rank after a service name
    (
        "Army Sgt. John Hale said the base was quiet.",
        [("said", "Army Sgt. John Hale", "named_person")],
    ),
    (
        "Navy Seaman Rosa Diaz said the drill went well.",
        [("said", "Navy Seaman Rosa Diaz", "named_person")],
    ),
    # a spokesperson for a titled person is still an unnamed speaker
    (
        "A spokesperson for Gov. Kay Morrow said the bill was under review.",
        [("said", "A spokesperson for Gov. Kay Morrow", "anonymous")],
    ),
    # authorities speak for an office, unnamed (annotation notes, decision 61)
    (
        "Local authorities said the road was closed.",
        [("said", "Local authorities", "anonymous")],
    ),
]


@pytest.mark.parametrize("text, expected", TITLED_PEOPLE)
def test_attribution_types_titled_people_and_authorities(text, expected):
    assert _found(text) == expected


LONG_INSERTS = [
    # a word that is also a reporting verb, after a preposition, is a noun
    (
        "Anna Berg, Vice-President for Trade, also in charge of Banking, "
        "Insurance and Capital Markets, said the rules would change.",
        [("said", "Anna Berg", "named_person")],
    ),
    # a list of outlets after the clause they reported: one attribution each
    (
        "The deal was off, the Daily Post, the Evening Herald and the Weekly "
        "Star reported on Thursday.",
        [
            ("reported", "the Daily Post", "media_outlet"),
            ("reported", "the Evening Herald", "media_outlet"),
            ("reported", "the Weekly Star", "media_outlet"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", LONG_INSERTS)
def test_attribution_long_inserts_and_lists_before_the_verb(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a singular name and a base form: a document noun, not a verb
        (
            "The broadcaster cited the Harbour Watch report that said both "
            "sides had used mines.",
            [
                ("cited", "The broadcaster", "media_outlet"),
                ("said", "the Harbour Watch report", "document"),
            ],
        ),
        # a verb agrees with the name
        (
            "The Harbour Watch reports that both sides had used mines.",
            [("reports", "The Harbour Watch", "named_organization")],
        ),
        # a past tense spelled like its base form stays a verb
        (
            "The Weather Service forecast temperatures of minus 20 degrees.",
            [("forecast", "The Weather Service", "named_organization")],
        ),
    ],
)
def test_attribution_name_then_document_noun_is_no_verb(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an adverb phrase and its comma open the sentence, not a subject
        (
            "Most importantly, the mayor visited the site and said the road "
            "would reopen.",
            [("said", "the mayor", "pronoun")],
        ),
        (
            "Ironically, the senator was defending the plan and said it would work.",
            [("said", "the senator", "pronoun")],
        ),
    ],
)
def test_attribution_shared_subject_after_a_fronted_adverb(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a document noun's base form after a singular word ends a compound
        ("The plan is set out in a draft environmental report available online.", []),
        ("Here is the mayor's blog post.", []),
        (
            "According to an inspector general report, the agent misled the panel.",
            [("According to", "an inspector general report", "document")],
        ),
        # a verb after a plural, a pronoun, a collective or "to" stays a verb
        (
            "Researchers report that the river is rising.",
            [("report", "Researchers", "vague")],
        ),
        (
            "They also report that the river is rising.",
            [("report", "They", "pronoun")],
        ),
    ],
)
def test_attribution_document_noun_ending_a_compound_is_no_verb(text, expected):
    assert _found(text) == expected


DAY_BEFORE_INSERT = [
    # wire copy: the day sits between the subject and its insert
    (
        "Governor Ann Lee on Friday, in a letter to lawmakers, said the budget "
        "would balance.",
        [
            ("said", "Governor Ann Lee", "named_person"),
            ("said", "a letter", "document"),
        ],
    ),
    (
        "The water board Thursday, speaking through a spokesman, stated that "
        "prices would rise.",
        [("stated", "The water board", "pronoun")],
    ),
    (
        "Acme Foods last week, in a filing with regulators, said profits fell.",
        [
            ("said", "Acme Foods", "named_organization"),
            ("said", "a filing", "document"),
        ],
    ),
    # a day that ends a clause of its own names no subject
    (
        "Talks ended on Monday, in a hotel near the airport, officials said.",
        [("said", "officials", "anonymous")],
    ),
]


@pytest.mark.parametrize("text, expected", DAY_BEFORE_INSERT)
def test_attribution_subject_before_a_day_and_an_insert(text, expected):
    assert _found(text) == expected
