"""Hedge cues: lexicon matches and the vetoes of readings that do not hedge."""

from __future__ import annotations

import pytest

from reliability.annotators.hedges import HedgeAnnotator
from reliability.document import Document
from reliability.segment import split_sentences


def spans(text: str) -> list[tuple[int, int, str]]:
    doc = Document(text=text, segments=split_sentences(text))
    found = HedgeAnnotator().annotate(doc)
    return [(f.start, f.end, text[f.start : f.end]) for f in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Troops reportedly crossed the border.", [(7, 17, "reportedly")]),
        ("The strike allegedly killed ten people.", [(11, 20, "allegedly")]),
        ("It was an apparent attempt to lay siege.", [(10, 18, "apparent")]),
        ("Photos show what appears to be a convoy.", [(17, 27, "appears to")]),
        ("The army seems to have withdrawn.", [(9, 17, "seems to")]),
        ("It seems talks have failed.", [(3, 8, "seems")]),
        ("Russia could be dragged into the war.", [(7, 12, "could")]),
        ("The talks may resume next week.", [(10, 13, "may")]),
        ("The rebels might regroup in the hills.", [(11, 16, "might")]),
        ("Dozens are said to have been killed.", [(7, 18, "are said to")]),
        ("Heavy fighting was reported near the pass.", [(15, 27, "was reported")]),
        ("No attack has been reported yet.", [(10, 27, "has been reported")]),
        ("It is believed the convoy left at dawn.", [(0, 14, "It is believed")]),
        ("The leader is thought to be in hiding.", [(11, 24, "is thought to")]),
        ("Saleh now claims he is president.", [(10, 16, "claims")]),
        ("Both sides are claiming victory.", [(15, 23, "claiming")]),
        ("Tajikistan is showing signs of support.", [(22, 30, "signs of")]),
        ("It is unclear if they have ammunition.", [(6, 13, "unclear")]),
        ("It was not immediately clear who fired.", [(7, 28, "not immediately clear")]),
        ("It is possible that the vote is delayed.", [(6, 14, "possible")]),
        ("The report is unconfirmed.", [(14, 25, "unconfirmed")]),
        ("Evidence suggests the plant was hit.", [(9, 17, "suggests")]),
        ("The move is likely to anger Moscow.", [(12, 18, "likely")]),
        ("He was probably killed in the raid.", [(7, 15, "probably")]),
        ("The bridge may, in fact, have collapsed.", [(11, 14, "may")]),
        # Agentless passives (judgement call 16), also after a contracted copula.
        ("The plan is considered a long shot.", [(9, 22, "is considered")]),
        # The whole verb group, as "is described as" (annotation notes 18).
        (
            "It\u2019s described as a reform package.",
            [(2, 17, "\u2019s described as")],
        ),
        ("It's thought the mayor will resign.", [(2, 12, "'s thought")]),
        # The distancing noun before its content clause (judgement call 15).
        ("He repeated his claims that the vote was rigged.", [(16, 22, "claims")]),
    ],
)
def test_hedges_marks_cues(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Ability and inability, not likelihood.
        "Defending units can use high positions.",
        "Officials could not confirm the toll.",
        "From the roof he could see the smoke.",
        "They asked if they could leave.",
        "They fought as hard as they could.",
        # The month, a name, the noun.
        "The deal was signed in May 2020.",
        "Prime Minister Theresa May resigned.",
        "They used all their military might against the town.",
        "May I ask a question?",
        # Judgement call 17: not hedges.
        "Fighters prepare for a possible offensive.",
        "Tajiks make up around 40% of the population.",
        "There is little sign of them complying.",
        "He doubted that Moscow would intervene.",
        "Supplies were sent as soon as possible.",
        # An agent turns a report passive into an attribution.
        "The attack was reported by Reuters.",
        # The plain noun and the set phrase, not distancing.
        "He filed his claim with the insurer.",
        "The patent office struck out key claims in the filing.",
        # A negated claim claims nothing.
        "No group has claimed responsibility for the attack.",
        "The firm did not allege any fraud.",
        # "Apparent" meaning evident.
        "It became apparent that the talks had failed.",
        # Concessive or negated "may not", permission.
        "Shops may not be shut, but the streets are empty.",
        # A person suggesting is a speech act, not evidence.
        "Someone suggesting that the count was rigged.",
        # A capitalised word inside a sentence is part of a name.
        "The Fast Claim Review scheme ended in 2020.",
        "He visited the Possible Futures lab.",
        # An agent after the passive makes it an attribution.
        "The plan is considered by the council on Monday.",
        "He thought the mayor would resign.",
    ],
)
def test_hedges_skips_readings_that_do_not_hedge(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Judgement call 14: only the outlet's own voice.
        ('"Perhaps they were waiting," said Abdul.', []),
        ("He said \u201cthe town may fall\u201d and left.", []),
        (
            'He said the town may fall. "Perhaps not," said his aide.',
            [(17, 20, "may")],
        ),
        # Single quotation marks, straight or typographic, also across sentences.
        ("'The pier may close,' she said.", []),
        ("\u2018The pier is old. It may close,\u2019 she said.", []),
        # Apostrophes and a closed scare quote are not a quotation around it.
        ("The council\u2019s pier may close.", [(19, 22, "may")]),
        ("She called it a \u2018reform\u2019 but rents may rise.", [(35, 38, "may")]),
        (
            "The \u201890s boom may return, the workers\u2019 union said.",
            [(14, 17, "may")],
        ),
    ],
)
def test_hedges_skips_direct_quotations(
    text: str, expected: list[tuple[int, int, str]]
) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The vote is expected to pass next week.", ["is expected to"]),
        ("Both firms were seen as likely buyers.", ["were seen as", "likely"]),
        ("The allegations against the coach were dropped.", ["allegations"]),
    ],
)
def test_hedges_marks_report_passives_and_distancing_nouns(
    text: str, expected: list[str]
) -> None:
    doc = Document(text=text, segments=split_sentences(text))
    found = HedgeAnnotator().annotate(doc)
    assert [text[f.start : f.end] for f in found] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Report passives without an agent (annotation notes 17).
        ("The bridge is expected to reopen in spring.", ["is expected to"]),
        # "a likely candidate" is attributive, like "a possible deployment"
        # (annotation notes 17): only the report passive hedges.
        ("The mayor is seen as a likely candidate.", ["is seen as"]),
        ("The samples were found to be contaminated.", ["were found to be"]),
        ("It is hoped that the road will reopen.", ["it is hoped"]),
        # Distancing nouns: the text keeps its distance from the statements.
        ("He denied the claims of fraud.", ["claims"]),
        # Only named as what is rejected, they carry no claim (notes 48).
        ("The board rejected these claims.", []),
        ("The allegations were never tested in court.", ["allegations"]),
        # The publisher's own belief or expectation.
        ("We believe the figures are too low.", ["we believe"]),
        ("We expect the plant to close by spring.", ["we expect"]),
        # An outcome, not a perception.
        ("A dry summer could see water bans return.", ["could"]),
        # "potentially" that lowers certainty.
        ("The vote is potentially decisive.", ["potentially"]),
        ("Rain might delay how the count is done.", ["might"]),
        ("Anglers may need a permit for the pier.", ["may"]),
        ("Police questioned the suspected driver.", ["suspected"]),
    ],
)
def test_hedges_marks_report_passives_distancing_and_publisher_voice(
    text: str, expected: list[str]
) -> None:
    assert [t.lower() for _, _, t in spans(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A property of risk, not doubt.
        "The infection is potentially fatal.",
        "Crews removed potentially dangerous debris.",
        # "might" the noun.
        "The parade showed off the country's military might.",
        "The nation's might was on display.",
        "They felt the full might of the storm.",
        # Perception after a personal pronoun.
        "From the roof she could see the harbour.",
        # Figures of speech with a generic subject.
        "You might think the pier is new.",
        "You may have missed the notice on the pier.",
        "One could argue the fares are fair.",
        # "suspected" the verb.
        "He suspected a leak in the roof.",
        # A modal inside an indirect question.
        "The treaty says nothing about how the limits might be checked.",
        "Engineers asked whether the dam could hold more water.",
    ],
)
def test_hedges_vetoes_risk_noun_might_and_perception(text: str) -> None:
    assert spans(text) == []


