"""Attribution: named parties, document channels, outlets told, stances, evidence.

Every case is a sentence written for these tests; expected attributions are
``(cue, source, source_type)`` with ``(start, end, text)`` spans, compared
as sets (the order of one cue's sources is not under test).
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import Span3, attributions


def _attributions(text: str) -> set[tuple[Span3, Span3, str]]:
    return set(attributions(text))


# Several named parties on one verb: one attribution each (annotation notes,
# decision 37); a name with "and" in it, and plain nouns, stay one source.
COORDINATED = [
    (
        "Senator Ann Lee and Mayor Tom Park said the bridge would reopen.",
        [
            ((35, 39, "said"), (0, 15, "Senator Ann Lee"), "named_person"),
            ((35, 39, "said"), (20, 34, "Mayor Tom Park"), "named_person"),
        ],
    ),
    (
        "Lee, Park and Cho said the vote had been fair.",
        [
            ((18, 22, "said"), (0, 3, "Lee"), "named_person"),
            ((18, 22, "said"), (5, 9, "Park"), "named_person"),
            ((18, 22, "said"), (14, 17, "Cho"), "named_person"),
        ],
    ),
    (
        "By noon, the Herald, the Daily Star, and the Evening Post had reported "
        "that the mine was flooded.",
        [
            ((62, 70, "reported"), (9, 19, "the Herald"), "media_outlet"),
            ((62, 70, "reported"), (21, 35, "the Daily Star"), "media_outlet"),
            ((62, 70, "reported"), (41, 57, "the Evening Post"), "media_outlet"),
        ],
    ),
    (
        "The Labour Party and the Green Party both said the count was wrong.",
        [
            ((42, 46, "said"), (0, 16, "The Labour Party"), "named_organization"),
            ((42, 46, "said"), (21, 36, "the Green Party"), "named_organization"),
        ],
    ),
    (
        "The fraud was uncovered, Deputy Attorney General Ann Lee of the Civil "
        "Division and U.S. Attorney Tom Park for the Northern District announced.",
        [
            (
                (132, 141, "announced"),
                (25, 56, "Deputy Attorney General Ann Lee"),
                "named_person",
            ),
            (
                (132, 141, "announced"),
                (83, 105, "U.S. Attorney Tom Park"),
                "named_person",
            ),
        ],
    ),
    (
        "The Ministry of Health and the Ministry of Finance said the budget "
        "would grow.",
        [
            ((51, 55, "said"), (0, 22, "The Ministry of Health"), "named_organization"),
            (
                (51, 55, "said"),
                (27, 50, "the Ministry of Finance"),
                "named_organization",
            ),
        ],
    ),
    (
        "The Fish and Wildlife Service said the refuge would stay closed.",
        [
            (
                (30, 34, "said"),
                (0, 29, "The Fish and Wildlife Service"),
                "named_organization",
            )
        ],
    ),
    (
        "The Institute of Geology and Mining said the quake was shallow.",
        [
            (
                (36, 40, "said"),
                (0, 35, "The Institute of Geology and Mining"),
                "named_organization",
            )
        ],
    ),
    (
        "Farmers and ranchers said the storm was the worst in years.",
        [((21, 25, "said"), (0, 20, "Farmers and ranchers"), "vague")],
    ),
    (
        "She and her staff said the office would close early.",
        [((18, 22, "said"), (0, 17, "She and her staff"), "pronoun")],
    ),
]
# The document a statement was made in, before the clause or set off by
# commas (decisions 10 and 36): a channel of the clause's verb.
DOCUMENT_CHANNELS = [
    (
        "In an op-ed for the Daily Star, the mayor wrote that taxes would rise.",
        [
            ((42, 47, "wrote"), (32, 41, "the mayor"), "pronoun"),
            ((42, 47, "wrote"), (16, 30, "the Daily Star"), "media_outlet"),
        ],
    ),
    (
        "In his plea, the former treasurer admitted that he had moved the money.",
        [
            ((34, 42, "admitted"), (13, 33, "the former treasurer"), "pronoun"),
            ((34, 42, "admitted"), (3, 11, "his plea"), "document"),
        ],
    ),
    (
        "In her plea agreement, Jane Roe admitted taking the bribes.",
        [
            ((32, 40, "admitted"), (23, 31, "Jane Roe"), "named_person"),
            ((32, 40, "admitted"), (3, 21, "her plea agreement"), "document"),
        ],
    ),
    (
        "In his weekly video address, the governor urged residents to stay home.",
        [
            ((42, 47, "urged"), (29, 41, "the governor"), "pronoun"),
            ((42, 47, "urged"), (3, 27, "his weekly video address"), "document"),
        ],
    ),
    (
        "In the video she says she is proud of the team.",
        [
            ((17, 21, "says"), (13, 16, "she"), "pronoun"),
            ((17, 21, "says"), (3, 12, "the video"), "document"),
        ],
    ),
    (
        "In court filings released Monday, the company said the deal was legal.",
        [
            ((46, 50, "said"), (34, 45, "the company"), "pronoun"),
            ((46, 50, "said"), (3, 16, "court filings"), "document"),
        ],
    ),
    (
        "The health agency, in a new report, says obesity rates have levelled off.",
        [
            ((36, 40, "says"), (0, 17, "The health agency"), "pronoun"),
            ((36, 40, "says"), (22, 34, "a new report"), "document"),
        ],
    ),
    (
        "In fact, the mayor said the road was closed.",
        [((19, 23, "said"), (9, 18, "the mayor"), "pronoun")],
    ),
    (
        "The mayor, in Paris, said the road was closed.",
        [((21, 25, "said"), (0, 9, "The mayor"), "pronoun")],
    ),
]
# "told" an outlet whose name runs into the clause told: the outlet alone.
TOLD_OUTLET = [
    (
        "A former judge, Lee told AFP Seoul must rethink the deal.",
        [
            ((20, 24, "told"), (16, 19, "Lee"), "named_person"),
            ((20, 24, "told"), (25, 28, "AFP"), "media_outlet"),
        ],
    ),
]


# Stance predicates with a clause, a wish about others or a reported cause
# (annotation notes, decisions 8 and 34); "sets out" a case (decision 31).
STANCES = [
    (
        "The housing minister expects councils to build more homes.",
        [((21, 28, "expects"), (0, 20, "The housing minister"), "pronoun")],
    ),
    (
        "The central bank expects inflation to ease next year.",
        [((17, 24, "expects"), (0, 16, "The central bank"), "pronoun")],
    ),
    (
        'The coach is also worried about the pitch: "It is too dry."',
        [((10, 25, "is also worried"), (0, 9, "The coach"), "pronoun")],
    ),
    (
        "The embassy is concerned by reports that journalists were detained.",
        [((12, 24, "is concerned"), (0, 11, "The embassy"), "pronoun")],
    ),
    (
        "In her speech the minister sets out the case for a new tax.",
        [((27, 35, "sets out"), (14, 26, "the minister"), "pronoun")],
    ),
    (
        "The company expects to hire 200 workers.",
        [],
    ),
    (
        "Prices are expected to rise next year.",
        [],
    ),
    (
        "The climbers set out for the summit at dawn.",
        [],
    ),
]
# A participle after a noun ("a whale found in 1900") and a document noun
# modifying another ("account holders") are no document that shows something.
EVIDENCE = [
    (
        "The report that was leaked to reporters shows that the plan failed.",
        [
            (
                (40, 45, "shows"),
                (0, 39, "The report that was leaked to reporters"),
                "document",
            )
        ],
    ),
    (
        "The bones in the museum were taken from a whale found in 1900 near the port.",
        [],
    ),
    (
        "Most bank account holders found in the leak were not suspects.",
        [],
    ),
    (
        "Photos taken last week show the bridge collapsed.",
        [((23, 27, "show"), (0, 22, "Photos taken last week"), "document")],
    ),
]
# An acronym spelled like a pronoun names a body.
ACRONYMS = [
    (
        "Of those infected, the WHO says most are young adults.",
        [((27, 31, "says"), (19, 26, "the WHO"), "named_organization")],
    ),
]


# A collective opening a clause after ", and" or "but", and "with one saying"
# (decision 14; ANNOTATION.md: anonymous).
CLAUSES = [
    (
        "Heavy rain fell all week, and forecasters warn of more floods.",
        [((42, 46, "warn"), (30, 41, "forecasters"), "vague")],
    ),
    (
        "The rules are old, but landlords and tenants report that repairs take months.",
        [((45, 51, "report"), (23, 44, "landlords and tenants"), "vague")],
    ),
    (
        "Cameras near schools, clinics, and homes would reveal private lives.",
        [],
    ),
    (
        "Medics said the boy was unhurt, with one saying it was a miracle.",
        [
            ((7, 11, "said"), (0, 6, "Medics"), "anonymous"),
            ((41, 47, "saying"), (37, 40, "one"), "anonymous"),
        ],
    ),
]
# The writer's own voice: a statement printed next and "As we wrote," name
# where words come from (decision 38); beliefs and asides do not.
OWN_VOICE = [
    (
        "After the ruling, I issued the following statement:",
        [((20, 50, "issued the following statement"), (18, 19, "I"), "pronoun")],
    ),
    (
        "As we wrote, the bill allows searches without a warrant.",
        [((6, 11, "wrote"), (3, 5, "we"), "pronoun")],
    ),
    (
        "I think the plan will fail.",
        [],
    ),
    (
        "As you know, the bridge is closed.",
        [],
    ),
    (
        '"As I said, we will win," the coach said.',
        [((36, 40, "said"), (26, 35, "the coach"), "pronoun")],
    ),
]


# A title with a body and a full name is a person; one office of a named body
# is its on-record holder (annotation notes, D7).
TITLED_TYPES = [
    (
        "Secretary of State Ann Lee told reporters the talks had failed.",
        [((27, 31, "told"), (0, 26, "Secretary of State Ann Lee"), "named_person")],
    ),
    (
        "Minister of Health Tom Park said the clinics would stay open.",
        [((28, 32, "said"), (0, 27, "Minister of Health Tom Park"), "named_person")],
    ),
    (
        "Norway's prime minister said the vote was fair.",
        [((24, 28, "said"), (0, 23, "Norway's prime minister"), "named_person")],
    ),
    (
        "The Mayor of the City Council said the roads were closed.",
        [((30, 34, "said"), (0, 29, "The Mayor of the City Council"), "pronoun")],
    ),
    (
        "The ministry's spokesman said the talks had failed.",
        [((25, 29, "said"), (0, 24, "The ministry's spokesman"), "pronoun")],
    ),
    (
        "Norway's ministers said the vote was fair.",
        [((19, 23, "said"), (0, 18, "Norway's ministers"), "anonymous")],
    ),
]


# A name joined to a lower-case particle ("al-", "el-") is a name.
PARTICLE_NAMES = [
    (
        "The rebel group al-Nour claimed responsibility for the blast.",
        [
            (
                (24, 31, "claimed"),
                (0, 23, "The rebel group al-Nour"),
                "named_organization",
            )
        ],
    ),
    (
        "Officials said the long-awaited bridge was closed.",
        [((10, 14, "said"), (0, 9, "Officials"), "anonymous")],
    ),
]


# What the rules above must not take: a body's name with "and" and a
# preposition, an outlet's host told, "to" of place after a participle,
# "but" with no comma.
NOT_SPLIT_OR_TAKEN = [
    (
        "The Department for Environment and Rural Affairs said the tax would rise.",
        [
            (
                (49, 53, "said"),
                (0, 48, "The Department for Environment and Rural Affairs"),
                "named_organization",
            )
        ],
    ),
    (
        "The Centers for Disease Control and Prevention estimates that flu cases rose.",
        [
            (
                (47, 56, "estimates"),
                (0, 46, "The Centers for Disease Control and Prevention"),
                "named_organization",
            )
        ],
    ),
    (
        "Rep. Ann Lee told Metro Radio host Tom Park that the vote was rigged.",
        [
            ((13, 17, "told"), (0, 12, "Rep. Ann Lee"), "named_person"),
            ((13, 17, "told"), (18, 43, "Metro Radio host Tom Park"), "media_outlet"),
        ],
    ),
    (
        "They want the buildings switched to solar power.",
        [],
    ),
    (
        "Critics did nothing but run pieces claiming the mayor had lied.",
        [],
    ),
]


@pytest.mark.parametrize("text, expected", COORDINATED)
def test_attribution_splits_named_parties(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == set(expected)


@pytest.mark.parametrize("text, expected", DOCUMENT_CHANNELS)
def test_attribution_finds_document_channels(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == set(expected)


@pytest.mark.parametrize("text, expected", TOLD_OUTLET)
def test_attribution_told_outlet_stops_at_its_name(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == set(expected)


@pytest.mark.parametrize("text, expected", STANCES)
def test_attribution_marks_stances_with_content(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == set(expected)


@pytest.mark.parametrize("text, expected", EVIDENCE)
def test_attribution_evidence_needs_a_document_subject(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == set(expected)


@pytest.mark.parametrize("text, expected", ACRONYMS)
def test_attribution_reads_capital_who_as_a_name(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == set(expected)


@pytest.mark.parametrize("text, expected", CLAUSES)
def test_attribution_finds_collectives_opening_clauses(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == set(expected)


@pytest.mark.parametrize("text, expected", OWN_VOICE)
def test_attribution_first_person_statements(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == set(expected)


@pytest.mark.parametrize("text, expected", TITLED_TYPES)
def test_attribution_types_titles_and_offices(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == set(expected)


@pytest.mark.parametrize("text, expected", PARTICLE_NAMES)
def test_attribution_reads_particle_names(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == set(expected)


@pytest.mark.parametrize("text, expected", NOT_SPLIT_OR_TAKEN)
def test_attribution_keeps_names_and_skips_look_alikes(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == set(expected)
