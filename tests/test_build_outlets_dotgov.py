"""scripts/build_outlets.py --dotgov: US federal agencies from CISA's .gov list."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from reliability.outlets import builtin_table, parse_table
from reliability.outlets.table import OutletEntry

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_outlets.py"
HEADER = (
    "Domain name,Domain type,Organization name,Suborganization name,City,State,"
    "Security contact email\n"
)


def _script():
    spec = importlib.util.spec_from_file_location("build_outlets", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(tmp_path: Path, lines: list[str], known=()) -> dict[str, OutletEntry]:
    path = tmp_path / "current-federal.csv"
    path.write_text(HEADER + "".join(f"{ln},Town,ST,\n" for ln in lines))
    found = _script().dotgov_entries(
        path, known=known, short_acronyms=frozenset({"ABC"})
    )
    return {e.domain: e for e in found}


def test_dotgov_one_row_per_agency_with_its_other_domains(tmp_path):
    rows = _rows(
        tmp_path,
        [
            "wxyzb.gov,Federal - Executive,Wind and Xeric Yield Zone Board,",
            "plantmore.gov,Federal - Executive,Wind and Xeric Yield Zone Board,",
            "seaweed.gov,Federal - Executive,Department of Seaweed,Seaweed IT Office",
            "ds-help.gov,Federal - Executive,Department of Seaweed,",
        ],
    )
    board = rows["wxyzb.gov"]
    assert board.name == "Wind and Xeric Yield Zone Board"
    assert board.domains == ("plantmore.gov",)
    assert board.aliases == ("U.S. Wind and Xeric Yield Zone Board", "WXYZB")
    assert (board.kind, board.country, board.state_affiliated) == (
        "government",
        "US",
        True,
    )
    # A word of the department's name spells its domain, whichever office
    # the list files it under.
    assert rows["seaweed.gov"].name == "Department of Seaweed"
    assert rows["seaweed.gov"].domains == ("ds-help.gov",)


@pytest.mark.parametrize(
    "line",
    [
        "ghoti.gov,Federal - Legislative,Gallery of Historic Oak Timber Items,",
        "ghoti.gov,Federal - Executive,.gov Test Organisation,",
        # No domain spells the name: a programme site, not an agency's.
        "fishfacts.gov,Federal - Executive,Gallery of Historic Oak Timber Items,",
    ],
)
def test_dotgov_skips_other_branches_tests_and_microsites(tmp_path, line):
    assert _rows(tmp_path, [line]) == {}


def test_dotgov_sub_office_takes_only_its_own_domains(tmp_path):
    rows = _rows(
        tmp_path,
        [
            "anl.gov,Federal - Executive,Department of Kelp,Argonaut Net Lab",
            "xyz.gov,Federal - Executive,Department of Kelp,Amber Nautilus Lab",
        ],
    )
    assert rows["anl.gov"].name == "Argonaut Net Lab"
    assert all(e.name != "Amber Nautilus Lab" for e in rows.values())


def test_dotgov_short_or_known_initials_are_no_alias(tmp_path):
    rows = _rows(
        tmp_path,
        [
            "abc.gov,Federal - Executive,Agency for Bog Conservation,",
            "rmc.gov,Federal - Executive,Reed Marsh Commission,",
            "uspqr.gov,Federal - Executive,United States Pond Quality Review,",
        ],
    )
    assert rows["abc.gov"].aliases == ("U.S. Agency for Bog Conservation",)
    assert rows["rmc.gov"].aliases == ("U.S. Reed Marsh Commission",)
    assert rows["uspqr.gov"].aliases == (
        "U.S. Pond Quality Review",
        "Pond Quality Review",
        "USPQR",
    )


def test_dotgov_leaves_agencies_the_table_has(tmp_path):
    known = [OutletEntry(domain="rmc.gov", name="Reed Marsh Commission")]
    line = "rmc.gov,Federal - Executive,Reed Marsh Commission,"
    assert _rows(tmp_path, [line], known=known) == {}


def test_dotgov_rerun_gives_the_same_table(tmp_path):
    table = tmp_path / "outlets.csv"
    table.write_text(
        "# a table\ndomain,name,aliases,domains,kind,country,state_affiliated,"
        "source,ratings\nexample.com,Example News,,,digital,US,false,,\n"
    )
    source = tmp_path / "current-federal.csv"
    source.write_text(
        HEADER + "rmc.gov,Federal - Executive,Reed Marsh Commission,,Town,ST,\n"
    )
    args = [
        "--table",
        str(table),
        "--dotgov",
        str(source),
        "--dotgov-date",
        "2026-01-02",
    ]
    main = _script().main
    assert main(args) == 0
    once = table.read_text()
    assert main(args) == 0
    assert table.read_text() == once
    entries = {e.domain: e for e in parse_table(once)}
    assert entries["rmc.gov"].source == _script().DOTGOV_URL
    assert "as of 2026-01-02" in once


@pytest.mark.parametrize(
    "query, domain",
    [
        ("https://www.fdic.gov/news/press-releases", "fdic.gov"),
        ("Federal Deposit Insurance Corporation", "fdic.gov"),
        ("U.S. Office of Personnel Management", "opm.gov"),
        ("https://www.cisa.gov/news-events/news", "cisa.gov"),
        ("https://www.stopransomware.gov/", "cisa.gov"),
    ],
)
def test_registry_knows_federal_agencies(query, domain):
    entry = builtin_table().lookup(query)
    assert entry is not None and entry.domain == domain
    assert entry.kind == "government" and entry.ratings == ()


def test_dotgov_drops_test_copies_of_listed_sites(tmp_path):
    rows = _rows(
        tmp_path,
        [
            f"{d},Federal - Executive,Reed Marsh Commission,"
            for d in ("rmc.gov", "rmctest.gov", "devrmc.gov", "reedtest.gov")
        ],
    )
    # reedtest.gov is no copy of a listed site (no reed.gov): kept.
    assert rows["rmc.gov"].domains == ("reedtest.gov",)