def test_hedges_lexicon_kinds_are_known() -> None:
    from reliability.annotators.hedges import KINDS
    from reliability.resources import load_lexicon

    kinds = {k or "always" for k in load_lexicon("hedges").entries.values()}
    assert kinds <= KINDS


def test_hedges_skip_speech_introduced_by_a_colon_frame() -> None:
    text = (
        "The harbour master said:\n\n"
        "We believe the ferry may return in spring.\n\n"
        "The ferry may return in June."
    )
    assert [t for _, _, t in spans(text)] == ["may"]
    assert spans(text)[0][0] > text.index("June") - 30


@pytest.mark.parametrize(
    "text, expected",
    [
        # A report passive with an adverb inside the verb group, marked whole
        # (annotation notes 17, 18).
        ("The bridge is now expected to reopen.", ["is now expected to"]),
        ("The levy is widely seen as a tax on renters.", ["is widely seen as"]),
        ("The ferries were also thought to be full.", ["were also thought to be"]),
        ("It's long been described as a safe port.", ["'s long been described as"]),
        ("It's now believed to be the oldest mill.", ["'s now believed to be"]),
        # "the claims" only named as what is denied or dismissed carry no
        # claim, as "denied the reports" (annotation notes 48).
        ("The party dismissed the claims as a smear.", []),
        ("He rejected the claims from rival bidders.", []),
        ("She denied the claims, saying the vote was fair.", []),
        ("The survey (from May) suggests a fall in rents.", ["suggests"]),
    ],
)
def test_hedges_marks_report_passives_with_adverbs(
    text: str, expected: list[str]
) -> None:
    assert [t for _, _, t in spans(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # An adverb of manner is not a report adverb.
        "The plan was carefully considered by the board.",
        # "potentially" before an adjective of a medical or physical risk.
        "The bite is potentially poisonous.",
        "Doctors removed a potentially cancerous growth.",
        "The gas is potentially flammable.",
        # "might" the noun after an adjective of power or a nationality.
        "The summit was a show of Chinese might.",
        "The deal rests on sheer financial might.",
        # "to claim" with a noun object asserts a right.
        "The firm used its patent to claim royalties from the band.",
        # A verb of saying after the quotation it closes.
        "\u201cWalk more,\u201d suggests the coach.",
    ],
)
def test_hedges_vetoes_risk_might_nouns_rights_and_speech_acts(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Is the ferry likely to run on Sunday?", []),
        ("Could the storm close the port again?", []),
        ("The ferry is likely to run. Will it stop at the pier?", ["likely"]),
    ],
)
def test_hedges_skips_questions(text: str, expected: list[str]) -> None:
    assert [t for _, _, t in spans(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A purpose clause states an aim, not a likelihood.
        "The council shut the lane so that the crews could reach the bridge.",
        "The road was closed in order that engineers may inspect the deck.",
        "Talks go on to ensure a relief team could deploy within days.",
        "She left work early so she could vote before dark.",
        # A degree or concession: "as ... as it may be".
        "As odd as it may sound, the ferry now sails at night.",
        "As odd as it may seem, the ferry now sails at night.",
        "The pile of coal was about as high as it could go.",
        # The idiom "may as well".
        "We may as well wait for the next train.",
        # Permission and availability for the reader.
        "Residents may apply for the grant until June.",
        "Members may register online before the meeting.",
        "The full minutes may be viewed here.",
        # Perception: ability, not likelihood.
        "Thick smoke could be seen from the motorway.",
        "Chanting could be heard outside the hall.",
        # A rule's penalty.
        "Drivers who park on the verge may be fined.",
        "Landlords could be held liable for the repairs.",
        "Offenders could face up to two years in prison.",
        "Firms that miss the deadline may face a fine.",
        # A time limit: when, not whether.
        "The thief fled before the police could arrive.",
        "Guards held him until officers could take him away.",
        # Emphasis, not doubt.
        "There may be no better view of the bay than from the pier.",
    ],
)
def test_hedges_skips_modals_of_purpose_permission_and_rule(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # The same modals where they state a likelihood still hedge.
        ("The dam is old, so it could fail in a flood.", ["could"]),
        ("New rules may apply to small firms next year.", ["may"]),
        # The modal is the cue; the passive after it adds none (notes 18).
        ("The move could be seen as a snub to the mayor.", ["could"]),
        ("The mayor could face a tough race in the autumn.", ["could"]),
        ("Prices could rise so sharply that families may struggle.", ["could", "may"]),
        ("If the talks fail, the strike may go on.", ["may"]),
        ("Rival fans may attend the match in large numbers.", ["may"]),
        ("There may be no ferry on Sunday.", ["may"]),
        ("The plan may seem costly to voters.", ["may", "seem"]),
        ("The bill could fail before the vote on Monday.", ["could"]),
    ],
)
def test_hedges_keeps_epistemic_modals_beside_the_vetoes(
    text: str, expected: list[str]
) -> None:
    assert [t for _, _, t in spans(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Before a noun after a determiner, "likely" is an adjective of the
        # noun, like "a possible deployment" (annotation notes 17).
        ("The senator is the likely winner of the primary.", []),
        ("It was her unlikely victory that surprised the town.", []),
        ("The ferry's most likely route runs past the pier.", []),
        # The pollsters' term.
        ("The poll surveyed 800 likely Labour voters.", []),
        ("Voters are likely to back the plan.", ["likely"]),
        # As a predicate or adverb it hedges.
        ("Storms will most likely close the port.", ["likely"]),
        ("It's likely the ferry will be late.", ["likely"]),
        ("The ferry is likely to be late.", ["likely"]),
        ("The longer the strike, the more likely it is to spread.", ["likely"]),
        ("Cyclists were the most likely of the groups to agree.", ["likely"]),
    ],
)
def test_hedges_skips_attributive_likely(text: str, expected: list[str]) -> None:
    assert [t for _, _, t in spans(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "suggests ... should": advice, not evidence.
        ("A recent survey suggests the council should cut fares.", []),
        ("A recent survey suggests fares are too high.", ["suggests"]),
        # A named person suggesting is a speech act, not evidence.
        ("Later, Senator Jo Lee suggests the pier is unsafe.", []),
        ("Second, Lee suggests the pier is unsafe.", []),
        ("Data from the Port Authority suggests the pier is unsafe.", ["suggests"]),
        ("Research suggests the pier is unsafe.", ["suggests"]),
    ],
)
def test_hedges_skips_suggest_of_advice(text: str, expected: list[str]) -> None:
    assert [t for _, _, t in spans(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The legal noun: counted, or after the kind of claim.
        ("The fund has settled 1,200 claims since 2019.", []),
        ("The court rejected his asylum claim in March.", []),
        ("The union lodged a pay claim with the council.", []),
        ("The storm claimed the lives of three sailors.", []),
        # A singular noun before its finite verb.
        ("The unfair dismissal claim was upheld.", []),
        ("Her pension claim would take a year.", []),
        # The distancing verb, also before a noun phrase and its verb.
        ("The firm claims the pier is safe.", ["claims"]),
        ("Officials claimed the ferry was full.", ["claimed"]),
        ("Lee, 86, claimed he had cured the disease.", ["claimed"]),
        ("The bill claims to fix the gap.", ["claims"]),
        ("Rebels claim they hold the airport.", ["claim"]),
    ],
)
def test_hedges_reads_claims_as_noun_or_distancing_verb(
    text: str, expected: list[str]
) -> None:
    assert [t for _, _, t in spans(text)] == expected


