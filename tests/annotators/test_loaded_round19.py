"""Loaded language, round 19: forms of listed words and new word classes."""

from __future__ import annotations

import pytest

from reliability.annotators.loaded import LoadedAnnotator
from reliability.document import Document
from reliability.segment import split_sentences


def _marked(text: str) -> list[str]:
    doc = Document(text=text, segments=split_sentences(text))
    return [text[f.start : f.end] for f in LoadedAnnotator().annotate(doc)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # The comparative and the superlative judge as the plain form does.
        ("It was the cruelest budget in a generation.", ["cruelest"]),
        ("Critics called it the cruellest cut of all.", ["cruellest"]),
        ("The minister offered the laziest excuse yet.", ["laziest"]),
        ("The second deal was even sleazier than the first.", ["sleazier"]),
        ("The council did the shoddiest repair work on the bridge.", ["shoddiest"]),
        ("Each new theory is crazier than the last.", ["crazier"]),
        ("It was the pettiest feud in the chamber's history.", ["pettiest"]),
        ("The party ran the dodgiest campaign of the season.", ["dodgiest"]),
        # Comparatives of plain adjectives stay unmarked.
        ("Prices were lower and wages higher than a year ago.", []),
        ("It was the wettest summer on record.", []),
    ],
)
def test_loaded_marks_comparatives_of_judging_adjectives(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A vivid modifier of words judges the speech or the criticism.
        ("The senator delivered a fiery speech on the floor.", ["fiery"]),
        ("Her column was a scorching critique of the budget.", ["scorching"]),
        ("The editor wrote a scorching editorial about the deal.", ["scorching"]),
        ("The judge gave a withering review of the evidence.", ["withering"]),
        ("He issued a blistering statement within the hour.", ["blistering"]),
        ("The ruling was a stinging verdict on the agency.", ["stinging"]),
        ("The mayor faced fiery exchanges with residents.", ["fiery"]),
        # Heat, fire, pace and plants are described, not judged.
        ("Runners struggled in the blistering heat.", []),
        ("The blistering pace of the race left many behind.", []),
        ("Two people died in a fiery crash on the motorway.", []),
        ("Stinging nettles grow along the path.", []),
        ("Crops are withering in the scorching sun.", []),
        ("He felt a searing pain in his chest.", []),
    ],
)
def test_loaded_marks_vivid_modifiers_of_words(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Forms of listed verbs of contempt and deceit.
        ("The governor gaslights voters about the deficit.", ["gaslights"]),
        ("The campaign foments anger at every stop.", ["foments"]),
        ("The senator grandly preens for the cameras.", ["preens"]),
        ("The speaker browbeats members into line.", ["browbeats"]),
        ("The new ad besmirches a decorated veteran.", ["besmirches"]),
        ("The chairman steamrolls every objection.", ["steamrolls"]),
        ("Officials have politicised the inquiry.", ["politicised"]),
        ("The minister was a dupe of the lobbyists.", ["dupe"]),
        # Their literal or trade senses are not listed.
        ("The plant fabricates steel parts for cars.", []),
        ("The engine whines at high speed.", []),
    ],
)
def test_loaded_marks_forms_of_listed_verbs(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A reaction or a tactic derided as a tantrum or as theatre.
        ("Party leaders threw hissy fits over the new map.", ["hissy fits"]),
        (
            "Pundits were foaming at the mouth about the ruling.",
            ["foaming at the mouth"],
        ),
        (
            "The complaint looks like sour grapes from the losing bidder.",
            ["sour grapes"],
        ),
        ("The school budget became a political football.", ["political football"]),
        ("Migrants became political pawns in the dispute.", ["political pawns"]),
        ("The visit was one more photo-op for the mayor.", ["photo-op"]),
        ("It was a kneejerk response to the polls.", ["kneejerk"]),
        # Plain grapes, pawns and photographs.
        ("Farmers picked the last grapes of the season.", []),
        ("He moved two pawns in the opening.", []),
    ],
)
def test_loaded_marks_derided_reactions_and_tactics(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Using a harm or a feeling in bad faith.
        ("The senator is exploiting the tragedy for votes.", ["exploiting"]),
        ("The party milked the crisis for months.", ["milked"]),
        ("The new ads prey on fears about crime.", ["prey"]),
        ("Scammers preyed on the vulnerable after the storm.", ["preyed"]),
        ("The campaign exploits divisions in the town.", ["exploits"]),
        # Resources, software flaws, farms and animals.
        ("The company will exploit oil reserves in the north.", []),
        ("Hackers exploited a flaw in the software.", []),
        ("Farmers are milking cows at dawn.", []),
        ("Owls prey on mice and voles.", []),
    ],
)
def test_loaded_marks_bad_faith_use_of_a_harm(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Trampling a right or an idea is a figure for policy.
        ("The decree tramples on the rights of tenants.", ["tramples"]),
        ("The governor is trampling the constitution.", ["trampling"]),
        ("Officials trampled on press freedom for years.", ["trampled"]),
        ("The agency ran roughshod over local councils.", ["roughshod"]),
        ("The bill is an assault on worker protections.", ["assault"]),
        ("The order is an attack on collective bargaining.", ["attack"]),
        # Crowds and cattle trample people and crops.
        ("Two pilgrims were trampled to death in the crush.", []),
        ("The crops were trampled by cattle.", []),
    ],
)
def test_loaded_marks_trampling_rights(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Adverbs of judging adjectives judge as the adjectives do.
        ("The council acted unethically over the contract.", ["unethically"]),
        ("The governor ruled the province despotically.", ["despotically"]),
        ("The minister fecklessly waited for the report.", ["fecklessly"]),
        ("The coach stood by obstinately as losses mounted.", ["obstinately"]),
        ("Police handled the protest heavy-handedly.", ["heavy-handedly"]),
        ("The paper wrote sycophantically about its owner.", ["sycophantically"]),
        # Adverbs of manner and degree stay unmarked.
        ("The puzzle looked deceptively simple.", []),
        ("The room was intolerably hot by noon.", []),
    ],
)
def test_loaded_marks_adverbs_of_judging_adjectives(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A fiasco named as a show or a joke.
        ("The trial was a mockery of justice.", ["mockery of"]),
        ("The rollout has been a hot mess from day one.", ["hot mess"]),
        ("The new tax is a national embarrassment.", ["national embarrassment"]),
        ("The club has become a laughing-stock.", ["laughing-stock"]),
        ("Reporters kept asking gotcha questions.", ["gotcha"]),
        # Circuses, canteens and plain embarrassment.
        ("The circus came to town on Friday.", []),
        ("The mess hall was closed for repairs.", []),
        ("He blushed with embarrassment at the ceremony.", []),
    ],
)
def test_loaded_marks_a_fiasco_named_as_a_show(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A class of government, as rights groups and wire copy write it.
        ("Journalists in repressive countries use the tool.", []),
        ("The group helps dissidents under oppressive governments.", []),
        ("Activists fear the spread of oppressive and repressive states.", []),
        ("Exiles fled the repressive rule of the junta.", ["junta"]),
        # Before other nouns the words judge.
        ("Residents complained about oppressive taxes.", ["oppressive"]),
        ("Critics called the curfew a repressive measure.", ["repressive"]),
    ],
)
def test_loaded_leaves_classes_of_government(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Public money named as loot or a spree.
        ("The council went on a spending spree before the vote.", ["spending spree"]),
        ("The levy is a stealth pension raid.", ["pension raid"]),
        (
            "Ministers defended the corporate handouts in the budget.",
            ["corporate handouts"],
        ),
        ("Fans are tired of ticket rip-offs.", ["rip-offs"]),
        # Plain spending and a raid by police.
        ("Spending rose by two percent in March.", []),
        ("Police carried out a raid on the pension office.", []),
    ],
)
def test_loaded_marks_public_money_as_loot(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Conspiracy-site terms for vaccines, protest and policy.
        (
            "The rally was full of paid protesters, the site claimed.",
            ["paid protesters"],
        ),
        ("The blog called the vaccine a clot shot.", ["clot shot"]),
        ("The channel pushed the fake pandemic story for months.", ["fake pandemic"]),
        ("The group ran an anti-life campaign, the flyer said.", ["anti-life"]),
        # Plain protesters, pandemics and shots.
        ("Protesters were paid a visit by police.", []),
        ("The pandemic closed schools for a year.", []),
    ],
)
def test_loaded_marks_conspiracy_terms(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Contempt for mind, nerve and morals.
        ("The column called the minister an ignoramus.", ["ignoramus"]),
        ("Voters are tired of talentless careerists.", ["talentless"]),
        ("The bailout rewarded the banksters again.", ["banksters"]),
        ("The board took a defeatist line on the deal.", ["defeatist"]),
        ("Critics of the tycoon call him an egomaniac.", ["egomaniac"]),
        ("The scheme was open thievery from pensioners.", ["thievery"]),
        ("It was an undignified scramble for posts.", ["undignified"]),
        # Plain words around them stay unmarked.
        ("The bank raised its rates on Monday.", []),
        ("The minister answered questions for an hour.", []),
    ],
)
def test_loaded_marks_contempt_for_mind_and_morals(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Selfishness, snobbery and conduct.
        ("The cuts were compassionless and rushed.", ["compassionless"]),
        ("Landlords kept mooching off the subsidy.", ["mooching"]),
        ("The thieving officials fled abroad.", ["thieving"]),
        ("The club is run by snobs from the city.", ["snobs"]),
        ("The mayor gave an insipid speech.", ["insipid"]),
        ("The handling of the files was unprofessional.", ["unprofessional"]),
    ],
)
def test_loaded_marks_selfishness_and_snobbery(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The regulator has been ineffectual for a decade.", ["ineffectual"]),
        ("The campaign's smugness cost it the suburbs.", ["smugness"]),
        ("Their shamelessness knows few limits.", ["shamelessness"]),
        ("The scheme was run by tricksters from abroad.", ["tricksters"]),
        ("The city's humourless rules ban busking.", ["humourless"]),
    ],
)
def test_loaded_marks_incompetence_and_vanity(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A feeling or disorder that opens a tabloid headline.
        ("Backlash as council scraps free parking.", ["Backlash"]),
        ("Dismay as village pub shuts its doors.", ["Dismay"]),
        ("Pandemonium as fans storm the pitch.", ["Pandemonium"]),
        ("Relief as missing walkers are found.", ["Relief"]),
        # Mid-sentence it describes a reaction.
        ("Residents watched in dismay as the pub shut.", []),
        ("There was relief as the walkers were found.", []),
    ],
)
def test_loaded_marks_headline_feelings(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Coercion between states named as bullying.
        (
            "The ministry condemned economic bullying by Washington.",
            ["economic bullying"],
        ),
        ("Beijing accused the bloc of trade bullying.", ["trade bullying"]),
        ("The envoy was known for wolf warrior diplomacy.", ["wolf warrior"]),
        # Bullying at school or work is the plain term.
        ("Pupils reported bullying at school.", []),
        ("The charity runs a helpline on workplace bullying.", []),
    ],
)
def test_loaded_marks_coercion_named_as_bullying(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Sneering names for a politician's followers and servants.
        ("The board is stacked with party hacks.", ["party hacks"]),
        ("The senator is a political lightweight.", ["political lightweight"]),
        ("He surrounded himself with yes-men.", ["yes-men"]),
        ("The aide was made the patsy for the scandal.", ["patsy"]),
        ("The forum is full of the leader's cultists.", ["cultists"]),
        # Hackers, boxers and plain followers.
        ("Hackers stole data from the party's servers.", []),
        ("He won the lightweight title in Las Vegas.", []),
    ],
)
def test_loaded_marks_sneers_at_followers(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Nouns of judging adjectives.
        ("Voters punished the cynicism of the campaign.", ["cynicism"]),
        ("The fecklessness of the board cost jobs.", ["fecklessness"]),
        ("The sleaziness of the deal shocked no one.", ["sleaziness"]),
        ("The ruling exposed the deceitfulness of the firm.", ["deceitfulness"]),
        ("The vindictiveness of the purge stunned staff.", ["vindictiveness"]),
    ],
)
def test_loaded_marks_nouns_of_judging_adjectives(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ruthlessness of the purge stunned the party.", ["ruthlessness"]),
        ("Readers tired of the paper's sanctimoniousness.", ["sanctimoniousness"]),
        ("The report laid bare the wastefulness of the scheme.", ["wastefulness"]),
        ("The shoddiness of the repairs angered tenants.", ["shoddiness"]),
        ("Fans mocked the cluelessness of the owners.", ["cluelessness"]),
    ],
)
def test_loaded_marks_ness_nouns_of_judging_adjectives(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Migration named as a flood or a swarm.
        ("The town faces a flood of migrants every summer.", ["flood"]),
        ("Migrants are swarming the border fence.", ["swarming"]),
        ("The island was overrun with illegal immigrants.", ["overrun"]),
        ("The district was flooded with refugees.", ["flooded"]),
        ("Officials warned of a tsunami of asylum seekers.", ["tsunami"]),
        # Water, storms, bees and police are literal.
        ("Floods displaced thousands of refugees.", []),
        ("Migrant camps flooded after the storm.", []),
        ("Flooding forced refugees to flee.", []),
        ("A swarm of bees closed the road.", []),
        ("Police swarmed the building at dawn.", []),
    ],
)
def test_loaded_marks_migration_as_a_flood(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ad trivializes the suffering of veterans.", ["trivializes"]),
        ("The board's short-sightedness cost the club dearly.", ["short-sightedness"]),
        ("The report was a pile of unresearched claims.", ["unresearched"]),
        ("The salesman was a trickster with a smile.", ["trickster"]),
    ],
)
def test_loaded_marks_trivializing_and_contempt(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Sneers in the gun and climate debates.
        ("The gun-grabbing senator spoke at the rally.", ["gun-grabbing"]),
        ("The eco-warriors glued themselves to the road.", ["eco-warriors"]),
        ("The warmists were wrong again, the blog said.", ["warmists"]),
        # Plain names of the sides.
        ("Gun owners and climate campaigners met the mayor.", []),
    ],
)
def test_loaded_marks_sneers_in_gun_and_climate_debates(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A self-given label in scare quotes sneers.
        (
            "The panel was full of self-described \u201cexperts\u201d on the virus.",
            ["self-described"],
        ),
        ("The self-declared 'patriots' marched on the capitol.", ["self-declared"]),
        ('The self-professed "reformers" kept every perk.', ["self-professed"]),
        # Without scare quotes it reports how people call themselves.
        ("She is a self-described democratic socialist.", []),
        ("The self-declared candidate filed papers on Monday.", []),
    ],
)
def test_loaded_marks_self_given_labels_in_scare_quotes(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A policy dismissed or condemned.
        ("The bill offered only superficial reforms.", ["superficial"]),
        ("The board made cosmetic changes to the scheme.", ["cosmetic"]),
        ("Critics condemned the harsh measures against protesters.", ["harsh"]),
        ("The state relies on spying and harsh law enforcement.", ["harsh"]),
        ("The training is a box-ticking exercise.", ["box-ticking"]),
        # Wounds, products, weather and plain criticism.
        ("He suffered superficial wounds in the crash.", []),
        ("The firm sells cosmetic products online.", []),
        ("Farmers braced for a harsh winter.", []),
        ("She faced harsh criticism from her party.", []),
    ],
)
def test_loaded_marks_dismissed_policies(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The other number of nouns listed in one.
        ("He was a bean counter with no vision.", ["bean counter"]),
        ("The senator is a war hawk.", ["war hawk"]),
        ("The report was a half-truth at best.", ["half-truth"]),
        ("The minister was the instigator of the purge.", ["instigator"]),
        ("The city has become one of the hellholes of the region.", ["hellholes"]),
        ("The threats were paper tigers.", ["paper tigers"]),
    ],
)
def test_loaded_marks_other_number_of_listed_nouns(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The offence and the legal standard are plain terms of court copy.
        ("He was charged with reckless driving.", []),
        ("The driver was convicted of reckless endangerment.", []),
        ("She admitted recklessly endangering a child.", []),
        ("The court found reckless disregard for the truth.", []),
        # A policy or a gamble judged reckless stays loaded.
        ("The minister's reckless gamble cost billions.", ["reckless"]),
        ("Critics called it a reckless policy, and it was.", ["reckless"]),
    ],
)
def test_loaded_leaves_reckless_offences(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Offences named in court copy.
        ("He was charged with possessing obscene material.", []),
        ("The jury found depraved indifference to human life.", []),
        ("The owner of a vicious dog was fined.", []),
        ("Inspectors investigated animal cruelty at the farm.", []),
        # The same words judging a profit, a campaign or a policy.
        ("Executives made obscene profits last year.", ["obscene"]),
        ("The policy's cruelty shocked voters.", ["cruelty"]),
    ],
)
def test_loaded_leaves_offences_of_court_copy(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A class of cases, as rights monitors write it.
        ("The group monitors politically motivated persecutions.", []),
        ("Monitors counted dozens of politically motivated arrests.", []),
        ("Police logged three politically motivated killings.", []),
        # A verdict on an act stays loaded.
        ("The inquiry is politically motivated.", ["politically motivated"]),
    ],
)
def test_loaded_leaves_classes_of_cases(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected
