"""Loaded language: clear cases, neutral readings vetoed, the militants rule."""

from __future__ import annotations

import pytest

from reliability.annotators.loaded import LoadedAnnotator
from reliability.document import Document
from reliability.segment import split_sentences


def spans(text: str) -> list[tuple[int, int, str]]:
    doc = Document(text=text, segments=split_sentences(text))
    found = LoadedAnnotator().annotate(doc)
    return [(f.start, f.end, text[f.start : f.end]) for f in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Taliban have swept through Afghanistan.", [(17, 22, "swept")]),
        (
            "There remains a thorn in their side: the valley.",
            [(16, 24, "thorn in")],
        ),
        ("They blamed the reckless convoy.", [(16, 24, "reckless")]),
        ("Afghans fled the brutality of the group.", [(17, 26, "brutality")]),
        ("Officials say the rebels can be crushed with ease.", [(32, 39, "crushed")]),
        ("The self-proclaimed front held the pass.", [(4, 19, "self-proclaimed")]),
        ("Kabul hosts the so-called envoy.", [(16, 25, "so-called")]),
        ("The country has no ties with the Taliban regime.", [(41, 47, "regime")]),
        ("The senator slammed the decision.", [(12, 19, "slammed")]),
        (
            "It was a draconian law and a disastrous policy.",
            [(9, 18, "draconian"), (29, 39, "disastrous")],
        ),
        ("Radical clerics met in the city.", [(0, 7, "Radical")]),
        # Judging vocabulary, and a degree adverb joins the span.
        (
            "He peddles wild conspiracy theories.",
            [(3, 10, "peddles"), (11, 15, "wild")],
        ),
        ("It was a masterful piece of politics.", [(9, 18, "masterful")]),
        ("The plan is utterly bizarre.", [(12, 27, "utterly bizarre")]),
        ("Growth stayed anemic all year.", [(14, 20, "anemic")]),
        # Violent metaphors for criticism, also when they introduce speech.
        ("Critics blasted the plan as a giveaway.", [(8, 15, "blasted")]),
        ("Rivals are blasting the budget.", [(11, 19, "blasting")]),
    ],
)
def test_loaded_marks_clear_cases(
    text: str, expected: list[tuple[int, int, str]]
) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Judgement call 19: not clear cases.
        "The famed valley has immense symbolic value.",
        "The Taliban reneged on the deal with remarkable speed.",
        "A tribal militia resisted the invaders.",
        "The cut showed hostile intent.",
        # Neutral readings.
        "The EU tightened its sanctions regime.",
        "A new tax regime starts in May.",
        "They called for regime change.",
        "Houses were swept away by floods.",
        "A storm swept through the region.",
        "The car slammed into a wall.",
        "Protests against police brutality continued.",
        "The group was designated a terrorist organisation.",
        "The terrorist attack killed four.",
        "The party proposed radical reforms.",
        # Names and titles, not judgements.
        "The host Michael Savage spoke.",
        # Neutral nouns, idioms and literal senses.
        "Staff struggled with the crush of visitors.",
        "Negotiators hammered out a deal overnight.",
        "The rocket blasted off at dawn.",
        "The museum records the atrocities of the war.",
        "He peddled fruit at the market.",
        "The wild horses roam the moor.",
        # Plain names of speech acts.
        "Opponents ridiculed the plan.",
    ],
)
def test_loaded_skips_neutral_readings(text: str) -> None:
    assert spans(text) == []


def test_loaded_skips_direct_quotations() -> None:
    text = 'He said: "The regime is brutal." The regime denied it.'
    assert spans(text) == [(37, 43, "regime")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Judgement call 18: the outlet calls the same side "fighters" elsewhere.
        (
            "Taliban fighters entered the town. Taliban militants then left.",
            [(43, 52, "militants")],
        ),
        (
            "The Taliban took Kabul. The militants attacked. Taliban forces won.",
            [(28, 37, "militants")],
        ),
        (
            "The Taliban won. Taliban forces moved in. The militant movement split.",
            [(46, 54, "militant")],
        ),
        # No neutral term for that side anywhere: the word is not marked.
        ("Security forces killed three militants.", []),
        ("Israeli forces raided Jenin. Hamas militants fired rockets.", []),
        ("The militants attacked the base.", []),
        # Inside a quotation the word is not the outlet's.
        ('Taliban fighters came. "Taliban militants," he said.', []),
    ],
)
def test_loaded_militants_follows_document_terms(
    text: str, expected: list[tuple[int, int, str]]
) -> None:
    assert spans(text) == expected


def _marked(text: str) -> list[str]:
    return [t for _, _, t in spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Accusations of lying, smearing and bad faith in the writer's voice.
        ("The minister smeared his critics on air.", ["smeared"]),
        ("Opposition traitors met in a hotel.", ["traitors"]),
        ("The council's reckless spending went on.", ["reckless"]),
        ("It was a disgrace to the city.", ["disgrace"]),
        ("Only cowards would hide behind the law.", ["cowards"]),
        ("The treacherous deal was signed on Monday.", ["treacherous"]),
        ("A crooked developer bought the land.", ["crooked"]),
        ("The corrupt mayor opened the bridge.", ["corrupt"]),
        # Insults and judging adjectives.
        ("The board made a pathetic offer to the staff.", ["pathetic"]),
        ("It was a dumb move by a selfish owner.", ["dumb", "selfish"]),
        ("The idea is mindless and worthless.", ["mindless", "worthless"]),
        # Puffery.
        # "amazing" is an enthusiasm adjective, not a clear case (loaded.tsv).
        (
            "The firm launched an amazing, world-class product.",
            ["world-class"],
        ),
        ("The service offers unparalleled speed.", ["unparalleled"]),
    ],
)
def test_loaded_marks_judging_words(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor was charged with corruption in 2019.",
        "Ten people died in the crash on the motorway.",
        "The war entered its third year on Monday.",
        '"It was a disgrace," the coach said.',
    ],
)
def test_loaded_leaves_plain_reporting_and_quotes(text: str) -> None:
    assert _marked(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Accusations of lying, smearing and evil intent.
        ("The ministry kept lying about the grain figures.", ["lying"]),
        ("The mayor was accused of lying.", ["lying"]),
        ("The channel spread lies about the strike.", ["lies"]),
        ("Critics were targeted in a smear campaign.", ["smear campaign"]),
        ("The group has a sinister plan for the harbour.", ["sinister"]),
        # Judging words about people and ideas.
        ("The party courts extreme views on migration.", ["extreme"]),
        ("He called it a dangerous ideology.", ["dangerous"]),
        ("The station blamed the criminal leaders of the cartel.", ["criminal"]),
        ("The columnist ranted about the budget.", ["ranted"]),
        # Promotional praise (annotation notes 20).
        ("The council signed a landmark agreement with the port.", ["landmark"]),
        ("A pioneering scheme will train 200 welders.", ["pioneering"]),
        ("The firm opened a world-leading test site.", ["world-leading"]),
        ("It is part of a bold plan for the coast.", ["bold"]),
        ("The charity ran a historic campaign last year.", ["historic"]),
        # Harm described in judging terms, beyond the fact.
        ("The cuts were devastating for libraries.", ["devastating"]),
        ("He faces wrongful charges of treason.", ["wrongful"]),
    ],
)
def test_loaded_marks_accusation_label_and_praise(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Neutral senses of the same words.
        "The injured hiker was lying on the path for an hour.",
        "The answer lies in the soil samples.",
        "Extreme heat closed three schools.",
        "The driver faces criminal charges.",
        "The pass is dangerous in winter.",
        "The clock tower is a local landmark.",
        "The names are printed in bold.",
        "The historic centre was closed to cars.",
        "A devastating earthquake struck the coast.",
        "The family suffered a terrible loss.",
        "She won a claim for wrongful dismissal.",
        "The firm found malicious software on two laptops.",
        "The mayor attended the groundbreaking ceremony.",
        "The winners earned bragging rights for a year.",
        # Scare quotes and negating prefixes (judgement call 19).
        "The minister praised the \u2018world-class\u2019 exporters.",
        "The group trains people in non-oppressive protest.",
    ],
)
def test_loaded_vetoes_neutral_senses_of_new_entries(text: str) -> None:
    assert _marked(text) == []


def test_loaded_lexicon_kinds_are_known() -> None:
    from reliability.annotators.loaded import KINDS
    from reliability.resources import load_lexicon

    kinds = {k or "always" for k in load_lexicon("loaded").entries.values()}
    assert kinds <= KINDS


def test_loaded_skips_speech_introduced_by_a_colon_frame() -> None:
    text = (
        "The harbour master said:\n\n"
        "This is a fantastic result for a pioneering port.\n\n"
        "The port opened a pioneering ferry link in 2020."
    )
    assert _marked(text) == ["pioneering"]
    assert "fantastic" not in _marked(text)