def cue_texts(text: str) -> list[str]:
    return [t for _, _, t in spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Report passives of forecasting and presumption, with or without an
        # adverb inside the verb group (judgement call 16).
        ("The storm is forecast to reach the coast.", ["is forecast to"]),
        ("Turnout was projected to fall sharply.", ["was projected to"]),
        ("The fire is widely assumed to have spread.", ["is widely assumed to"]),
        ("The captain is presumed to be alive.", ["is presumed to"]),
        ("The tower is claimed to be the tallest in town.", ["is claimed to"]),
        ("She is reputed to own three castles.", ["is reputed to"]),
        # Past-tense agentless frames and progressive report passives.
        ("It was believed that the ferry sank.", ["It was believed"]),
        ("It was feared the levee would fail.", ["It was feared"]),
        ("Power cuts are being reported in the valley.", ["are being reported"]),
        ("There are reports of gunfire downtown.", ["There are reports"]),
        # Epistemic adverbs and adjectives (Hyland's hedges, news usage).
        ("The bridge is arguably the finest in the county.", ["arguably"]),
        ("The miners were almost certainly trapped.", ["almost certainly"]),
        ("It is plausible that the pump failed.", ["plausible"]),
        ("A change of plan is probable.", ["probable"]),
        ("The final is in doubt after the flood.", ["in doubt"]),
        ("It is doubtful that the dam will hold.", ["doubtful"]),
        ("The cause of the blaze remains undetermined.", ["undetermined"]),
        ("The unsubstantiated rumours spread quickly.", ["unsubstantiated"]),
        # Unverified status stated by the outlet itself.
        (
            "The video could not be independently verified.",
            ["could not be independently verified"],
        ),
        (
            "The agency could not immediately confirm the toll.",
            ["could not immediately confirm"],
        ),
        ("The figure has not been verified.", ["not been verified"]),
        # Evidence nouns, speculation and conditional truth.
        ("There are indications that the talks stalled.", ["indications that"]),
        ("Signs that the river is rising worried farmers.", ["Signs that"]),
        (
            "Shares fell amid speculation that the chief would quit.",
            ["amid speculation"],
        ),
        ("Rumours that the club will be sold persist.", ["Rumours that"]),
        ("The deal, if confirmed, would end the strike.", ["if confirmed"]),
        # Doubt and open questions, and idioms of likelihood.
        ("The tapes cast doubt on his alibi.", ["cast doubt on"]),
        ("Questions remain about the budget.", ["Questions remain"]),
        ("The merger is up in the air.", ["up in the air"]),
        ("In all likelihood the pier will close.", ["In all likelihood"]),
        ("There is a possibility that the mine reopens.", ["possibility that"]),
    ],
)
def test_hedges_marks_forecasts_presumptions_and_unverified_status(
    text: str, expected: list[str]
) -> None:
    assert cue_texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A negated evidence noun denies the evidence (judgement call 17).
        "There is no indication that the talks stalled.",
        # "doubt" and "likelihood" hedge only after "in" / "in all".
        "There is no doubt that the dam held.",
        "The likelihood of rain is low.",
        # Placards, not evidence.
        'Marchers carried signs that read "No more cuts".',
        # Attributive "probable", like "the probable motivation" (notes 17).
        "The probable cause was a gas leak.",
        # Ability, without the outlet's verification adverb.
        "Officials could not confirm the toll.",
        # The noun "might" before a finite verb.
        "The empire's naval might was feared.",
        "Its might has waned since the war.",
        "They pooled their combined might against the fleet.",
        # "potentially" before a property of risk, also in a compound.
        "The chemical is potentially corrosive.",
        "The dye is potentially cancer-causing.",
    ],
)
def test_hedges_skips_negated_evidence_placards_and_risk(text: str) -> None:
    assert spans(text) == []


