"""Attribution rules of round 19: "as" frames and a few more reporting verbs.

Every case is a sentence written for these tests (not seed or gold text);
expected attributions are ``(cue, source, source_type)`` texts.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import found as _found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "As the senator expressed to me today, this is not the right way.",
            [("expressed", "the senator", "pronoun")],
        ),
        (
            "As the activist expressed to us recently, “Access to news is a right.”",
            [("expressed", "the activist", "pronoun")],
        ),
        (
            "As the union expressed to members last week, the strike will go ahead.",
            [("expressed", "the union", "pronoun")],
        ),
        (
            "As one economist expressed it, the tax is a mistake.",
            [("expressed", "one economist", "anonymous")],
        ),
        (
            "As the paper called them in an article last week, they are puppets.",
            [("called", "the paper", "pronoun")],
        ),
        (
            "As analysts reckon, the bank will cut rates.",
            [("reckon", "analysts", "vague")],
        ),
        (
            "The plant closed early, as its owner reckons, because of the heat.",
            [("reckons", "its owner", "anonymous")],
        ),
    ],
)
def test_attribution_marks_the_verb_of_an_as_frame(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "as" tells when: the verb has an object of its own
        "As the company expressed its thanks, the crowd cheered.",
        "As the fans expressed their anger, the police moved in.",
        # calling out to someone is no naming
        "As the soldiers called to each other, the truck exploded.",
        # no clause after the frame
        "She expressed interest in the job.",
    ],
)
def test_attribution_skips_an_as_clause_of_time_or_a_plain_object(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Analysts reckon the bank will cut rates in June.",
            [("reckon", "Analysts", "vague")],
        ),
        (
            "He reckons it has cost the town millions.",
            [("reckons", "He", "pronoun")],
        ),
        (
            "Officials reckoned the repairs would take a year.",
            [("reckoned", "Officials", "anonymous")],
        ),
        (
            "The mayor expressed that the city would not back down.",
            [("expressed", "The mayor", "pronoun")],
        ),
        (
            "The anger being expressed by residents is easy to understand.",
            [("expressed", "residents", "anonymous")],
        ),
        (
            "The study demonstrates that the drug is safe.",
            [("demonstrates", "The study", "document")],
        ),
        (
            "The new survey demonstrated most voters were undecided.",
            [("demonstrated", "The new survey", "document")],
        ),
    ],
)
def test_attribution_marks_reckoning_expressing_and_demonstrating(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I reckon we will win on Saturday.",
        "Thousands demonstrated in the capital on Sunday.",
        "The rescue demonstrated the courage of the crew.",
        "The crowd expressed its anger at the decision.",
    ],
)
def test_attribution_skips_reckoning_or_demonstrating_without_a_report(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The government's view is that the law is fair.",
            [("view", "The government", "pronoun")],
        ),
        (
            "His view is that the law is unfair.",
            [("view", "His", "pronoun")],
        ),
        (
            "The union's main complaint is that the pay offer is too low.",
            [("complaint", "The union", "pronoun")],
        ),
        (
            "The complaint by the union is that the pay offer is too low.",
            [("complaint", "the union", "pronoun")],
        ),
        (
            "A core belief of the group is that news should be free.",
            [("belief", "the group", "pronoun")],
        ),
        (
            "The company's position has been that the product is safe.",
            [("position", "The company", "pronoun")],
        ),
        (
            "The prosecution's argument was that the defendant lied.",
            [("argument", "The prosecution", "pronoun")],
        ),
        (
            "The court's conclusion was that the police acted lawfully.",
            [("conclusion", "The court", "pronoun")],
        ),
        (
            "The view of most economists is that rates will rise.",
            [("view", "most economists", "vague")],
        ),
    ],
)
def test_attribution_marks_a_stated_position_and_its_holder(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no holder
        "The view is that the law is fair.",
        "The problem is that the law is unfair.",
        # the writer's own view
        "Our view is that the law is fair.",
        # no clause after "that"
        "The view from the top of the hill is that of a green valley.",
        # a plain noun phrase, no content
        "The union's complaint was filed on Monday.",
    ],
)
def test_attribution_skips_a_position_without_holder_or_content(text):
    assert _found(text) == []


def test_attribution_skips_a_ranked_argument():
    assert _found("The city's best argument is that the stadium will bring jobs.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Residents of the village on the east coast of the island said the "
            "water had risen overnight.",
            [
                (
                    "said",
                    "Residents of the village on the east coast of the island",
                    "anonymous",
                )
            ],
        ),
        (
            "People in the village on the east coast of the island said the road "
            "was closed.",
            [
                (
                    "said",
                    "People in the village on the east coast of the island",
                    "vague",
                )
            ],
        ),
    ],
)
def test_attribution_keeps_a_speaker_before_a_chain_of_places(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The mayor of the northern city of Mosul, Ali Hassan, said the "
            "fighting had stopped.",
            [
                (
                    "said",
                    "The mayor of the northern city of Mosul, Ali Hassan",
                    "named_person",
                )
            ],
        ),
        (
            "The governor of the southern province of Helmand, Ali Hassan, told "
            "reporters the road was open.",
            [
                (
                    "told",
                    "The governor of the southern province of Helmand, Ali Hassan",
                    "named_person",
                )
            ],
        ),
        (
            "The head of the northern branch of the party, Ann Lee, said the vote "
            "was fair.",
            [
                (
                    "said",
                    "The head of the northern branch of the party, Ann Lee",
                    "named_person",
                )
            ],
        ),
        (
            "The mayor of the northern city of Mosul said the fighting had stopped.",
            [("said", "The mayor of the northern city of Mosul", "pronoun")],
        ),
        (
            "A spokesman for the ministry, Ali Hassan, said the road was open.",
            [("said", "A spokesman for the ministry, Ali Hassan", "named_person")],
        ),
    ],
)
def test_attribution_finds_an_office_before_a_chain_of_of_phrases(text, expected):
    assert _found(text) == expected


def test_attribution_keeps_the_speaker_after_a_chain_of_of_phrases():
    text = "The price of the shares of the company rose, the bank said."
    assert _found(text) == [("said", "the bank", "pronoun")]


@pytest.mark.parametrize(
    "text",
    [
        "This is the second in a series of research reports on the new curriculum.",
        "The office took a new approach to the collection of local finance "
        "quarterly estimates.",
        "We have been posting these team reports to the mailing list.",
        "The group is turning team reports into blog posts.",
    ],
)
def test_attribution_skips_report_nouns_inside_an_object_phrase(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Guardian reports on the case of a man who lived here for years.",
            [("reports", "The Guardian", "media_outlet")],
        ),
        (
            "Sales rose by a tenth, according to a newly released court report.",
            [("according to", "a newly released court report", "document")],
        ),
        (
            "Analysts at the bank estimate the economy will shrink.",
            [("estimate", "Analysts at the bank", "vague")],
        ),
        (
            "Sales fell sharply in the spring, CNN reports.",
            [("reports", "CNN", "media_outlet")],
        ),
        (
            "In a series of posts, the agency reports that the fire is out.",
            [("reports", "the agency", "pronoun")],
        ),
    ],
)
def test_attribution_keeps_report_verbs_of_a_speaker(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We thank the leaders who have pledged to defend the constitution.",
        "He is a candidate who has repeatedly vowed to ban all imports.",
        "Volunteers who promised to help were thanked by the mayor.",
    ],
)
def test_attribution_skips_a_commitment_that_identifies_a_group(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The minister has pledged to act quickly.",
            [("pledged", "The minister", "pronoun")],
        ),
        (
            "The senator, who vowed to block the bill, voted for it.",
            [("vowed", "who", "pronoun")],
        ),
        (
            "Lawmakers who vowed to block the bill said they would meet today.",
            [("said", "Lawmakers who vowed to block the bill", "anonymous")],
        ),
    ],
)
def test_attribution_keeps_a_commitment_of_a_named_or_described_speaker(text, expected):
    assert _found(text) == expected
