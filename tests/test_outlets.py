"""The outlet registry, domain handling and users' rating files."""

from __future__ import annotations

import pytest

from reliability.errors import ResourceError
from reliability.outlets import (
    ColumnMapping,
    OutletTable,
    RatingBook,
    builtin_table,
    load_ratings,
    parse_table,
    registrable_domain,
)
from reliability.outlets.domains import is_public_host
from reliability.outlets.sites import site_index


@pytest.mark.parametrize(
    "value, expected",
    [
        ("https://edition.cnn.com/2024/01/x.html", "cnn.com"),
        ("bbc.co.uk", "bbc.co.uk"),
        ("https://m.bbc.co.uk/news", "bbc.co.uk"),
        ("amp.theguardian.com/world", "theguardian.com"),
        ("http://user@WWW.Reuters.com:443/a?b#c", "reuters.com"),
        ("someone.blogspot.com", "someone.blogspot.com"),
        ("https://www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/n", "bbc.co.uk"),
        ("https://www.google.com/amp/s/www.rt.com/news/1", "rt.com"),
        ("co.uk", None),
        ("1.2.3.4", None),
        ("not a url", None),
        ("", None),
    ],
)
def test_domains_registrable_domain(value, expected):
    assert registrable_domain(value) == expected


@pytest.mark.parametrize(
    "query, expected",
    [
        ("https://edition.cnn.com/x", "cnn.com"),
        ("bbc.com", "bbc.co.uk"),
        ("https://abcnews.go.com/Politics/x", "abcnews.go.com"),
        ("https://www.youtube.com/@SolovievLive/videos", "youtube.com/@solovievlive"),
        ("https://www.youtube.com/watch?v=x", "youtube.com"),
        ("RT", "rt.com"),
        ("Russia Today", "rt.com"),
        ("Sputnik Afghanistan", "sputniknews.com"),
        ("RIA Novosti", "ria.ru"),
        ("Agence France-Presse", "afp.com"),
        ("Geo News", "geo.tv"),
        ("the BBC", "bbc.co.uk"),
        ("nowhere.example", None),
        ("Some Paper", None),
    ],
)
def test_outlets_lookup(query, expected):
    entry = builtin_table().lookup(query)
    assert (entry.domain if entry else None) == expected


@pytest.mark.parametrize(
    "source, expected",
    [
        ("the BBC journalist Yalda Hakim", (4, 7, "BBC")),
        ("RT\u2019s Ruptly video agency", (5, 24, "Ruptly video agency")),
        (
            "the Russian publication Nezavisimaya Gazeta",
            (24, 43, "Nezavisimaya Gazeta"),
        ),
        ("CNN's Christiane Amanpour", (0, 3, "CNN")),
        ("a reuters reporter", None),  # lower case: an ordinary word, not a name
        ("Hakim", None),
    ],
)
def test_outlets_name_in_source_phrase(source, expected):
    m = builtin_table().name_in(source)
    assert ((m.start, m.end, source[m.start : m.end]) if m else None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A one-word name that is also an English word must read as a name.
        ("Swimmers crossed the Atlantic in June.", []),
        ("The Atlantic reported the sale.", ["theatlantic.com"]),
        ("fellow Atlantic writer Jo Cole", ["theatlantic.com"]),
        ("an Australian swimmer won", []),
        ("Breaking News", []),
        # Not the newspaper "The National": the agency, which the table knows.
        ("The National Security Agency kept the files.", ["nsa.gov"]),
        ("Vice President Jo Cole spoke at noon.", []),
        ("Many people in the People's Republic of China", []),
        ("People say the people of the valley are tired.", []),
        ("The mayor told People that she would run.", ["people.com"]),
        ("Reuters Institute staff met on Monday.", []),
        ("Reuters Reporter Jo Cole filed late.", ["reuters.com"]),
        ("Reuters reported the sale.", ["reuters.com"]),
        ("NASA Administrator Jo Cole spoke.", ["nasa.gov"]),
        ("New York City parks reopened.", []),
        ("New York Magazine ran the story.", ["nymag.com"]),
    ],
)
def test_outlets_find_names_skips_ordinary_words(text, expected):
    found = builtin_table().find_names(text, media_only=False)
    assert [m.entry.domain for m in found] == expected


def test_outlets_find_names_headings_keep_section_titles():
    text = "Example Archives"
    table = parse_table("domain,name\nexample.org,Example\n")
    assert OutletTable(table).find_names(text) == []
    (m,) = OutletTable(table).find_names(text, heading=True)
    assert (m.start, m.end, m.entry.domain) == (0, 7, "example.org")


@pytest.mark.parametrize(
    "query, expected",
    [
        # Government bodies publish pages; their names as pages print them.
        ("Home Office", "gov.uk"),
        ("Foreign, Commonwealth & Development Office", "gov.uk"),
        ("https://www.gov.uk/government/news/x", "gov.uk"),
        ("https://obamawhitehouse.archives.gov/the-press-office/x", "whitehouse.gov"),
        ("Department of Energy", "energy.gov"),
        ("https://en.kremlin.ru/events/1", "kremlin.ru"),
        ("MNA", "mehrnews.com"),
        ("https://www.insidevoa.com/a/1.html", "voanews.com"),
        ("https://en.wikinews.org/wiki/X", "wikinews.org"),
        ("Waging Nonviolence", "wagingnonviolence.org"),
        ("Pentagon", "defense.gov"),
        ("Russian Defence Ministry", "mil.ru"),
        ("Ministry of Foreign Affairs of the Russian Federation", "mid.ru"),
        ("Ukrainian Foreign Ministry", "mfa.gov.ua"),
        ("Press Information Bureau", "pib.gov.in"),
        ("FEMA", "fema.gov"),
        ("People's Daily", "people.cn"),
        ("https://www.people.com.cn/", "people.cn"),
        ("ESPN", "espn.com"),
        ("BBC Sport", "bbc.co.uk"),
        ("Africa Check", "africacheck.org"),
        ("Lead Stories", "leadstories.com"),
        ("Martí Noticias", "martinoticias.com"),
        ("EurAsia Daily", "eadaily.com"),
    ],
)
def test_outlets_registry_covers_public_bodies_and_agencies(query, expected):
    entry = builtin_table().lookup(query)
    assert (entry.domain if entry else None) == expected


@pytest.mark.parametrize(
    "source, media_only, expected",
    [
        # A government body named in a story is a source, not a news outlet.
        ("a Home Office spokesperson", True, None),
        ("a Home Office spokesperson", False, (2, 13, "Home Office")),
        ("the FBI", True, None),
        ("the FBI", False, (4, 7, "FBI")),
        ("the BBC", True, (4, 7, "BBC")),
    ],
)
def test_outlets_name_in_skips_non_media_unless_asked(source, media_only, expected):
    m = builtin_table().name_in(source, media_only=media_only)
    assert ((m.start, m.end, source[m.start : m.end]) if m else None) == expected


def test_outlets_builtin_table_size_and_sources():
    table = builtin_table()
    assert len(table) >= 300
    assert all(e.source for e in table)
    rated = [e for e in table if e.ratings]
    assert all(r.source and r.date and r.label for e in rated for r in e.ratings)


@pytest.mark.parametrize(
    "text, message",
    [
        ("domain,name,colour\nx.com,X,red\n", "unknown column"),
        ("name\nX\n", "missing column"),
        ("domain,name,kind\nx.com,X,tabloid\n", ":2: unknown kind"),
        ("domain,name\nx.com,X\ny.com,Y\nx.com,Z\n", ":4: domain 'x.com'"),
        ("domain,name,state_affiliated\nx.com,X,maybe\n", ":2: state_affiliated"),
        ("domain,name,ratings\nx.com,X,mbfc=high@2024\n", ":2: rating"),
    ],
)
def test_outlets_table_rejects_bad_rows(text, message):
    with pytest.raises(ResourceError, match=message):
        parse_table(text, name="t.csv")


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_loaders_lin2023(tmp_path):
    p = _write(tmp_path, "pc1.csv", "domain,pc1\nreuters.com,1\nrt.com,0.25\n")
    f = load_ratings(p)
    assert f.format == "lin2023"
    assert f.ratings["rt.com"].value == 0.25
    assert "Lin" in f.ratings["rt.com"].source


def test_loaders_mbfc_labels(tmp_path):
    p = _write(
        tmp_path,
        "mbfc_2024-01-02.csv",
        "domain,name,reporting\nwww.cnn.com,CNN,mostly-factual\n"
        "x.com,X,\nrt.com,RT,VERY LOW\n",
    )
    f = load_ratings(f"{p}:mbfc")
    assert f.ratings["cnn.com"].value == 0.6
    assert f.ratings["cnn.com"].date == "2024-01-02"
    assert f.ratings["rt.com"].value == 0.0
    assert "x.com" not in f.ratings  # no verdict given


def test_loaders_iffy_csv_and_urls(tmp_path):
    p = _write(tmp_path, "iffy.csv", "domain,mbfc_fact,iffy_score\nbad.example,L,0.1\n")
    assert load_ratings(p).ratings["bad.example"].value == 0.1
    u = _write(
        tmp_path, "list.txt", "https://www.bad.example/*\nhttps://worse.example/*\n"
    )
    f = load_ratings(u)
    assert f.format == "iffy-urls"
    assert set(f.ratings) == {"bad.example", "worse.example"}
    assert f.ratings["bad.example"].label == "low credibility"


def test_loaders_rsp_both_layouts(tmp_path):
    p = _write(
        tmp_path,
        "rsp.csv",
        "source_name,status,domain\nBBC,gr,bbc.co.uk\nRT,d,rt.com\n",
    )
    f = load_ratings(p)
    assert f.ratings["bbc.co.uk"].label == "generally reliable"
    assert f.ratings["rt.com"].value == 0.0
    old = _write(
        tmp_path,
        "old.csv",
        "id,name,status,urls\n"
        '1,Fox,"[""Generally reliable""]","[""www.foxnews.com""]"\n'
        '2,Fox talk,"[""Generally unreliable""]","[""www.foxnews.com""]"\n',
    )
    assert load_ratings(old).ratings["foxnews.com"].label == "generally unreliable"