def test_hedges_keeps_might_before_a_bare_verb() -> None:
    assert cue_texts("They might do better next year.") == ["might"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # The whole auxiliary chain of an agentless report passive (judgement
        # call 16, annotation notes 18), adverbs included.
        (
            "It has also been reported that the mayor will resign.",
            [(3, 25, "has also been reported")],
        ),
        (
            "The singer's death had been widely reported before the funeral.",
            [(19, 43, "had been widely reported")],
        ),
        (
            "Three more cases have been reported in the north.",
            [(17, 35, "have been reported")],
        ),
        ("Bad weather is blamed for the delays.", [(12, 21, "is blamed")]),
        ("A ghost is being blamed for the thefts.", [(8, 23, "is being blamed")]),
        ("Troops raided the cell blamed for the blast.", [(23, 29, "blamed")]),
        # A report participle opening an aside, its "be" left out.
        ("The keeper, seen as the best in the league, left.", [(12, 19, "seen as")]),
        # Distancing verbs and nouns before the claimed content (notes 48).
        ("In a new suit they allege that the firm hid losses.", [(19, 25, "allege")]),
        ("The city filed a suit alleging fraud.", [(22, 30, "alleging")]),
        ("Accusations that the vote was rigged grew.", [(0, 11, "Accusations")]),
        ("Stocks fell amid reports of a poor harvest.", [(17, 24, "reports")]),
        (
            "The board is concerned by reports that the dam leaks.",
            [(26, 33, "reports")],
        ),
    ],
)
def test_hedges_marks_agentless_groups_and_distancing_words(
    text: str, expected: list[tuple[int, int, str]]
) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The figures were reported by the agency on Monday.",
        "Reuters reported that the talks had stalled.",
        "Radio North, a local station, reported fighting in the town.",
        "Officials blamed the storm for the outage.",
        "He denied the accusations.",
        "The agency reports that prices rose.",
        "Spokesmen denied the reports.",
        "You may freely reproduce the text of this page.",
        "The banker now faces the possibility of a long prison term.",
        "Smokers were three times as likely as others to fall ill.",
    ],
)
def test_hedges_skips_agents_speech_acts_permissions_and_rates(text: str) -> None:
    assert spans(text) == []