def test_loaded_skips_transcript_turns() -> None:
    text = (
        "The interview took place in May.\n\n"
        "JANE ROE: It was a fantastic season.\n\n"
        "JOHN DOE: The pioneering crew did well."
    )
    assert _marked(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Accusing others of lying or fabrication.
        ("The embassy said the report was a hoax.", ["hoax"]),
        ("They filed trumped-up charges against the editor.", ["trumped-up"]),
        ("The leaflet was full of falsehoods about the dam.", ["falsehoods"]),
        ("The agency ran a concocted story about the port.", ["concocted"]),
        # Smearing.
        ("The channel tried to denigrate the protesters.", ["denigrate"]),
        ("It was character assassination of a judge.", ["character assassination"]),
        ("The paper's vilification of nurses went on.", ["vilification"]),
        # Evil intent.
        ("The bloc's malicious plan for the region failed.", ["malicious"]),
        ("The insidious campaign reached the schools.", ["insidious"]),
        ("He saw the machinations of foreign banks.", ["machinations"]),
        ("The deal hid ulterior motives.", ["ulterior motives"]),
        # Labels of people, as partisan and state media use them.
        ("Western apologists defended the strikes.", ["apologists"]),
        ("The grifters behind the fund were never named.", ["grifters"]),
        ("Government propagandists staffed the desk.", ["propagandists"]),
        # Judging adjectives and their adverbs from the sentiment lexicons.
        ("The council acted with callous and inhumane speed.", ["callous", "inhumane"]),
        ("The fee was shamelessly raised again.", ["shamelessly"]),
        ("The club's greedy owners sold the ground.", ["greedy"]),
        ("The move was blatantly unfair to renters.", ["blatantly"]),
        ("The trial was a farcical affair.", ["farcical"]),
        ("The report is flawless in its detail.", ["flawless"]),
    ],
)
def test_loaded_marks_resource_word_classes(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "racist" and "toxic" judge ideas and people, not acts or substances.
        ("The party spread racist rhetoric online.", ["racist"]),
        ("Critics named the toxic culture at the firm.", ["toxic"]),
        ("He gave a dangerous message to voters.", ["dangerous"]),
        # One modifier may stand between the label and its noun.
        ("The paper attacked the criminal Zionist regime.", ["criminal", "regime"]),
        ("It signed a landmark Welsh agreement.", ["landmark"]),
        ("The forum was full of racist trolling.", ["racist"]),
        ("Voters are tired of lying politicians.", ["lying"]),
        ("The paper listed his latest lies.", ["lies"]),
        ("Police are treating it as a racist attack.", []),
        ("The village lies in a valley.", []),
        ("The river carried toxic waste.", []),
    ],
)
def test_loaded_labels_need_a_person_or_idea(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Violent metaphors for criticism.
        ("The review eviscerated the new budget.", ["eviscerated"]),
        ("The mayor lashes out at the unions again.", ["lashes out"]),
        # Derisive names for speech and events.
        ("He gave a rambling speech to the board.", ["rambling"]),
        ("The hearing became a media circus.", ["media circus"]),
        # Partisan slurs and a denied legitimacy.
        ("The wingnuts on the council voted no.", ["wingnuts"]),
        ("The site attacked the illegitimate government.", ["illegitimate"]),
    ],
)
def test_loaded_marks_metaphor_derision_and_slurs(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Dismissing others' statements as without basis.
        ("The ministry called the report baseless.", ["baseless"]),
        ("They repeated groundless charges against the envoy.", ["groundless"]),
        # Moral condemnation and contempt.
        ("The raid was an unconscionable act.", ["unconscionable"]),
        ("His conduct was reprehensible.", ["reprehensible"]),
        ("The feckless council let the pier rot.", ["feckless"]),
        ("It was a heavy-handed response to a small protest.", ["heavy-handed"]),
        ("The ill-conceived scheme collapsed within a month.", ["ill-conceived"]),
        ("Gangs terrorized the estate for years.", ["terrorized"]),
        # Partisan and state-media stance vocabulary.
        ("The collective West keeps arming the border guards.", ["collective West"]),
        ("The neocons want another war.", ["neocons"]),
        ("The blast was a false flag, the channel said.", ["false flag"]),
        ("Envoys shed crocodile tears over the port.", ["crocodile tears"]),
        ("Their double standards are plain to see.", ["double standards"]),
        ("Critics call the court a kangaroo court.", ["kangaroo court"]),
        ("The bill was rammed through parliament overnight.", ["rammed through"]),
        (
            "The board's decision is a slap in the face to workers.",
            ["slap in the face"],
        ),
        ("The mayor railed against the new tax.", ["railed against"]),
        ("He gloated over the result.", ["gloated"]),
        # Labels that judge people or ideas, not a plain description.
        ("She received xenophobic messages every day.", ["xenophobic"]),
        ("The woke mob came for the comedian.", ["woke"]),
        ("The party unveiled a dangerous policy on ports.", ["dangerous"]),
        ("He posted racist tweets for years.", ["racist"]),
        # A degree adverb joins the span, as for the older entries.
        ("The plan is utterly misguided.", ["utterly misguided"]),
        # Insults of character and the lie as a noun.
        ("The narcissistic mayor sacked his deputy.", ["narcissistic"]),
        ("The board made the cleaner a scapegoat.", ["scapegoat"]),
        ("The figure was a lie from the start.", ["lie"]),
    ],
)
def test_loaded_marks_dismissal_condemnation_and_stance_words(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "lie" the verb of position.
        "Hard times lie ahead for the port.",
        "The rebels lie low in the hills.",
        # "woke" the verb, a label without a person or idea after it.
        "She woke up at dawn.",
        "The xenophobic attacks were reported to the police.",
        "Climbers faced dangerous conditions near the summit.",
        # Legal set terms, also with one modifier between.
        "She fought her wrongful murder conviction for a decade.",
        "He sued for wrongful arrest.",
        # The new words inside a quotation are not the outlet's.
        '"It is a kangaroo court," the lawyer said.',
        'The minister said: "Their claims are baseless."',
    ],
)
def test_loaded_vetoes_verbs_descriptions_legal_terms_and_quotes(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Characterising verbs and labels in the outlet's own voice.
        ("The leaders want to ram through a budget bill.", ["ram through"]),
        ("The council jammed through the zoning change.", ["jammed through"]),
        ("The vote was another ploy to keep power.", ["ploy"]),
        ("Critics live in a police state, the group says.", ["police state"]),
        ("The pamphlet is full of half-truths.", ["half-truths"]),
        # A denied charge of deceit is reported, not the outlet's.
        ("The firm denied any coverup of the leak.", []),
        ("Two guards were martyred in the raid, the agency said.", ["martyred"]),
        ("The network airs a series of insightful talks.", ["insightful"]),
        # A judging label before a piece of legislation.
        ("Members voted down a dangerous bill on Friday.", ["dangerous"]),
    ],
)
def test_loaded_marks_characterising_verbs_and_labels(
    text: str, expected: list[str]
) -> None:
    assert [t for _, _, t in spans(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Quoted in single marks, as British outlets quote speech (call 14).
        "\u2018It was a cynical ploy,\u2019 the senator said.",
        "'That is a police state,' he told reporters.",
        # A set term of the security services, not a label.
        "Two men on a terrorist watch list were stopped.",
        "Crowds jammed the streets through the night.",
    ],
)
def test_loaded_skips_single_quoted_speech_and_set_terms(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The agency runs a dragnet surveillance scheme.", ["dragnet"]),
        ("The new rules stack the deck against tenants.", ["stack the deck"]),
        ("The order subverts the will of voters.", ["subverts"]),
        (
            "The party came to power in an unconstitutional coup.",
            ["unconstitutional coup"],
        ),
        ("They blame the government's open border policy.", ["open border"]),
        ("The region funds an ambitious scheme to save the coast.", ["ambitious"]),
        ("He gave a twisted interpretation of the law.", ["twisted"]),
        (
            "Thanks to the governor's strong leadership, crime fell.",
            ["strong leadership"],
        ),
        # A label that is always capitalised is still a label.
        ("Police arrested members of a Takfiri cell.", ["Takfiri"]),
    ],
)
def test_loaded_marks_advocacy_labels_and_idioms(
    text: str, expected: list[str]
) -> None:
    assert [t for _, _, t in spans(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Enthusiasm for an event or a sight is not a clear case (call 19).
        "It was a wonderful evening for the town.",
        "The storm lit the sky with a spectacular display.",
        "Fans said the final was terrific.",
        # Neutral readings of the new entries.
        "Police launched a dragnet for the escaped prisoner.",
        "The ambitious pupil won a prize.",
        "The bridge is a twisted wreck of steel.",
        "The open border between the two towns stays.",
    ],
)
def test_loaded_skips_enthusiasm_and_neutral_readings(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # The usual label of agency copy, with no neutral word beside it.
        ("Police arrested four terrorists in the port.", []),
        ("The army fought an extremist group in the north.", []),
        # Where the text calls the side "fighters", the label judges (call 18).
        (
            "Rebel fighters held the town. The terrorists left at dawn.",
            ["terrorists"],
        ),
    ],
)
def test_loaded_terrorist_labels_follow_the_militants_rule(
    text: str, expected: list[str]
) -> None:
    assert [t for _, _, t in spans(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Accusing others of lies and deceit.
        ("The channel aired a doctored video of the rally.", ["doctored"]),
        ("The paper printed a string of untruths about the mayor.", ["untruths"]),
        ("The story is a tired canard.", ["canard"]),
        ("The inquiry was a smokescreen for the cuts.", ["smokescreen"]),
        ("Voters were hoodwinked by the glossy leaflets.", ["hoodwinked"]),
        ("The ministry accused the station of brainwashing viewers.", ["brainwashing"]),
        ("The report was fabricated to justify the raid.", ["fabricated"]),
        # Smearing and evil intent.
        ("The council tried to besmirch the charity's name.", ["besmirch"]),
        ("The broadcaster blamed dark forces for the unrest.", ["dark forces"]),
        ("The editor called the activists a fifth column.", ["fifth column"]),
        ("The ruling clique ignored the strike.", ["clique"]),
        ("The envoy was a perfidious partner.", ["perfidious"]),
        ("The channel's mouthpieces repeated the line.", ["mouthpieces"]),
        # Contempt, incompetence and partisan labels.
        ("The launch was shambolic from start to finish.", ["shambolic"]),
        ("The spineless council adjourned again.", ["spineless"]),
        ("The governor flip-flopped on the tax.", ["flip-flopped"]),
        ("The senator's remarks were tone-deaf.", ["tone-deaf"]),
        ("Schools are indoctrinating pupils, the group says.", ["indoctrinating"]),
        ("The firm's wasteful spending angered shareholders.", ["wasteful"]),
        ("The team staged an unbelievable comeback.", ["unbelievable"]),
    ],
)
def test_loaded_marks_deceit_smear_and_contempt_words(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An adjective made from a name is marked capitalised.
        ("Critics called the new rules Orwellian.", ["Orwellian"]),
        ("Applicants face a Kafkaesque maze of forms.", ["Kafkaesque"]),
        # The outlet's own legal verdict.
        ("The agency runs a massive, unconstitutional program.", ["unconstitutional"]),
        # Violence as a figure for policy.
        ("The bill is an assault on democracy.", ["assault"]),
        ("The group condemned attacks on press freedom.", ["attacks"]),
        ("Their war on science has to end.", ["war"]),
    ],
)
def test_loaded_marks_eponyms_verdicts_and_figurative_attacks(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A court's ruling or a party's suit reports the verdict.
        "The court ruled the curfew unconstitutional on Tuesday.",
        "The union argued that the fee was unconstitutional.",
        "Judges will decide whether the map is unconstitutional.",
        # Literal attacks, and set terms of policy.
        "Gunmen carried out an attack on a convoy near the border.",
        "The assault on the hill began at dawn.",
        "The war on drugs has lasted decades.",
        "Two attacks on police stations were reported overnight.",
        "The attack on the embassy was condemned.",
        # A name, and the word in scare quotes.
        'The party called the tax a "smokescreen".',
    ],
)
def test_loaded_vetoes_rulings_literal_attacks_and_scare_quotes(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The senator's inflammatory remarks drew a rebuke.", ["inflammatory"]),
        ("The rally was full of incendiary rhetoric.", ["incendiary"]),
        ("The paper ran exaggerated claims about the vaccine.", ["exaggerated"]),
        ("It was a phony crisis from the start.", ["phony"]),
        ("The plan is naive about costs.", ["naive"]),
        ("Ministers dismissed the silly row over flags.", ["silly"]),
        ("The kleptocrats moved their money offshore.", ["kleptocrats"]),
        ("The tabloid attacked benefit scroungers again.", ["scroungers"]),
        ("The mayor pandered to the developers.", ["pandered"]),
        ("Rivals attacked his tax-and-spend record.", ["tax-and-spend"]),
        (
            "The opening marks a significant milestone for the town.",
            ["significant milestone"],
        ),
    ],
)
def test_loaded_marks_partisan_labels_and_dismissive_words(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The same words in their neutral, technical senses.
        "She was treated for inflammatory bowel disease.",
        "Police found an incendiary device in the car.",
        "The dancer gave an exaggerated bow.",
        "The mission reached its next milestone in March.",
    ],
)
def test_loaded_vetoes_technical_senses_of_labels(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Stance terms of state media, partisan and conspiracy sites.
        (
            "The channel blamed a colour revolution for the protests.",
            ["colour revolution"],
        ),
        ("The site called the outbreak a scamdemic.", ["scamdemic"]),
        ("The RINO senators voted with the other side.", ["RINO"]),
        ("The column was another attack on wokery in schools.", ["wokery"]),
        ("The paper branded him a love rat.", ["love rat"]),
        # Verbs of gloating and ranting, and judging adjectives.
        ("The minister gloats over every poll.", ["gloats"]),
        ("He spewed insults at his guests.", ["spewed"]),
        (
            "The firm ended the destructive practice of bottom trawling.",
            ["destructive"],
        ),
        ("Critics said the casting was problematic.", ["problematic"]),
    ],
)
def test_loaded_marks_stance_terms_gloating_and_judging_adjectives(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A volcano or a chimney spews literally.
        "The volcano spewed ash over the town.",
        "Factories keep spewing smoke into the valley.",
        # "destructive" of a force of nature describes the harm.
        "A destructive storm hit the coast overnight.",
    ],
)
def test_loaded_vetoes_literal_spewing_and_destructive_forces(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Judging idioms of opinion and partisan writing.
        (
            "The budget is smoke and mirrors, the opposition says.",
            ["smoke and mirrors"],
        ),
        (
            "Ministers keep their heads in the sand over the deficit.",
            ["heads in the sand"],
        ),
        ("The council chose to kick the can on repairs.", ["kick the can"]),
        ("The promise of free trains is pie in the sky.", ["pie in the sky"]),
        ("The speech was full of dog whistle lines on crime.", ["dog whistle"]),
        ("Critics called the probe a nothingburger.", ["nothingburger"]),
        # Character and competence, in the outlet's own voice.
        ("The venal officials took a cut of every contract.", ["venal"]),
        ("The bumbling minister lost the papers again.", ["bumbling"]),
        ("His answer was glib and evasive.", ["glib"]),
        ("The party steamrolled the bill through committee.", ["steamrolled"]),
    ],
)
def test_loaded_marks_judging_idioms_and_character_words(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Words in quotations stay the speaker's, idioms too.
        '"It is pie in the sky," the mayor said.',
        "\u2018They are venal,\u2019 the lawyer told the court.",
    ],
)
def test_loaded_skips_quoted_idioms(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Imputing motives, and labels of prejudice before words or ideas.
        (
            "The charges against the editor are politically motivated.",
            ["politically motivated"],
        ),
        ("The group has a secret agenda, the tabloid claims.", ["secret agenda"]),
        ("He posted antisemitic tropes online.", ["antisemitic"]),
        ("The jailed reporter faced cooked-up charges.", ["cooked-up"]),
        ("The agency keeps distorting the facts, the ministry says.", ["distorting"]),
        ("The ad was a manipulative appeal to fear.", ["manipulative"]),
    ],
)
def test_loaded_marks_imputed_motives_and_prejudice_labels(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


def test_loaded_prejudice_label_needs_a_word_or_idea() -> None:
    # "antisemitic attacks" names the crime, as "xenophobic attacks" does.
    assert spans("Police are investigating antisemitic attacks in the city.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She made insulting remarks about the nurses.", ["insulting"]),
        ("It was a catastrophic policy mistake.", ["catastrophic"]),
    ],
)
def test_loaded_keeps_judging_senses_of_narrowed_entries(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # An offence charged, a legal term, an engineering term.
        "The blogger was jailed for insulting the king.",
        "The rifle had an obliterated serial number.",
        "The tests find the loads that cause catastrophic failure in beams.",
    ],
)
def test_loaded_vetoes_offences_and_technical_terms(text: str) -> None:
    assert spans(text) == []


