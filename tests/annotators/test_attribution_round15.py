"""Attribution, round 15: readings that any publisher's copy triggers.

Every case is a sentence written for these tests (not seed, gold or public
text); expected cues and sources are texts.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import cues as _cues
from tests.attribution_helpers import found as _found


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "If someone in the city thinks that sanctions will help, they are wrong.",
            "thinks",
        ),
        ("If the Senate confirms the nomination, the envoy can travel.", "confirms"),
        ("The deal would go ahead if the company agreed to cut prices.", "agreed"),
        ("Unless the board approves the merger, the plant will close.", "approves"),
        ("Who knows what the next year will bring?", "knows"),
        ("Who would have believed that the team could win?", "believed"),
        (
            "She mocked it, saying anybody who complains about the rules is losing.",
            "complains",
        ),
        ("Anyone who claims that the vote was rigged should go to court.", "claims"),
    ],
)
def test_attribution_supposed_speaker_is_no_cue(text, verb):
    assert verb not in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("If elected, she said, she would cut taxes.", "said", "she"),
        (
            "If asked, the spokesman said, the agency would help.",
            "said",
            "the spokesman",
        ),
        ("Lee said that if the board agrees, the plant will stay open.", "said", "Lee"),
        ("If the vote fails the minister says he will resign.", "says", "the minister"),
        ("The mayor, who said the plan was sound, resigned.", "said", "who"),
        ("Someone who saw the crash told police the driver fled.", "told", "Someone"),
    ],
)
def test_attribution_speaker_beside_a_condition_is_kept(text, cue, source):
    assert any(c == cue and s.startswith(source) for c, s, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Preliminary reports by the survey say that a quake struck the coast.",
            "reports",
        ),
        ("Monthly estimates published today show that output fell.", "estimates"),
        ("Early estimates of output are subject to revision.", "estimates"),
        ("Initial estimates put the cost at two million dollars.", "estimates"),
        ("Within states, people argue about how to regulate gambling.", "states"),
        ("Following reports that the dam had burst, residents fled.", "reports"),
        ("Opening remarks by the minister were brief.", "remarks"),
        ("Important note: the office is closed on Monday.", "note"),
        ("The agency shared some of the key highlights of the year.", "highlights"),
        ("Here are a few highlights:", "highlights"),
        ("Its latest report warns that the river is polluted.", "report"),
    ],
)
def test_attribution_report_noun_after_a_qualifier_is_no_cue(text, noun):
    assert noun not in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Preliminary reports by the survey say that a quake struck the coast.",
            "say",
            "Preliminary reports by the survey",
        ),
        (
            "Its latest report warns that the river is polluted.",
            "warns",
            "Its latest report",
        ),
        ("Smith reports that the talks have stalled.", "reports", "Smith"),
        ("He left early, reports a witness.", "reports", "a witness"),
        ("Many say the plan will fail.", "say", "Many"),
        ("Some claim the vote was rigged.", "claim", "Some"),
    ],
)
def test_attribution_verb_after_a_qualified_noun_is_kept(text, cue, source):
    assert any(c == cue and s == source for c, s, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "view"),
    [
        (
            "The mayor said Friday that she thinks the video should be released.",
            "thinks",
        ),
        ("He said he hoped the museum would start a dialogue.", "hoped"),
        ("Officials said they hoped the move would spur investment.", "hoped"),
        (
            "The senator told the audience that she believes the law must change.",
            "believes",
        ),
        (
            "The minister said the city earned it and that he hopes it will host them.",
            "hopes",
        ),
        (
            "He told a nurse that he owed money and he thought he would repay it.",
            "thought",
        ),
        ("The coach said he knew the team would win.", "knew"),
    ],
)
def test_attribution_speakers_own_view_inside_their_speech_is_no_cue(text, view):
    assert view not in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The mayor thinks the video should be released.", "thinks", "The mayor"),
        ("He hoped the museum would start a dialogue.", "hoped", "He"),
        ("The mayor resigned and he thinks the council was wrong.", "thinks", "he"),
        (
            "The senator told the audience that the law must change.",
            "told",
            "The senator",
        ),
    ],
)
def test_attribution_view_outside_a_speech_clause_is_kept(text, cue, source):
    assert any(c == cue and s == source for c, s, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("According to police reports, the driver was drunk.", "reports"),
        ("According to local media reports, the suspect fled on foot.", "reports"),
        ("The newspaper, citing media reports, said the plan was shelved.", "reports"),
        ("Amid media reports of a split, the band cancelled its tour.", "reports"),
        ("It is part of the bedrock of agency reports.", "reports"),
        (
            "The court can't act because of Lee's Fifth Amendment claims, aides said.",
            "claims",
        ),
    ],
)
def test_attribution_plural_after_a_governed_phrase_is_no_cue(text, noun):
    assert noun not in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The piece of legislation stipulates that crimes are punished.",
            "stipulates",
            "legislation",
        ),
        (
            "According to police reports, the driver was drunk.",
            "According to",
            "police reports",
        ),
        ("In Paris, officials claim that the vote was fair.", "claim", "officials"),
    ],
)
def test_attribution_verb_after_a_governed_phrase_with_a_clause_is_kept(
    text, cue, source
):
    assert any(c == cue and s == source for c, s, _ in _found(text))