def test_hedges_marks_claimed_responsibility() -> None:
    """A group claiming an attack is a claim the outlet cannot check (call 15)."""
    text = "The group claimed responsibility for the attack."
    assert spans(text) == [(10, 17, "claimed")]


@pytest.mark.parametrize(
    "text",
    [
        # The cue is the first word of a quotation in single marks: the
        # opening mark sits right before the match.
        "She spoke. \u2018Perhaps we will win,\u2019 the coach said.",
        "\u2018Possibly the pier will close,\u2019 the harbour master said.",
    ],
)
def test_hedges_skips_cue_opening_a_single_quoted_quotation(text: str) -> None:
    assert cue_texts(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # The writer's own belief in the first person (annotation notes 49).
        ("I think the bridge will reopen before winter.", ["I think"]),
        ("I suspect the count is far higher.", ["I suspect"]),
        # Speculation lowers the certainty of what follows.
        ("Fans speculated that the band would split.", ["speculated"]),
        ("Traders were speculating that rates would rise.", ["speculating"]),
    ],
)
def test_hedges_marks_first_person_belief_and_speculation(
    text: str, expected: list[str]
) -> None:
    assert cue_texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Inside a quotation the words are the speaker's (judgement call 14).
        '"I think we will win," the coach said.',
        "\u2018I suspect foul play,\u2019 the widow told reporters.",
    ],
)
def test_hedges_skips_first_person_belief_in_quotations(text: str) -> None:
    assert cue_texts(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # "may not" of doubt, beside the concessive and forbidding readings.
        ("Voters may not know that the poll moved.", ["may"]),
        ("The figures may not include the night shift.", ["may"]),
        # A report participle in an aside between dashes.
        (
            "The gesture \u2014 interpreted as a snub \u2014 angered fans.",
            ["interpreted as"],
        ),
        ("The move, interpreted as a retreat, surprised analysts.", ["interpreted as"]),
        # Hearsay the writer relays, and the court formula (annotation notes 47).
        ("The widely reported talks stalled again.", ["widely reported"]),
        ("What we are hearing now is that two ships collided.", ["we are hearing"]),
        ("At the hearing, the court was advised that he fled.", ["was advised"]),
        # "possible" of likelihood keeps its hedge.
        ("A deal is possible this week.", ["possible"]),
    ],
)
def test_hedges_marks_may_not_asides_and_relayed_reports(
    text: str, expected: list[str]
) -> None:
    assert cue_texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Concession and prohibition.
        "The pubs may not be full, yet the square is packed.",
        "You may not park on the verge.",
        "The photographs may not be reproduced without consent.",
        # Ability denied and feasibility denied are certain, not doubtful.
        "No one could keep up with the leader on the climb.",
        "Nobody could open the gate.",
        "Such a survey has never been possible before.",
        "A refund is not possible after thirty days.",
        # A set term and a proposal.
        "The leaflet lists the warning signs of a stroke.",
        "The guide suggests ways to save on heating.",
        # An agent makes the participle an attribution.
        "The remark, interpreted by aides as a joke, passed.",
    ],
)
def test_hedges_skips_concession_denials_set_terms_and_proposals(text: str) -> None:
    assert cue_texts(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Wire formulas of unverified status (beside "could not be verified").
        (
            "Reuters was unable to independently verify the footage.",
            ["unable to independently verify"],
        ),
        (
            "There were conflicting reports about the death toll.",
            ["conflicting reports"],
        ),
        ("It is not yet known whether the bridge will reopen.", ["not yet known"]),
        ("The figure has yet to be confirmed by the police.", ["yet to be confirmed"]),
        (
            "There was no immediate confirmation from the army.",
            ["no immediate confirmation"],
        ),
        ("The letter purports to come from the palace.", ["purports to"]),
    ],
)
def test_hedges_marks_wire_formulas_of_unverified_status(
    text: str, expected: list[str]
) -> None:
    assert cue_texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Doubt the writer states about the claim itself.
        ("There are doubts about the official figures.", ["doubts about"]),
        ("It is hard to say how many ships were hit.", ["hard to say"]),
        (
            "A question mark hangs over the deal; a question mark over its cost too.",
            ["question mark over"],
        ),
        ("Whether the plan worked is open to question.", ["open to question"]),
        ("The benefit of the scheme is debatable.", ["debatable"]),
    ],
)
def test_hedges_marks_stated_doubt(text: str, expected: list[str]) -> None:
    assert cue_texts(text) == expected


