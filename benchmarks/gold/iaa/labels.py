"""Second annotation of the agreement sample, written as data (ANNOTATION.md).

One entry per document: the outlet, the segmentation overrides, the boilerplate
sentences (indices into the segmentation, as ranges "0-9,12") and one label per
body sentence. A body label is a flag, "u" (unsourced claim), "c" (claim that
is sourced, by an attribution or a quotation it continues) or "n" (not a
claim), followed by marks: ``A(cue, source, source_type)``, ``H(hedge)``,
``L(loaded)``. A span is its text, or ``(text, k)`` for the k-th occurrence
(from 0) inside the sentence. ``build.py`` turns this into offsets.
"""

from __future__ import annotations

from typing import Any

Ref = str | tuple[str, int]


def A(cue: Ref, source: Ref, source_type: str) -> tuple[str, Ref, Ref, str]:
    """An attribution."""
    return ("A", cue, source, source_type)


def H(span: Ref) -> tuple[str, Ref]:
    """A hedge cue."""
    return ("H", span)


def L(span: Ref) -> tuple[str, Ref]:
    """A loaded word or phrase."""
    return ("L", span)


DOCS: dict[str, dict[str, Any]] = {
    "a-012": dict(
        outlet="voanews.com",
        B="0-9",
        S={
            10: "u",
            11: ("c", A("say", "Health officials", "anonymous")),
            12: "u",
            13: (
                "c",
                A(
                    "said",
                    "Ministry of Health spokesperson Christopher Nyanga",
                    "named_person",
                ),
                A("said", "a statement", "document"),
            ),
            14: ("n", A("said", "Dr. Mbatshi Mazwiduma", "named_person")),
            15: ("n", A("said", "he", "pronoun")),
            16: "u",
            17: "u",
            18: ("c", A("said", "Nyanga", "named_person")),
        },
    ),
    "a-018": dict(
        outlet="usgs.gov",
        B="0,2-4",
        S={
            1: "n",
            **{i: "u" for i in range(5, 15)},
            15: ("u", H("may")),
            16: "u",
        },
    ),
    "a-044": dict(
        outlet="whitehouse.gov",
        B="0-2,8-11",
        S={3: "n", 4: "u", 5: "u", 6: "n", 7: "n"},
    ),
    "a-010": dict(
        outlet=None,
        B="0-5",
        S={
            6: "u",
            7: ("c", A("reported", "Reuters", "media_outlet")),
            8: "u",
            9: "u",
            10: (
                "c",
                A("told", "a Treasury spokeswoman", "anonymous"),
                A("told", "Reuters", "media_outlet"),
            ),
            11: "c",
            12: "c",
            13: "u",
            14: ("c", A("reported", "Reuters", "media_outlet")),
            15: (
                "c",
                A("said", "Russia's former president Dmitry Medvedev", "named_person"),
                A("said", "Telegram", "document"),
                A("announced", "Germany and France", "named_organization"),
            ),
            16: ("c", A("said", "Medvedev", "named_person")),
        },
    ),
    "a-014": dict(
        outlet=None,
        B="0-2,6,10,15",
        S={
            3: "u",
            4: (
                "c",
                A(
                    "claims",
                    "The leader of the pro-Russian Ukrainian Choice organization",
                    "anonymous",
                ),
                H("claims"),
            ),
            5: "u",
            7: ("c", A("confirming", "photographs", "document")),
            8: (
                "c",
                A("reported", "Russia’s state news agency TASS", "media_outlet"),
                A("published", "Iranian TV", "media_outlet"),
            ),
            9: "u",
            11: "u",
            12: ("c", A("claims", "The U.S.", "named_organization")),
            13: ("c", A("says", "Russia", "named_organization")),
            14: "u",
            16: "n",
            17: "n",
            18: ("u", H("unclear")),
            19: ("n", H("may")),
        },
    ),
    "a-057": dict(
        outlet="energy.gov",
        B="2,8",
        S={
            0: "n",
            1: "n",
            3: "u",
            4: "u",
            5: "n",
            6: ("c", A("said", "Secretary Granholm", "named_person")),
            7: "n",
            9: "u",
            10: "u",
            11: "u",
        },
    ),
    "a-023": dict(
        outlet="robertemcclellan.com",
        B="0-1",
        S={
            2: "u",
            3: (
                "c",
                A("told", "the 75-year-old legendary journalist and author", "pronoun"),
                A("told", "David Shankbone", "media_outlet"),
            ),
            4: "n",
            5: "n",
            6: "n",
            7: "n",
            8: ("c", A("cited", "The Economist", "media_outlet"), H("is considered")),
            9: (
                "c",
                A("declared", "the editors", "anonymous"),
                A("declared", "Esquire", "media_outlet"),
            ),
            10: "u",
            11: (
                "c",
                A("told", "Talese", "named_person"),
                A("told", "National Public Radio", "media_outlet"),
            ),
            12: "c",
            13: "u",
            14: ("n", A("said", "Talese", "named_person")),
            15: "c",
            16: ("u", L("in bed with")),
        },
    ),
    "a-033": dict(
        outlet="wikinews.org",
        B="0-9,12-26",
        S={10: "u", 11: "u"},
    ),
    "a-056": dict(
        outlet=None,
        B="",
        S={
            0: "u",
            1: "u",
            2: "u",
            3: ("c", A("said", "Maj. Scott Walton", "named_person")),
            4: ("c", A("said", "he", "pronoun")),
            5: ("c", A("said", "Walton", "named_person")),
            6: ("c", A("said", "he", "pronoun")),
            7: ("c", A("said", "Walton", "named_person")),
            8: "n",
            9: "u",
            10: ("n", A("said", "Pfc. Timothy Wilson", "named_person")),
            11: "n",
            12: ("n", A("said", "he", "pronoun")),
        },
    ),
    "a-049": dict(
        outlet="nps.gov",
        B="0",
        S={
            1: ("n", A("know", "Most park lovers", "vague")),
            2: "u",
            3: "n",
            4: "n",
            5: "u",
            6: "n",
            7: "u",
            8: "u",
            9: "u",
            10: "u",
            11: "n",
            12: "u",
            13: "u",
            14: "n",
            15: "n",
            16: "n",
            17: "n",
            18: "n",
        },
    ),
    "b-050": dict(
        outlet="europa.eu",
        cut=["protection |Today"],
        B="0-5,15-16",
        S={
            6: "u",
            7: (
                "c",
                A(
                    "said",
                    "European Commission Vice-President for Values and Transparency, "
                    "Věra Jourová",
                    "named_person",
                ),
            ),
            8: "c",
            9: "c",
            10: "n",
            11: (
                "n",
                A("added", "Commissioner for Equality, Helena Dalli", "named_person"),
            ),
            12: "c",
            13: "n",
            14: "n",
        },
    ),
    "b-015": dict(
        outlet="eff.org",
        keep=[
            "amendments to the\nForeign",
            "critical week\nfor",
            "amendments\nare",
            "the\nAdministration",
        ],
        B="0-3,8,11",
        S={
            4: "u",
            5: ("n", L("blank check to spy on you")),
            6: "n",
            7: ("u", H("could")),
            9: "u",
            10: "n",
            12: "u",
        },
    ),
    "b-001": dict(
        outlet="mehrnews.com",
        B="4-7",
        S={
            0: (
                "c",
                A(
                    "condemned",
                    "Foreign Ministry spokesman Hamid-Reza Asefi",
                    "named_person",
                ),
            ),
            1: ("c", A("called", "He", "pronoun"), L("inhumane"), L("brutal")),
            2: ("c", A("said", "Asefi", "named_person"), L("horrific"), L("inhumane")),
            3: ("c", A("stated", "he", "pronoun")),
        },
    ),
    "b-010": dict(
        outlet="globalvoices.org",
        B="0-3,6,9,14,18",
        S={
            4: "u",
            5: "n",
            7: "n",
            8: "n",
            10: "u",
            11: "n",
            12: ("c", A("saying", "People", "vague")),
            13: "n",
            15: ("c", A("reports", "@metropolishaiti", "media_outlet")),
            16: "c",
            17: "n",
            19: ("c", A("reports", "@metropolishaiti", "media_outlet")),
        },
    ),
    "b-055": dict(
        outlet=None,
        cut=["2021-10-09 |In"],
        B="0",
        S={
            1: (
                "n",
                A("wrote", "Mohammad Bagher Ghalibaf", "named_person"),
                A("wrote", "a tweet", "document"),
            ),
            2: "u",
            3: "u",
            4: "u",
            5: "u",
        },
    ),
    "b-042": dict(
        outlet="mehrnews.com",
        B="2-3",
        S={
            0: (
                "c",
                A(
                    "predicted",
                    "the metrology organization of Iran",
                    "named_organization",
                ),
            ),
            1: "u",
        },
    ),
    "b-025": dict(
        outlet="mehrnews.com",
        keep=["1. Culture"],
        B="0-1",
        S={i: "u" for i in range(2, 9)},
    ),
    "b-029": dict(
        outlet="gov.uk",
        B="0-3",
        S={
            4: "u",
            5: ("c", A("warning", "experts", "vague"), H("could")),
            6: ("c", A("discussed", "the group", "pronoun")),
            **{i: "u" for i in range(7, 12)},
        },
    ),
    "b-049": dict(
        outlet="gov.uk",
        B="0-3",
        S={
            4: "n",
            5: "n",
            6: "u",
            7: "u",
            8: "u",
            9: "u",
            10: "u",
            11: "n",
            12: "u",
            13: "u",
        },
    ),
    "b-012": dict(
        outlet="wagingnonviolence.org",
        B="0-2",
        S={
            3: "u",
            4: "u",
            5: (
                "c",
                A(
                    "calling for",
                    "an advance draft of a U.N. Human Rights Council report",
                    "document",
                ),
            ),
            6: (
                "c",
                A("saying", "Special Rapporteur Francesca Albanese", "named_person"),
            ),
            7: ("n", A("explained", "she", "pronoun")),
            8: "n",
            9: "n",
        },
    ),
}
