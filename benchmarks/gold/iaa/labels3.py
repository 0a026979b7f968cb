"""Third agreement study: second annotation of test part zf, written as data.

Same format as ``labels.py`` (flags "u", "c", "n"; marks ``A``, ``H``, ``L``;
boilerplate as index ranges into the segmentation; ``keep`` and ``cut``
overrides for ``segment.split``). ``build3.py`` turns this into
``second3.jsonl``. Written from ``id`` and ``text`` only, before the first
annotation (``zf.jsonl``, ``zf.notes.md``) was opened.
"""

from __future__ import annotations

from typing import Any

from labels import A, H, L

#: SciDev.Net's republishing box: the five list numbers stay with their items
#: (decision 2), which leaves sentences 0-8 as one block of page chrome.
REPUBLISH_KEEP = (
    "1. You have",
    "2. You have",
    "3. You can",
    "4. If you",
    "5. The easiest",
)
REPUBLISH_B = "0-8"

DOCS: dict[str, dict[str, Any]] = {
    "zf-001": dict(
        outlet="scidev.net",
        keep=REPUBLISH_KEEP,
        B=REPUBLISH_B + ",10,13,14,18",
        S={
            9: "n",
            11: "u",
            12: "u",
            15: (
                "n",
                A(
                    "according to",
                    "a study modelling the effects of climate change"
                    " in 16 developing countries",
                    "document",
                ),
            ),
            16: "u",
            17: "n",
        },
    ),
    "zf-002": dict(
        outlet="scidev.net",
        keep=REPUBLISH_KEEP,
        B=REPUBLISH_B + ",10,13,14,17",
        S={
            9: "n",
            11: ("n", A("according to", "Babacar N'Diaye", "named_person")),
            12: ("c", A("called for", "N'Diaye", "named_person")),
            15: "u",
            16: "u",
        },
    ),
    "zf-003": dict(
        outlet="scidev.net",
        keep=REPUBLISH_KEEP,
        B=REPUBLISH_B + ",10,13,14",
        S={
            9: "n",
            11: ("c", A("criticism", "its own treasury", "named_organization")),
            12: "u",
            15: ("n", A("told", "Sospeter Muhongo", "named_person")),
            16: ("n", A("urged", "scientists", "anonymous")),
        },
    ),
    "zf-004": dict(
        outlet=None,
        B="0,1,3,6,7,9,10,13",
        S={
            2: "n",
            4: "u",
            5: (
                "n",
                A("concluded", "Researchers", "anonymous"),
                A("concluded", "the journal Malaria", "media_outlet"),
            ),
            8: "u",
            11: (
                "c",
                A(
                    "say",
                    "Agroforestry researchers in Malawi and Mozambique",
                    "anonymous",
                ),
                H("might"),
            ),
            12: "u",
        },
    ),
    "zf-005": dict(
        outlet="scidev.net",
        cut=("outbreak/|Uganda moves", "surveillance/|Confirmed hantavirus"),
        B="0,2",
        S={1: "u", 3: "u"},
    ),
    "zf-006": dict(
        outlet="scidev.net",
        keep=REPUBLISH_KEEP,
        B=REPUBLISH_B + ",10,15,16",
        S={
            9: "n",
            11: "u",
            12: ("c", A("claiming", "Kano State", "named_organization"), H("claiming")),
            13: "u",
            14: ("c", A("saying", "Pfizer", "named_organization")),
            17: "u",
            18: "u",
        },
    ),
    "zf-007": dict(
        outlet=None,
        B="0,2,3",
        S={
            1: "n",
            4: "u",
            5: (
                "c",
                A(
                    "declared",
                    "the candidate of the united opposition, Jean Ping",
                    "named_person",
                ),
            ),
            6: "u",
            7: (
                "c",
                A(
                    "announced",
                    "the National Electoral Commission",
                    "named_organization",
                ),
            ),
            8: "u",
            9: "u",
            10: "u",
            11: "u",
            12: (
                "c",
                A("calls for", "the international community", "vague"),
                A("encouraged", "the UN", "named_organization"),
                A("encouraged", "the EU", "named_organization"),
            ),
            13: ("u", H("implicated")),
        },
    ),
    "zf-008": dict(
        outlet="africasacountry.com",
        B="0,1,5-7,9,10,13,14,17-20",
        S={
            2: "u",
            3: "n",
            4: ("n", H("might")),
            8: "u",
            11: "n",
            12: "n",
            15: "u",
            16: "n",
        },
    ),
    "zf-009": dict(
        outlet="africasacountry.com",
        B="0-2,5,6,8-11",
        S={3: "n", 4: "n", 7: "u"},
    ),
    "zf-010": dict(
        outlet=None,
        B="0,2-4",
        S={
            1: "n",
            5: ("n", H("probably")),
            6: "u",
            7: "n",
            8: "u",
            9: "u",
            10: "n",
        },
    ),
    "zf-011": dict(
        outlet="publicdomainreview.org",
        keep=("(ca. 1497",),
        B="0-3,5,6,8,9,12,13,15,16",
        S={
            4: "n",
            7: "n",
            10: "u",
            11: ("n", A("explores", "Tobiah Black", "named_person")),
            14: ("c", A("call", "art historians", "vague")),
            17: "n",
        },
    ),
    "zf-012": dict(
        outlet="publicdomainreview.org",
        keep=("(ca. 1837",),
        B="0-3,5,6,8,9,12,13,15,16",
        S={
            4: "n",
            7: "n",
            10: "u",
            11: ("n", A("examines", "Katherine Harvey", "named_person")),
            14: "n",
            17: "n",
        },
    ),
    "zf-013": dict(
        outlet="publicdomainreview.org",
        B="0-3,5,6,8,9",
        S={
            4: "n",
            7: "n",
            10: "u",
            11: ("n", A("looks at", "Mike Jay", "named_person")),
        },
    ),
    "zf-014": dict(
        outlet="epfl.ch",
        keep=("1. Bringing", "2. A highly"),
        B="0-2,6,7,11,12",
        S={
            3: "u",
            4: ("n", L("exciting")),
            5: "n",
            8: "u",
            9: "u",
            10: "u",
            13: "u",
            14: "u",
            15: "u",
        },
    ),
    "zf-015": dict(
        outlet="epfl.ch",
        keep=("1. EPFL mathematician", "2. New implant"),
        B="0,1,4,9",
        S={
            2: "u",
            3: "n",
            5: ("u", H("widely considered"), H("described as")),
            6: "u",
            7: "u",
            8: "u",
            10: "u",
            11: "u",
            12: "u",
        },
    ),
    "zf-016": dict(
        outlet="scidev.net",
        keep=REPUBLISH_KEEP,
        B=REPUBLISH_B + ",10,13,14,17,18,20",
        S={9: "n", 11: "u", 12: "u", 15: "u", 16: "u", 19: "u"},
    ),
    "zf-017": dict(
        outlet="publicdomainreview.org",
        B="0",
        S={
            1: "n",
            2: "n",
            3: ("n", L("groundbreaking")),
            4: "n",
            5: ("u", L("innovative")),
            6: "u",
            7: ("n", A("looks at", "Natalie Lawrence", "named_person")),
        },
    ),
    "zf-018": dict(
        outlet="scidev.net",
        keep=REPUBLISH_KEEP,
        B=REPUBLISH_B + ",12,13",
        S={
            9: ("u", H("likely")),
            10: "u",
            11: ("n", A("urge", "some commentators", "vague"), H("unclear")),
        },
    ),
    "zf-019": dict(
        outlet="scidev.net",
        keep=REPUBLISH_KEEP,
        B=REPUBLISH_B + ",12,13",
        S={
            9: "u",
            10: ("u", H("accusations")),
            11: (
                "c",
                A("claims", "some environmentalist groups", "anonymous"),
                H("claims"),
                L("smokescreen"),
            ),
        },
    ),
}