def test_hedges_skips_stated_doubt_in_quotations() -> None:
    assert cue_texts('"It is hard to say," the coach admitted.') == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A forecast participle right after its noun, "which is" left out
        # (annotation notes 47 list a bare "expected").
        ("A ruling expected on Friday could end the dispute.", ["expected", "could"]),
        ("The town braced for a march expected to draw crowds.", ["expected to"]),
        ("A levy projected to raise $2bn was shelved.", ["projected to"]),
        ("With snow expected, the schools closed early.", ["expected"]),
        # The report passive without "to", and negated in one token.
        # A scheduled event with its time is a schedule (annotation notes 88).
        ("A verdict is expected next week.", []),
        ("Heavy rain is expected next week.", ["is expected"]),
        ("The mayor isn't expected to attend.", ["isn't expected to"]),
        ("The bill wasn\u2019t expected to pass.", ["wasn\u2019t expected to"]),
        ("Rents are anticipated to climb again.", ["are anticipated to"]),
        # Quoted without an agent (annotation notes 47), or reported to be.
        ("The coach was quoted as saying he would stay.", ["was quoted as"]),
        ("The crowd, reported to be huge, filled the square.", ["reported to be"]),
        # Predicative "possible" after a contracted copula.
        ("It's possible the ferry will run late.", ["possible"]),
        # Appearance and distance the outlet keeps.
        ("The pair look set to marry in June.", ["look set to"]),
        ("It looks as if the strike will end.", ["It looks as if"]),
        ("The supposed cure was never tested.", ["supposed"]),
        ("The cause of the blaze has yet to be determined.", ["yet to be determined"]),
        # Decision 69: "potentially irreversible" stays a hedge.
        ("The harm is potentially irreversible.", ["potentially"]),
    ],
)
def test_hedges_marks_forecast_relatives_and_report_variants(
    text: str, expected: list[str]
) -> None:
    assert cue_texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Active "expected" with a subject or object, and comparisons.
        "Investors expected the bank to cut rates.",
        "The team expected a tougher game.",
        "Sales were higher than expected this spring.",
        "Turnout was lower than had been expected.",
        "Some delay is to be expected.",
        "The duty expected of every member is clear.",
        "The goalkeeper studies the expected angle, speed and spin.",
        # "supposed to": a duty or a plan.
        "The train was supposed to leave at noon.",
        # "seen as" before a clause of comparison; "to date" the idiom.
        "Through the telescope the comet is seen as it was an hour earlier.",
        "Ten wrecks have been found to date, more than any survey before.",
        # "considered" meaning weighed, with nothing regarded.
        "The proposals were considered.",
        "The plan was considered at a meeting in May.",
    ],
)
def test_hedges_skips_active_expected_comparisons_and_weighing(text: str) -> None:
    assert cue_texts(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Annotation notes D21: the outlet asserts the falsity, no distance.
        ("He falsely claimed that the count was rigged.", []),
        ("She made bogus allegations against the coach.", []),
        ("The team denied inaccurate claims that it had folded.", []),
        ("The pills were found to be fake.", []),
        # Without the falsity word the distance stays.
        ("He claimed that the count was rigged.", ["claimed"]),
        ("She made allegations against the coach.", ["allegations"]),
        ("The pills were found to be useless.", ["were found to be"]),
    ],
)
def test_hedges_skips_distancing_the_outlet_calls_false(
    text: str, expected: list[str]
) -> None:
    assert cue_texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "May" the month before a finite verb; "may" of doubt kept.
        ("May was the wettest month on record.", []),
        ("May has brought three storms so far.", []),
        ("The pier may close in winter.", ["may"]),
        # A rule of a scheme (annotation notes 69) and a polite formula.
        ("Tenants may be eligible for a rebate.", []),
        ("Small firms may qualify for the grant.", []),
        ("Members may wish to read the report first.", []),
        # Advice, a choice or a case put to the generic reader: not doubt
        # about what the text reports (the gold leaves "you may/might/could"
        # unmarked); a modal about a named group stays a hedge.
        ("You may want to book early.", []),
        ("You might also notice the new signs.", []),
        ("You may decide to travel by train instead.", []),
        ("You may need a permit for the pier.", []),
        ("Anglers may need a permit for the pier.", ["may"]),
        # A wish ("in the hope that") and a concession ("while ... may seem").
        ("They wrote in the hope that others may learn from it.", []),
        ("While the fee may seem high, it covers the whole year.", []),
        ("The fee may seem high to new members.", ["may", "seem"]),
        ("A message of hope that may help others was read out.", ["may"]),
    ],
)
def test_hedges_reads_may_of_months_rules_advice_and_concession(
    text: str, expected: list[str]
) -> None:
    assert cue_texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A topic discussed, not a likelihood asserted.
        ("The board is discussing the possibility of a merger.", []),
        ("She was asked about the possibility of a recount.", []),
        ("There is a possibility of further delays.", ["possibility of"]),
        # "have long suspected": the verb, a stance someone holds.
        ("Biologists have long suspected a link.", []),
        ("The suspected arsonist was caught.", ["suspected"]),
        # A property of a medical risk or of care, also in a compound.
        ("The bite is potentially sight-threatening.", []),
        ("The cancer is potentially curable.", []),
        ("The drug is potentially useful.", ["potentially"]),
    ],
)
def test_hedges_reads_topics_stances_and_medical_properties(
    text: str, expected: list[str]
) -> None:
    assert cue_texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An appeal to a hypothetical witness, a generic ability.
        ("Anyone who may have seen the van is asked to call police.", []),
        ("Anyone with news that could help should ring the station.", []),
        ("Anyone could enter the draw.", []),
        # "anyone" in an earlier clause leaves the modal's doubt.
        ("How many anyone can fit in could decide the venue.", ["could"]),
        ("A witness may have seen the van.", ["may"]),
        # "all it could to": "do" left out.
        ("The club did all it could to keep the coach.", []),
        ("The club could keep the coach.", ["could"]),
    ],
)
def test_hedges_skips_hypothetical_witnesses_and_elided_verbs(
    text: str, expected: list[str]
) -> None:
    assert cue_texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Two adverbs inside the verb group.
        ("Lee is still widely seen as the favourite.", ["is still widely seen as"]),
        # An accusation reported without its accuser keeps its distance.
        ("The firm has been accused of dumping waste.", ["has been accused of"]),
        ("The driver, accused of speeding, was fined.", ["accused of"]),
        # With the accuser named it is an attribution; active, no hedge.
        ("The firm was accused by residents of dumping waste.", []),
        ("Residents accused the firm of dumping waste.", []),
        # After a modal or "to" the passive is hypothetical or ruled out.
        ("No club wants to be accused of cheating.", []),
        ("The rule cannot be regarded as fair.", []),
        ("The delay may be seen as a setback.", ["may"]),
    ],
)
def test_hedges_reads_report_groups_accusations_and_hypothetical_passives(
    text: str, expected: list[str]
) -> None:
    assert cue_texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Casualty reports that rest on belief, not a count.
        ("Four hikers are believed dead after the storm.", ["believed dead"]),
        ("Two guards were believed killed in the raid.", ["believed killed"]),
        # Rumour and missing knowledge introduce their content.
        ("Rumour has it that the club will move.", ["Rumour has it"]),
        ("There is a rumor that the mill will shut.", ["rumor that"]),
        ("Little is known about the new strain.", ["Little is known"]),
        ("The cure has never been proven to work.", ["never been proven"]),
        ("The link has not been proven in trials.", ["not been proven"]),
        # "appears" before a participle of intent or course, like "appears to".
        ("The firm appears set to cut jobs.", ["appears set to"]),
        ("The blast appeared aimed at the depot.", ["appeared aimed"]),
        ("It would appear that the vote was delayed.", ["It would appear"]),
        # Appearing in a place or on a list is no hedge.
        ("The singer appeared on stage at nine.", []),
        ("The name appears in the report twice.", []),
    ],
)
def test_hedges_marks_belief_rumour_and_appearance_forms(
    text: str, expected: list[str]
) -> None:
    assert cue_texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "apparent" before a measure is a set term of observation.
        ("The comet's apparent magnitude rose to 4 in March.", []),
        ("From here the moon's apparent size hardly changes.", []),
        ("The star's apparent brightness dips every nine days.", []),
        # Before any other noun it still doubts what it describes.
        ("Police found the apparent cause of the blaze.", ["apparent"]),
        ("It was an apparent attempt to dodge the tax.", ["apparent"]),
    ],
)
def test_hedges_skips_apparent_of_measurement(text: str, expected: list[str]) -> None:
    assert cue_texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Suggesting names or topics is a proposal, not evidence.
        ("Pupils can suggest names for the new ferry until May.", []),
        ("Listeners are asked to suggest topics for the next show.", []),
        # Evidence that suggests a state of affairs still hedges.
        ("Tests suggest the ferry was overloaded.", ["suggest"]),
    ],
)
def test_hedges_skips_suggest_of_a_proposal(text: str, expected: list[str]) -> None:
    assert cue_texts(text) == expected
