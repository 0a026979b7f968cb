"""Attribution: possessors inside source phrases, bare speaker lines, clause edges.

Every case is a sentence written for these tests (not seed or gold text);
expected attributions are ``(cue, source, source_type)`` span tuples, each
checked against its offsets.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import Span3, attributions

Expected = list[tuple[Span3, Span3, str]]

# A common noun's possessive inside the phrase after "according to" or an
# inverted verb is a determiner of the head after it ("the coroner's
# report"), as a name's possessive already was; pronoun contractions are not.
POSSESSORS = [
    (
        "The fire was an accident, according to the coroner's report.",
        [((26, 38, "according to"), (39, 59, "the coroner's report"), "document")],
    ),
    (
        "According to the city's own figures, rents rose by a tenth.",
        [((0, 12, "According to"), (13, 35, "the city's own figures"), "document")],
    ),
    (
        '"We will win," said the club\'s coach.',
        [((15, 19, "said"), (20, 36, "the club's coach"), "pronoun")],
    ),
    (
        '"It is over," said Ann Lee of the panel\'s findings.',
        [((14, 18, "said"), (19, 26, "Ann Lee"), "named_person")],
    ),
    (
        "Ann Lee explained that she's seeing more cases.",
        [((8, 17, "explained"), (0, 7, "Ann Lee"), "named_person")],
    ),
]


@pytest.mark.parametrize("text, expected", POSSESSORS)
def test_attribution_common_noun_possessor_in_source(
    text: str, expected: Expected
) -> None:
    assert attributions(text) == expected


# A sentence that holds only who spoke, a past-tense verb and at most a time
# or a channel credits the words printed before it (a line under an embedded
# post). A habit ("writes ... every week") or a topic ("commented on the
# death") is no such line.
SPEAKER_LINES = [
    (
        "Musk wrote on Twitter.",
        [
            ((5, 10, "wrote"), (0, 4, "Musk"), "named_person"),
            ((5, 10, "wrote"), (14, 21, "Twitter"), "document"),
        ],
    ),
    ("The senator wrote.", [((12, 17, "wrote"), (0, 11, "The senator"), "pronoun")]),
    (
        "She explained in a statement.",
        [
            ((4, 13, "explained"), (0, 3, "She"), "pronoun"),
            ((4, 13, "explained"), (17, 28, "a statement"), "document"),
        ],
    ),
    ("Ann Lee writes in her column every week.", []),
    ("The mayor has also commented on the death.", []),
]


@pytest.mark.parametrize("text, expected", SPEAKER_LINES)
def test_attribution_bare_speaker_line(text: str, expected: Expected) -> None:
    assert attributions(text) == expected


# "as" (and other words that cannot be part of a name) ends the subject
# phrase before a verb; a month stays a modifier ("The March report").
SUBJECT_EDGES = [
    (
        "Prices rose as analysts predicted.",
        [((24, 33, "predicted"), (15, 23, "analysts"), "vague")],
    ),
    (
        "The March report said costs rose.",
        [((17, 21, "said"), (0, 16, "The March report"), "document")],
    ),
]


@pytest.mark.parametrize("text, expected", SUBJECT_EDGES)
def test_attribution_subject_stops_at_clause_word(
    text: str, expected: Expected
) -> None:
    assert attributions(text) == expected


# A share of a surveyed group speaks for it (annotation notes, decision 61:
# vague), with its bounding words and the group after it; a bare count needs
# a bounding word, and a year is no share.
SHARES = [
    (
        "More than 40% said the tax was unfair, while 46 percent said it was fair.",
        [
            ((14, 18, "said"), (0, 13, "More than 40%"), "vague"),
            ((56, 60, "said"), (45, 55, "46 percent"), "vague"),
        ],
    ),
    (
        "Nearly half of the voters said the plan would fail.",
        [((26, 30, "said"), (0, 25, "Nearly half of the voters"), "vague")],
    ),
    (
        "About 8 in 10 farmers said the rain came too late.",
        [((22, 26, "said"), (0, 21, "About 8 in 10 farmers"), "vague")],
    ),
    (
        "A third of the nurses said they would quit.",
        [((22, 26, "said"), (0, 21, "A third of the nurses"), "vague")],
    ),
    (
        "Half of the firms reported higher profits.",
        [((18, 26, "reported"), (0, 17, "Half of the firms"), "vague")],
    ),
    (
        "Only 14 said they had filed a complaint.",
        [((8, 12, "said"), (0, 7, "Only 14"), "vague")],
    ),
    (
        "In 2019 the council said the plan would fail.",
        [((20, 24, "said"), (8, 19, "the council"), "pronoun")],
    ),
    ("More than half of the crimes reported in 2017 were thefts.", []),
]


@pytest.mark.parametrize("text, expected", SHARES)
def test_attribution_survey_share_as_source(text: str, expected: Expected) -> None:
    assert attributions(text) == expected


# A relative clause set off by commas after a subject that keeps its
# prepositional modifier, and before a verb the subject shares with "said".
RELATIVE_INSERTS = [
    (
        "Officials in the region, who met on Monday, said the roads were unsafe.",
        [((44, 48, "said"), (0, 23, "Officials in the region"), "anonymous")],
    ),
    (
        "Doctors at the hospital, which is the largest in the city, said beds "
        "were running out.",
        [((59, 63, "said"), (0, 23, "Doctors at the hospital"), "anonymous")],
    ),
    (
        "The union, which represents nurses, went on strike and said pay was too low.",
        [((55, 59, "said"), (0, 9, "The union"), "pronoun")],
    ),
]


@pytest.mark.parametrize("text, expected", RELATIVE_INSERTS)
def test_attribution_subject_before_relative_insert(
    text: str, expected: Expected
) -> None:
    assert attributions(text) == expected


# Between a subject and its verb: an insert between spaced hyphens typed for
# dashes, a channel (judgement call 8: one attribution for the speaker, one
# for the channel), and a relative clause without "who" or "that". After a
# word that opens a clause ("after", "because") a subject may follow.
SUBJECT_AND_VERB_APART = [
    (
        "Teachers - especially in the capital - said that they had not been paid.",
        [((39, 43, "said"), (0, 8, "Teachers"), "anonymous")],
    ),
    (
        "Lee - a former judge - said the law was clear.",
        [((23, 27, "said"), (0, 3, "Lee"), "named_person")],
    ),
    (
        "The lawsuit was filed after the clinic said it had cancelled appointments.",
        [((39, 43, "said"), (28, 38, "the clinic"), "pronoun")],
    ),
    (
        "The UN refugee agency in a statement said the camps were full.",
        [
            ((37, 41, "said"), (0, 21, "The UN refugee agency"), "named_organization"),
            ((37, 41, "said"), (25, 36, "a statement"), "document"),
        ],
    ),
    (
        "The minister on her blog wrote that the talks had failed.",
        [
            ((25, 30, "wrote"), (0, 12, "The minister"), "pronoun"),
            ((25, 30, "wrote"), (16, 24, "her blog"), "document"),
        ],
    ),
    (
        "The company in its annual report said sales fell.",
        [
            ((33, 37, "said"), (0, 11, "The company"), "pronoun"),
            ((33, 37, "said"), (15, 32, "its annual report"), "document"),
        ],
    ),
    # a document keeps where it was published (decision 12)
    (
        "A memo on the agency's website states that fees will rise.",
        [((31, 37, "states"), (0, 30, "A memo on the agency's website"), "document")],
    ),
    (
        "All the economists I interviewed said the plan was sound.",
        [((33, 37, "said"), (0, 18, "All the economists"), "vague")],
    ),
    (
        "The farmers we spoke to said the rain came too late.",
        [((24, 28, "said"), (0, 11, "The farmers"), "anonymous")],
    ),
    ("Everything we know said otherwise.", []),
]


@pytest.mark.parametrize("text, expected", SUBJECT_AND_VERB_APART)
def test_attribution_subject_apart_from_verb(text: str, expected: Expected) -> None:
    assert attributions(text) == expected


# Forms of US and wire copy: a party tag with inner full stops ("D-N.Y."),
# a leading adverb or conjunction before a named subject, an age before a
# name, a place adverb after the subject ("officials there"), a bare plural
# with its participle ("Migrants interviewed"), and role nouns of the news
# ("agents"). A verb after an auxiliary and a comma belongs to the clause's
# own subject, and the noun after it is its object, not a speaker.
WIRE_FORMS = [
    (
        "Rep. Ann Lee, D-N.Y., said earlier this month that she wanted a new tax.",
        [((22, 26, "said"), (0, 12, "Rep. Ann Lee"), "named_person")],
    ),
    (
        "Previously, Sen. Ann Lee, D-N.Y., also a candidate, told supporters she "
        "would vote no.",
        [((52, 56, "told"), (12, 24, "Sen. Ann Lee"), "named_person")],
    ),
    (
        "Yet Park, the toxicologist, said the level was not safe.",
        [((28, 32, "said"), (4, 8, "Park"), "named_person")],
    ),
    (
        '"It was a mistake," said 23-year-old student Ann Lee.',
        [((20, 24, "said"), (25, 52, "23-year-old student Ann Lee"), "named_person")],
    ),
    ("The man, identified as 28-year-old Tom Park, was arrested.", []),
    (
        "Italy, once the centre of the outbreak, said it would reopen.",
        [((40, 44, "said"), (0, 5, "Italy"), "named_organization")],
    ),
    (
        "Republican state Rep. Ann Lee told supporters she would vote no.",
        [((30, 34, "told"), (0, 29, "Republican state Rep. Ann Lee"), "named_person")],
    ),
    (
        "Officials there said the road was closed.",
        [((16, 20, "said"), (0, 9, "Officials"), "anonymous")],
    ),
    (
        "Migrants interviewed said they knew of no plan.",
        [((21, 25, "said"), (0, 20, "Migrants interviewed"), "anonymous")],
    ),
    (
        '"We are tired," border agents said to the migrants.',
        [((30, 34, "said"), (16, 29, "border agents"), "anonymous")],
    ),
    (
        "The firm has shipped goods to buyers, has repeatedly threatened buyers "
        "with lawsuits, and has lied.",
        [],
    ),
]


@pytest.mark.parametrize("text, expected", WIRE_FORMS)
def test_attribution_wire_copy_forms(text: str, expected: Expected) -> None:
    assert attributions(text) == expected


# Source types: a name after the noun of a body's kind is that body; an
# outlet's executive is a person, its reporter the outlet (decision 39); the
# results or findings of a study are a document, while "the reports" stands
# in for reports named elsewhere (judgement call 13).
TYPES = [
    (
        "The research group Netblocks reported that the network was down.",
        [
            (
                (29, 37, "reported"),
                (0, 28, "The research group Netblocks"),
                "named_organization",
            )
        ],
    ),
    (
        "CNN President Ann Lee said the network would grow.",
        [((22, 26, "said"), (0, 21, "CNN President Ann Lee"), "named_person")],
    ),
    (
        "BBC reporter Jane Smith said the crowd was calm.",
        [((24, 28, "said"), (0, 23, "BBC reporter Jane Smith"), "media_outlet")],
    ),
    (
        "The results confirmed that most readers were students.",
        [((12, 21, "confirmed"), (0, 11, "The results"), "document")],
    ),
    (
        "The reports said the town was empty.",
        [((12, 16, "said"), (0, 11, "The reports"), "pronoun")],
    ),
]


@pytest.mark.parametrize("text, expected", TYPES)
def test_attribution_source_types_of_bodies_outlets_documents(
    text: str, expected: Expected
) -> None:
    assert attributions(text) == expected


# "according to" names its source whatever its words (ANNOTATION.md): a year
# inside the phrase, a possessor, a "by" or "from" phrase, a web address, or
# a bare collective; "according to plan" names none.
ACCORDING_TO = [
    (
        "Most surgeries are on teenagers, according to a 2016 study by the clinic.",
        [
            (
                (33, 45, "according to"),
                (46, 72, "a 2016 study by the clinic"),
                "document",
            )
        ],
    ),
    (
        "By Monday, 14 counties had adopted the rule, according to Lee's tally.",
        [((45, 57, "according to"), (58, 69, "Lee's tally"), "document")],
    ),
    (
        "According to al.com, the woman was charged in December.",
        [((0, 12, "According to"), (13, 19, "al.com"), "media_outlet")],
    ),
    (
        "However, according to publicly available data, teachers earn more.",
        [((9, 21, "according to"), (22, 45, "publicly available data"), "vague")],
    ),
    (
        "According to many who witnessed his rise, he owes his career to donors.",
        [((0, 12, "According to"), (13, 17, "many"), "vague")],
    ),
    (
        "The teams tied, according to 1st Lt. Ann Lee, the project officer.",
        [((16, 28, "according to"), (29, 44, "1st Lt. Ann Lee"), "named_person")],
    ),
    ("The trains ran according to schedule.", []),
    ("The index ranks cities according to their average rents.", []),
]


@pytest.mark.parametrize("text, expected", ACCORDING_TO)
def test_attribution_according_to_any_phrase(text: str, expected: Expected) -> None:
    assert attributions(text) == expected


# "says" is never a plural noun ("which he says would cost"); "one" after a
# quotation is one of the people just named; "wrote for" an outlet before a
# quotation reports it.
QUOTATION_FRAMES = [
    (
        "He released a plan, which he says would cost more.",
        [((29, 33, "says"), (26, 28, "he"), "pronoun")],
    ),
    (
        "The boy died in what the health agency says is the first case.",
        [((39, 43, "says"), (21, 38, "the health agency"), "pronoun")],
    ),
    (
        '"Needless to say," one wrote in a post, "we won."',
        [
            ((23, 28, "wrote"), (19, 22, "one"), "anonymous"),
            ((23, 28, "wrote"), (32, 38, "a post"), "document"),
        ],
    ),
    (
        'As Ann Lee wrote for the institute, "More schooling has not led to higher '
        'pay."',
        [((11, 16, "wrote"), (3, 10, "Ann Lee"), "named_person")],
    ),
    ("He wrote for years, and then he stopped.", []),
    # a document named after the verb that follows a clause and its comma
    (
        "Costs rose by a tenth, says the annual report.",
        [((23, 27, "says"), (28, 45, "the annual report"), "document")],
    ),
    # "One of Lee's sisters": a quantifier, "of" and a possessor
    (
        "One of Lee's sisters, Ann Park, said the ruling was fair.",
        [((32, 36, "said"), (0, 30, "One of Lee's sisters, Ann Park"), "named_person")],
    ),
]


@pytest.mark.parametrize("text, expected", QUOTATION_FRAMES)
def test_attribution_quotation_frames(text: str, expected: Expected) -> None:
    assert attributions(text) == expected