def test_loaded_a_name_before_a_quotation_is_no_transcript_turn() -> None:
    # 'Name: "..."' introduces a quotation; the text after the quotation is
    # the outlet's own voice again, not a run of speakers' turns.
    text = (
        'The Daily Star: "The plan is sound."\n\n'
        'The Evening Post: "The numbers add up."\n\n'
        "Critics called the review a sham designed to stack the deck."
    )
    assert "sham" in _marked(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # Stance terms of war reporting in the writer's own voice.
        ("The occupiers shelled the town again at dawn.", ["occupiers"]),
        ("The army pushed back the aggressor in the south.", ["aggressor"]),
        ("Sanctions must treat it as a terrorist state.", ["terrorist state"]),
        ("The country resorted to nuclear blackmail.", ["blackmail"]),
        ("The paper condemned the apartheid government.", ["apartheid"]),
        ("The paper denounced the regime of Marshal Vantor.", ["regime"]),
        # Partisan labels of plans and ideas, hype and derision.
        ("The mayor unveiled a far-left agenda for the city.", ["far-left"]),
        ("Rents are skyrocketing across the region.", ["skyrocketing"]),
        ("The governor caved to pressure from donors.", ["caved to"]),
        ("Hordes of tourists filled the old square.", ["Hordes"]),
        ("The gaffe-prone minister spoke again.", ["gaffe-prone"]),
        ("The scandal-hit council met on Monday.", ["scandal-hit"]),
        ("The guests flaunted their wealth at the gala.", ["flaunted"]),
        ("The cure relies on pseudoscience and fear.", ["pseudoscience"]),
        ("They rejected the rigged system outright.", ["rigged"]),
        ("The senator waged a war on teachers all year.", ["war"]),
        # Promotional praise (annotation notes 20).
        ("The lab does cutting-edge work on batteries.", ["cutting-edge"]),
        ("The voters face a milestone election on Sunday.", ["milestone"]),
        ("The device will revolutionize home cooking.", ["revolutionize"]),
        ("The striker capped a stellar career with a title.", ["stellar"]),
        ("The data offer tantalising hints of a new particle.", ["tantalising"]),
    ],
)
def test_loaded_marks_war_stance_partisan_hype_and_praise_words(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Astronomy, literal wars and set terms, the usual name of a side.
        "Strong stellar winds blew the gas away.",
        "The country declared war on Ukraine in the spring.",
        "The war on drugs began in the 1970s.",
        "A far-right party won seats in the regional vote.",
        "Police monitor far-right groups in the state.",
        # A milestone named, not judged; a rig of wires; a regime of rules.
        "The milestone was reached in May.",
        "As we reach this milestone, we thank our readers.",
        "The boat was rigged with new sails.",
        "The regime of daily tests ends on Friday.",
        # Property law: owner-occupiers are the owners who live in a home.
        "Owner-occupiers pay a lower rate of tax.",
    ],
)
def test_loaded_vetoes_astronomy_literal_wars_and_named_things(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A name may stand between a label and its noun.
        ("They fought the dangerous NSA spying bills.", ["dangerous"]),
        # So may a second, coordinated adjective.
        ("It was a dangerous and divisive message.", ["dangerous", "divisive"]),
        ("They spread the same racist and hateful rhetoric.", ["racist", "hateful"]),
        # Predicative: the label of a person or idea after "is"/"were".
        ("The new idea is dangerous.", ["dangerous"]),
        ("His remarks were racist.", ["racist"]),
        # Conditions, not people or ideas; the noun phrase ends at "as".
        ("Miners work in dangerous and remote places as members of crews.", []),
        ("The roads are dangerous after dark.", []),
        ("Dangerous storms hit the coast.", []),
    ],
)
def test_loaded_labels_reach_past_names_coordination_and_copulas(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Tabloid register.
        ("The singer posted racy photos from the beach.", ["racy"]),
        ("The coach hit out at the referee after the match.", ["hit out at"]),
        ("The advert sparked fury among parents.", ["sparked fury"]),
        # Partisan framing labels and party slurs.
        ("The mayor backed a banana republic style of rule.", ["banana republic"]),
        ("He voted against the pro-abortion amendment.", ["pro-abortion"]),
        ("The bill is a giveaway to wealthy donors.", ["giveaway to"]),
        # State-media stance terms and accusations of bad faith.
        (
            "Black hands abroad stir up trouble in the city.",
            ["Black hands", "stir up trouble"],
        ),
        ("The occupation forces raided the village at night.", ["occupation forces"]),
        ("Critics are politicizing the flood relief.", ["politicizing"]),
    ],
)
def test_loaded_marks_tabloid_partisan_and_state_media_words(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


def test_loaded_leaves_pro_abortion_rights_groups_alone() -> None:
    # "pro-abortion-rights" is the neutral name of a side, not the label.
    assert spans("A pro-abortion-rights group filed the suit.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # The outlet's verdict on a state's act.
        ("The agency ran an illegal spying program for years.", ["illegal"]),
        ("Troops guard the land the empire illegally annexed.", ["illegally"]),
        # Plain offences and a ruling reported.
        ("Illegal parking costs the city millions.", []),
        ("The judge ruled the spying program illegal.", []),
        ("It is illegal to fish here in spring.", []),
    ],
)
def test_loaded_illegal_judges_acts_of_a_state(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A phrase matched from its second word keeps its whole span.
        ("It was a political stunt.", [(9, 24, "political stunt")]),
        ("Kabul hosts the so-called envoy.", [(16, 25, "so-called")]),
        ("A world class team won.", [(2, 13, "world class")]),
        # The second word alone, or after another first word, is no match.
        ("The stunt drew crowds.", []),
        ("The film crew planned a dangerous stunt.", []),
        ("The team was called in early.", []),
    ],
)
def test_loaded_tail_phrases_match_from_their_second_word(
    text: str, expected: list[tuple[int, int, str]]
) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Gossip and tabloid register: sexualised and sneering descriptions.
        ("The singer posed in a skimpy outfit for the cameras.", ["skimpy"]),
        ("A hunky actor arrived at the premiere.", ["hunky"]),
        ("Yobs smashed the shop window and a lout shouted.", ["Yobs", "lout"]),
        ("The minister's bonkers plan was dropped.", ["bonkers"]),
        # Partisan labels of the right and the left.
        ("A crowd of snowflakes complained about the joke.", ["snowflakes"]),
        ("Online trolls flooded her page with abuse.", ["trolls"]),
        ("His followers behave like a cult.", ["cult"]),
        (
            "The senator plans a government takeover of the clinics.",
            ["government takeover"],
        ),
        ("Schools push gender ideology on pupils.", ["gender ideology"]),
        ("The mayor was accused of being soft on crime.", ["soft on crime"]),
        # State media: provocations of a rival power, the war-monger label.
        ("Washington staged fresh provocations near the border.", ["provocations"]),
        ("The war-mongering bloc met in the capital.", ["war-mongering"]),
        # Conspiracy register.
        ("The depopulation agenda is behind the rollout.", ["depopulation agenda"]),
        ("The agency weaponized the courts against its critics.", ["weaponized"]),
        # Contempt for an argument or a person.
        ("The statement was gibberish from start to end.", ["gibberish"]),
        ("The bill is a dubious scheme to raise fees.", ["dubious"]),
        ("The raid was carried out under the guise of an inspection.", ["guise"]),
    ],
)
def test_loaded_marks_register_vocabulary_of_tabloid_partisan_and_state_media(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Set terms that hold a judging word in a neutral sense.
        "The film became a cult classic in the nineties.",
        "The band has a cult following in Japan.",
        "The town holds the dubious distinction of the wettest summer.",
        # A name is not the outlet's judgement.
        "Fans watched the Cult play in the park.",
    ],
)
def test_loaded_vetoes_set_terms_of_register_words(text: str) -> None:
    assert _marked(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Partisan sneers at classes and camps.
        ("The coastal elites ignored the farmers again.", ["coastal elites"]),
        ("The bleeding-heart mayor opened another shelter.", ["bleeding-heart"]),
        ("Remoaners marched through the capital.", ["Remoaners"]),
        # Partisan labels of an idea, only before a plan or idea.
        ("The council pushed a socialist agenda on schools.", ["socialist"]),
        ("Marxist policies ruined the local economy.", ["Marxist"]),
        # Conspiracy register, matched from a rarer second word.
        ("On the blog, crisis actors played the victims.", ["crisis actors"]),
        ("The panel was bought and paid for by donors.", ["bought and paid for"]),
        # Contempt and sneering description.
        ("The agency has a bloated budget and stingy grants.", ["bloated", "stingy"]),
        ("The board is obsessed with short-term profit.", ["obsessed"]),
        ("The firm is pretending that nothing went wrong.", ["pretending"]),
        ("Corporate greed drove the price rises.", ["greed"]),
        ("The star was seen with her sugar daddy in Paris.", ["sugar daddy"]),
    ],
)
def test_loaded_marks_partisan_sneers_conspiracy_terms_and_contempt(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A party or a scholar is named, no plan or idea judged.
        "The Socialist Party won four seats in the vote.",
        "The socialist party won four seats in the vote.",
        "He is a Marxist historian at the university.",
    ],
)
def test_loaded_partisan_idea_labels_need_a_plan_or_idea(text: str) -> None:
    assert _marked(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Self-praise spoken or written: a loaded name of a speech act.
        ("The mayor boasted that crime had fallen.", ["boasted"]),
        ("He kept boasting about his new car.", ["boasting"]),
        ('"We won," the coach boasted.', ["boasted"]),
        # "boasts" meaning "has" describes a property.
        ("The hotel boasts a rooftop pool.", []),
        ("The club boasted a perfect record last season.", []),
    ],
)
def test_loaded_boast_judges_self_praise_not_possession(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Verbs and adverbs that judge how someone acted.
        ("The scheme bilked retirees out of their savings.", ["bilked"]),
        ("The minister blithely ignored the warnings.", ["blithely"]),
        # Dismissal of a text or a site as worthless.
        ("A poorly researched column blamed the nurses.", ["poorly researched"]),
        ("The group runs several hate sites from abroad.", ["hate sites"]),
        # A plain description of writing is no judgement.
        ("The report was written by two engineers.", []),
    ],
)
def test_loaded_marks_dismissals_of_conduct_and_writing(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # State media label opponents by their hostility to the state.
        ("Anti-China politicians in the capital spread rumours.", ["Anti-China"]),
        ("Anti-Iran elements staged the unrest.", ["Anti-Iran"]),
        # Before an event or a measure it describes what the thing is against.
        ("The anti-Chinese riots of 1998 killed hundreds.", []),
        ("An anti-Russia sanctions package was agreed.", []),
    ],
)
def test_loaded_hostility_labels_judge_people_and_ideas_only(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The possessive stays inside the token; the span ends before it.
        ("The regime's jets struck the market.", [(4, 10, "regime")]),
        (
            "Voters saw through the regime\u2019s lies.",
            [(23, 29, "regime"), (32, 36, "lies")],
        ),
        ("The monster's victims spoke in court.", [(4, 11, "monster")]),
        # The neutral readings are still vetoed in the possessive.
        ("The sanctions regime's rules were tightened.", []),
        ("The tax regime's reach was widened.", []),
    ],
)
def test_loaded_matches_possessives(
    text: str, expected: list[tuple[int, int, str]]
) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Lies as deceit: the noun after an adjective, the verb of deceit.
        ("Voters tired of his constant, petty lies.", ["petty", "lies"]),
        ("The mayor lies about the budget again.", ["lies"]),
        ("The mayor lies to voters about the budget.", ["lies"]),
        ("The leaflet was a tissue of absurd lies.", ["absurd", "lies"]),
        ("They paid the witness to lie.", ["lie"]),
        # The verb of position and a set term are neutral.
        ("The answer lies in the accounts.", []),
        ("The blame lies squarely with the board.", []),
        ("The hamlet lies about 40 km north of the port.", []),
        ("The reef lies to the east of the island.", []),
        ("Here lies a soldier known only to God.", []),
        ("Therein lies the problem for the council.", []),
        ("He agreed to take a lie detector test.", []),
    ],
)
def test_loaded_lies_of_deceit_not_of_position(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Coercion named as an accusation.
        ("The minister accused Moscow of nuclear blackmail.", ["blackmail"]),
        ("They are blackmailing their smaller neighbours.", ["blackmailing"]),
        # The offence in a criminal case is reported, not judged.
        ("The driver was charged with blackmail on Friday.", []),
        ("A blackmail trial opened in the city court.", []),
        ("Police said the man blackmailed a shop owner.", []),
        # Evil intent named as an accusation.
        (
            "Foreign trolls are sowing discord before the vote.",
            ["trolls", "sowing discord"],
        ),
        ("The campaign used dirty tricks against rivals.", ["dirty tricks"]),
        # Forms of judging words already in the lexicon.
        ("He infamously mocked the victims in 2015.", ["infamously"]),
        ("Her rants and tirades filled the feed.", ["rants", "tirades"]),
        ("Critics called the donors sellouts.", ["sellouts"]),
    ],
)
def test_loaded_marks_accused_coercion_intent_and_word_forms(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "so-called" before a quoted name introduces the name.
        ("The council backed a so-called \u201cgreen belt\u201d scheme.", []),
        ('Fans call it the so-called "hand of God" goal.', []),
        # Unquoted, it doubts what it describes.
        ("The so-called experts were wrong again.", ["so-called"]),
        ("The so-called reform helped nobody.", ["so-called"]),
    ],
)
def test_loaded_so_called_before_a_quoted_name(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "monster" for a person judges; as a modifier it names a size.
        ("The monster who attacked her was jailed.", ["monster"]),
        ("Police finally caught the monster.", ["monster"]),
        ("Crowds came to see the monster trucks.", []),
        ("The single became a monster hit.", []),
        # A cause framed as a crusade; plutocrats.
        ("His crusade against the new tax goes on.", ["crusade"]),
        ("A few plutocrats fund the campaign.", ["plutocrats"]),
        # Sanctions called terrorism (state media), a political circus.
        ("Tehran called the sanctions economic terrorism.", ["economic terrorism"]),
        ("The hearing turned into a three-ring circus.", ["three-ring circus"]),
    ],
)
def test_loaded_marks_monsters_crusades_and_framing_phrases(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected
