"""The spaCy component: span groups, extensions and token alignment."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import DocBin  # noqa: E402

from reliability.integrations.spacy import SPAN_GROUPS, set_report  # noqa: E402
from reliability.schema import Attribution, Cue, Sentence, SourceType  # noqa: E402

from .reports import TEXT, sample_report  # noqa: E402


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("reliability")
    return nlp


def _groups(doc):
    return {
        name: [
            (s.start_char, s.end_char, s.text, s.label_)
            for s in doc.spans[f"reliability_{name}"]
        ]
        for name in SPAN_GROUPS
    }


def test_spacy_component_is_registered_on_import():
    assert "reliability" in spacy.blank("en").factory_names


@pytest.mark.parametrize(
    "group, expected",
    [
        ("attributions", [(29, 33, "said", "named_person")]),
        ("sources", [(19, 28, "The mayor", "named_person")]),
        ("hedges", [(49, 59, "reportedly", "hedge"), (122, 129, "claimed", "hedge")]),
        ("loaded", [(67, 75, "shocking", "loaded")]),
        ("boilerplate", [(0, 18, "Share this article", "boilerplate")]),
        ("claims", [(19, 80, TEXT[19:80], "claim"), (81, 130, TEXT[81:130], "claim")]),
        ("unsourced_claims", [(81, 130, TEXT[81:130], "unsourced_claim")]),
    ],
)
def test_spacy_span_groups_hold_every_layer(group, expected):
    doc = set_report(spacy.blank("en")(TEXT), sample_report())
    assert _groups(doc)[group] == expected
    for start, end, text, _ in expected:
        assert TEXT[start:end] == text


def test_spacy_span_extension_returns_the_schema_object():
    doc = set_report(spacy.blank("en")(TEXT), sample_report())
    assert isinstance(
        doc.spans["reliability_attributions"][0]._.reliability, Attribution
    )
    assert doc.spans["reliability_sources"][0]._.reliability.source.text == "The mayor"
    hedge = doc.spans["reliability_hedges"][0]._.reliability
    assert isinstance(hedge, Cue) and hedge.rule == "lexicon:hedges:reportedly"
    assert isinstance(doc.spans["reliability_claims"][1]._.reliability, Sentence)
    assert doc[0:2]._.reliability is None
    assert doc._.reliability == sample_report()


def test_spacy_expand_alignment_grows_to_token_edges():
    text = "It was unprecedentedly bad."
    report = sample_report().model_copy(
        update={
            "text": text,
            "sentences": (
                Sentence(
                    start=0,
                    end=len(text),
                    hedges=(Cue(start=9, end=13, text=text[9:13], rule="test"),),
                ),
            ),
        }
    )
    doc = set_report(spacy.blank("en")(text), report)
    (span,) = doc.spans["reliability_hedges"]
    assert (span.start_char, span.end_char, span.text) == (7, 22, "unprecedentedly")
    assert span._.reliability.text == "prec"  # the report keeps the exact characters


def test_spacy_pipeline_matches_the_analyzer(nlp, analyzer):
    text = (
        "The minister said the bridge would reopen on Monday. Critics "
        "reportedly called it a disastrous plan. Prices will rise 5% next year."
    )
    doc = nlp(text)
    report = analyzer.analyze(text)
    assert doc._.reliability.sentences == report.sentences
    cues = [(a.cue.start, a.cue.end) for s in report.sentences for a in s.attributions]
    spans = [(s.start_char, s.end_char) for s in doc.spans["reliability_attributions"]]
    assert spans == cues
    hedges = [(h.start, h.end) for s in report.sentences for h in s.hedges]
    assert [
        (s.start_char, s.end_char) for s in doc.spans["reliability_hedges"]
    ] == hedges


def test_spacy_meta_extension_reaches_the_report(nlp):
    doc = nlp.make_doc("Officials said it may rain.")
    doc._.reliability_meta = {"id": "x1", "url": "https://news.example/x"}
    doc = nlp.get_pipe("reliability")(doc)
    assert doc._.reliability.id == "x1"
    assert doc._.reliability.url == "https://news.example/x"


def test_spacy_docs_survive_docbin_round_trip(nlp):
    doc = set_report(spacy.blank("en")(TEXT), sample_report())
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (back,) = DocBin().from_bytes(data).get_docs(nlp.vocab)
    assert _groups(back) == _groups(doc)
    assert back.spans["reliability_loaded"][0]._.reliability.text == "shocking"
    assert back._.reliability == doc._.reliability


def test_spacy_set_report_refuses_another_text():
    with pytest.raises(ValueError, match="not the Doc's text"):
        set_report(spacy.blank("en")("Other text."), sample_report())


def test_spacy_entry_point_line_registers_the_factory(tmp_path):
    # The line the package declares under [project.entry-points.spacy_factories]:
    # spaCy must find the factory through it without importing our module first.
    import subprocess
    import sys

    dist = tmp_path / "reliability_entry_probe-0.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: reliability-entry-probe\nVersion: 0.0\n"
    )
    (dist / "entry_points.txt").write_text(
        "[spacy_factories]\n"
        "reliability = reliability.integrations.spacy:make_reliability\n"
    )
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import spacy\n"
        "assert 'reliability.integrations.spacy' not in sys.modules\n"
        "nlp = spacy.blank('en'); nlp.add_pipe('reliability')\n"
        "doc = nlp('Officials said it may rain.')\n"
        "print(len(doc.spans['reliability_attributions']))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().isdigit()


def test_issue_12_spacy_meta_carries_every_field(nlp):
    from reliability.schema import DocumentMeta

    meta = {
        "id": "x2",
        "url": "https://news.example/x",
        "outlet": "Example News",
        "title": "Rain ahead",
        "published": "2024-05-01",
        "section": "weather",  # not a field: ignored
    }
    doc = nlp.make_doc("Officials said it may rain.")
    doc._.reliability_meta = meta
    report = nlp.get_pipe("reliability")(doc)._.reliability
    assert (report.id, report.url, report.title, report.published) == (
        "x2",
        "https://news.example/x",
        "Rain ahead",
        "2024-05-01",
    )
    doc = nlp.make_doc("Officials said it may rain.")
    doc._.reliability_meta = DocumentMeta(id="x3", published="2024-06-01")
    report = nlp.get_pipe("reliability")(doc)._.reliability
    assert (report.id, report.published) == ("x3", "2024-06-01")


def test_spacy_meta_of_wrong_type_raises_input_error(nlp):
    from reliability import InputError

    doc = nlp.make_doc("Officials said it may rain.")
    doc._.reliability_meta = {"url": 42}
    with pytest.raises(InputError, match="url must be a string"):
        nlp.get_pipe("reliability")(doc)


def test_issue_14_spacy_config_given_inline_is_saved_with_the_pipeline(tmp_path):
    settings = {
        "annotators": [{"name": "loaded", "enabled": False}],
        "weights": {"provenance": 0.5, "sources": {"vague": 0.1}},
        "readability": False,
    }
    nlp = spacy.blank("en")
    nlp.add_pipe("reliability", config={"config": settings})
    text = "Critics reportedly called the shocking plan a disaster."
    before = nlp(text)._.reliability
    assert "loaded" not in before.pipeline.annotators
    nlp.to_disk(tmp_path / "pipeline")
    saved = (tmp_path / "pipeline" / "config.cfg").read_text(encoding="utf-8")
    assert "[components.reliability.config.weights.sources]" in saved
    loaded = spacy.load(tmp_path / "pipeline")
    analyzer = loaded.get_pipe("reliability").analyzer
    assert analyzer.config.weights.provenance == 0.5
    assert analyzer.config.weights.sources[SourceType.VAGUE] == 0.1
    assert analyzer.config.readability is False
    assert loaded(text)._.reliability == before


def test_spacy_config_inline_that_is_not_valid_fails_clearly():
    from reliability import ConfigError

    with pytest.raises(ConfigError, match="invalid configuration"):
        spacy.blank("en").add_pipe(
            "reliability", config={"config": {"max_chars": "lots"}}
        )


def test_spacy_report_cache_is_shared_safely_across_threads(monkeypatch):
    import threading

    from reliability.integrations import spacy as component

    monkeypatch.setattr(component, "_CACHE_SIZE", 3)
    blank = spacy.blank("en")
    docs = []
    for i in range(40):
        report = sample_report(f"doc-{i}")
        docs.append((set_report(blank(TEXT), report), report))
    errors = []

    def read_all():
        try:
            for _ in range(5):
                for doc, report in docs:
                    assert doc._.reliability == report
        except Exception as exc:  # collected for the main thread
            errors.append(exc)

    threads = [threading.Thread(target=read_all) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(component._reports) <= 3