def test_loaders_generic_csv_with_mapping(tmp_path):
    p = _write(tmp_path, "mine.csv", "site,score,when\nexample.com,75,2020\n")
    f = load_ratings(
        p,
        mapping=ColumnMapping(
            domain="site", value="score", scale=(0, 100), date="when", source="My list"
        ),
    )
    r = f.ratings["example.com"]
    assert (r.value, r.date, r.source) == (0.75, "2020", "My list")


@pytest.mark.parametrize(
    "name, text, spec, message",
    [
        (
            "a.csv",
            "site,pc1\nx.com,1\n",
            ":lin2023",
            r"a\.csv:1: missing column\(s\) \['domain'\]",
        ),
        (
            "b.csv",
            "domain,pc1\nx.com,1\ny.com,high\n",
            "",
            r"b\.csv:3: bad number 'high'",
        ),
        ("c.csv", "domain,pc1\nx.com,1.5\n", "", r"c\.csv:2: pc1 1\.5 is outside"),
        (
            "d.csv",
            "domain,reporting\nx.com,great\n",
            ":mbfc",
            r"d\.csv:2: unknown verdict",
        ),
        ("e.csv", "domain,status\nx.com,ok\n", ":rsp", r"e\.csv:2: unknown verdict"),
        ("f.txt", "https://x.com/*\nnot a url\n", "", r"f\.txt:2:"),
        ("g.csv", "domain,value\nx.com,1\n", ":nosuch", "cannot read"),
    ],
)
def test_loaders_bad_files_name_file_and_line(tmp_path, name, text, spec, message):
    p = _write(tmp_path, name, text)
    with pytest.raises(ResourceError, match=message):
        load_ratings(f"{p}{spec}")


def test_loaders_merge_precedence(tmp_path):
    a = load_ratings(_write(tmp_path, "a.csv", "domain,value\nwww.bbc.com,0.9\n"))
    b = load_ratings(_write(tmp_path, "b.csv", "domain,value\nbbc.co.uk,0.7\n"))
    table = builtin_table()
    book = RatingBook(table, [a, b])
    ratings = book.ratings_for(table.lookup("BBC"))
    assert [r.value for r in ratings[:2]] == [0.9, 0.7]
    assert [r.source for r in ratings[:2]] == ["a", "b"]
    assert "Perennial" in ratings[-1].source  # the built-in table comes last


@pytest.mark.parametrize(
    "name, domain",
    [
        ("The Daily Yonder", "dailyyonder.com"),
        ("daily yonder", "dailyyonder.com"),
        ("Mississippi Today", "mississippitoday.org"),
        ("Jane Doe Photography", None),
        ("Sun", None),  # too short to stand for one site
        ("Clarin", "clarin.com"),  # from the Burdisso et al. domains
        ("Twitter", None),  # a platform is never a page's own site
        ("Facebook", None),
    ],
)
def test_site_index_finds_news_domains_by_name(name, domain):
    assert site_index().domain_for_name(name) == domain


@pytest.mark.parametrize(
    "domain, ok",
    [
        ("harborgazette.com", True),
        ("news.harborgazette.co.uk", True),
        ("gmail.com", False),
        ("mail.yahoo.com", False),
        ("bit.ly", False),
    ],
)
def test_site_index_knows_services_that_publish_nothing(domain, ok):
    assert site_index().is_publisher(domain) is ok


@pytest.mark.parametrize(
    "host, ok",
    [("example.com", True), ("bbc.co.uk", True), ("report.pdf", False), ("e.g", False)],
)
def test_is_public_host_needs_a_known_top_level_domain(host, ok):
    assert is_public_host(host) is ok


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the Ministry of Foreign Affairs said", []),
        ("an essay in Foreign Affairs argued", ["foreignaffairs.com"]),
        ("A Publication of the Electronic Frontier Foundation", ["eff.org"]),
        ("Sign up for Bloomberg's Morning Briefing", ["bloomberg.com"]),
    ],
)
def test_outlets_find_names_skips_media_names_inside_longer_names(text, expected):
    found = builtin_table().find_names(text, media_only=False)
    assert [m.entry.domain for m in found] == expected


@pytest.mark.parametrize(
    "source, expected",
    [
        # "and" inside a name reads as the "&" a registry row may write.
        (
            "the Department for Environment, Food and Rural Affairs said",
            (4, 54, "Department for Environment, Food and Rural Affairs"),
        ),
        (
            "the Department for Environment, Food & Rural Affairs said",
            (4, 52, "Department for Environment, Food & Rural Affairs"),
        ),
        # and still ends no name: "NASA and NOAA" is two names.
        ("NASA and NOAA said", (0, 4, "NASA")),
    ],
)
def test_outlets_names_read_and_as_ampersand(source, expected):
    m = builtin_table().name_in(source, media_only=False)
    assert ((m.start, m.end, source[m.start : m.end]) if m else None) == expected
