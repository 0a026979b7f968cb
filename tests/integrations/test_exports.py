"""Exports: W3C Web Annotation, brat standoff and Label Studio predictions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reliability.integrations.exports import (
    BRAT_ANNOTATION_CONF,
    LABEL_STUDIO_CONFIG,
    Utf16Offsets,
    annotation_items,
    to_brat,
    to_label_studio,
    to_web_annotations,
)
from reliability.schema import Cue, DocumentReport, Sentence

from .reports import TEXT, sample_report

DATA = Path(__file__).resolve().parent.parent / "data"


def _utf16_slice(text: str, start: int, end: int) -> str:
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def test_web_annotations_selectors_locate_each_span():
    report = sample_report()
    collection = to_web_annotations(report, context=10)
    assert collection["type"] == "AnnotationCollection"
    items = collection["first"]["items"]
    assert collection["total"] == len(items) == len(list(annotation_items(report)))
    for item in items:
        assert item["type"] == "Annotation"
        assert item["target"]["source"] == "https://news.example/a"
        pos, quote = item["target"]["selector"]
        assert pos["type"] == "TextPositionSelector"
        assert quote["type"] == "TextQuoteSelector"
        start, end = pos["start"], pos["end"]
        assert TEXT[start:end] == quote["exact"]
        assert TEXT[max(0, start - 10) : start] == quote["prefix"]
        assert TEXT[end : end + 10] == quote["suffix"]
        # The quote selector alone finds the span: prefix + exact + suffix occurs.
        assert TEXT.find(
            quote["prefix"] + quote["exact"] + quote["suffix"]
        ) == start - len(quote["prefix"])
    said = next(i for i in items if i["body"][0]["value"] == "attribution")
    assert said["body"][1] == {
        "type": "TextualBody",
        "purpose": "classifying",
        "value": "named_person",
    }
    json.dumps(collection)  # JSON-LD is plain JSON


def test_web_annotations_default_source_without_url():
    report = sample_report().model_copy(update={"url": None})
    items = to_web_annotations(report)["first"]["items"]
    source = items[0]["target"]["source"]
    assert re.fullmatch(
        r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-.{4}-.{12}", source
    )
    assert to_web_annotations(report)["first"]["items"][0]["target"]["source"] == source
    other = report.model_copy(update={"id": "doc-2"})
    assert to_web_annotations(other)["first"]["items"][0]["target"]["source"] != source


def _web_annotation_iris(collection):
    yield collection["id"]
    for item in collection["first"]["items"]:
        yield item["id"]
        yield item["target"]["source"]


@pytest.mark.parametrize(
    "doc_id, url, base, expected_source",
    [
        (
            "d 2",
            None,
            "https://corpus.example/doc/",
            "https://corpus.example/doc/d%202",
        ),
        (
            "a/b?c#d",
            None,
            "https://corpus.example/",
            "https://corpus.example/a%2Fb%3Fc%23d",
        ),
        (
            "x<y>",
            "https://news.example/a b#top",
            None,
            "https://news.example/a%20b#top",
        ),
        ("d 2", "news.example/no-scheme", None, None),
        ("d 2", None, None, None),
    ],
)
def test_issue_14_web_annotation_ids_are_valid_iris(doc_id, url, base, expected_source):
    rfc3987 = pytest.importorskip("rfc3987_syntax")
    report = sample_report(doc_id).model_copy(update={"url": url})
    collection = to_web_annotations(report, base=base)
    iris = list(_web_annotation_iris(collection))
    for iri in iris:
        assert rfc3987.is_valid_syntax_iri(iri), iri
        assert not iri.startswith("urn:reliability:")
    ids = [collection["id"], *(i["id"] for i in collection["first"]["items"])]
    assert len(set(ids)) == len(ids)
    source = collection["first"]["items"][0]["target"]["source"]
    if expected_source is None:
        assert source.startswith("urn:uuid:")
    else:
        assert source == expected_source


def test_web_annotations_refuse_a_relative_base():
    with pytest.raises(ValueError, match="absolute IRI"):
        to_web_annotations(sample_report(), base="docs/")


def _context_terms(node, found):
    if isinstance(node, dict):
        for key, value in node.items():
            found.add(key)
            _context_terms(value, found)
    elif isinstance(node, list):
        for value in node:
            _context_terms(value, found)
    return found


def test_issue_14_web_annotations_expand_against_the_pinned_context():
    jsonld = pytest.importorskip("pyld.jsonld")
    pinned = json.loads((DATA / "anno.jsonld").read_text(encoding="utf-8"))
    terms = set(pinned["@context"])

    def offline_loader(url, options=None):
        assert url.rstrip("/").removeprefix("https").removeprefix("http") == (
            "://www.w3.org/ns/anno.jsonld"
        ), url
        return {"contextUrl": None, "documentUrl": url, "document": pinned}

    report = sample_report("d 2").model_copy(update={"url": None})
    collection = to_web_annotations(report, base="https://corpus.example/doc/")
    # Every key is a term of the Web Annotation context (none would be dropped).
    assert _context_terms(collection, set()) - terms == {"@context"}
    options = {"documentLoader": offline_loader}
    expanded = jsonld.expand(collection, options)
    oa, as_ = "http://www.w3.org/ns/oa#", "http://www.w3.org/ns/activitystreams#"
    (top,) = expanded
    assert top["@type"] == [as_ + "OrderedCollection"]
    (page,) = top[as_ + "first"]
    items = page[as_ + "items"][0]["@list"]
    assert len(items) == collection["total"] == len(list(annotation_items(report)))
    for item, original in zip(items, collection["first"]["items"], strict=True):
        assert item["@type"] == [oa + "Annotation"]
        assert item["@id"] == original["id"]
        (target,) = item[oa + "hasTarget"]
        (source,) = target[oa + "hasSource"]
        assert source["@id"] == original["target"]["source"]
        position = next(
            s
            for s in target[oa + "hasSelector"]
            if s["@type"] == [oa + "TextPositionSelector"]
        )
        assert (
            position[oa + "start"][0]["@value"]
            == original["target"]["selector"][0]["start"]
        )
        purposes = {b[oa + "hasPurpose"][0]["@id"] for b in item[oa + "hasBody"]}
        assert oa + "tagging" in purposes
    # As RDF: one oa:Annotation per item, none lost to an invalid IRI.
    quads = jsonld.to_rdf(collection, {**options, "format": "application/n-quads"})
    typed = [
        line
        for line in quads.splitlines()
        if line.endswith(
            f"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{oa}Annotation> ."
        )
    ]
    assert len(typed) == collection["total"]


def test_brat_standoff_lines():
    ann = to_brat(sample_report())
    lines = ann.splitlines()
    assert lines[:5] == [
        "T1\tBoilerplate 0 18\tShare this article",
        "T2\tAttribution 29 33\tsaid",
        "A1\tSource_type T2 named_person",
        "T3\tSource 19 28\tThe mayor",
        "A2\tSource_type T3 named_person",
    ]
    assert "R1\tAttributed_to Arg1:T2 Arg2:T3" in lines
    for line in lines:
        if line.startswith("T"):
            _, kind_where, shown = line.split("\t")
            kind, where = kind_where.split(" ", 1)
            assert kind in BRAT_ANNOTATION_CONF
            pieces = [
                TEXT[int(a) : int(b)]
                for a, b in (frag.split() for frag in where.split(";"))
            ]
            assert " ".join(pieces) == shown


def test_brat_splits_spans_that_cross_newlines():
    text = "Line one\nline two."
    report = DocumentReport(
        text=text, sentences=(Sentence(start=0, end=len(text), claim=True),)
    )
    assert to_brat(report) == "T1\tClaim 0 8;9 18\tLine one line two.\n"


@pytest.mark.parametrize(
    "text, word",
    [
        ("plain ascii said here", "said"),
        ("😀 emoji before reportedly", "reportedly"),
        ("𝔓𝔓 two astral 🇫🇷 flag then shocking 😀 end", "shocking"),
        ("combining é and 👩‍👩‍👧 family before claimed", "claimed"),
        ("astral inside: 𝔓𝔓𝔓", "𝔓𝔓𝔓"),
    ],
)
def test_label_studio_offsets_are_utf16_code_units(text, word):
    start = text.index(word)
    report = DocumentReport(
        text=text,
        sentences=(
            Sentence(
                start=0,
                end=len(text),
                hedges=(Cue(start=start, end=start + len(word), text=word, rule="t"),),
            ),
        ),
    )
    task = to_label_studio(report)
    (result,) = task["predictions"][0]["result"]
    value = result["value"]
    assert value["labels"] == ["Hedge"] and value["text"] == word
    assert _utf16_slice(task["data"]["text"], value["start"], value["end"]) == word


def test_label_studio_task_for_sample_report():
    task = to_label_studio(sample_report(), model_version="test")
    assert task["data"] == {
        "text": TEXT,
        "id": "doc-1",
        "url": "https://news.example/a",
    }
    prediction = task["predictions"][0]
    assert prediction["model_version"] == "test"
    for result in prediction["result"]:
        value = result["value"]
        assert _utf16_slice(TEXT, value["start"], value["end"]) == value["text"]
        assert f'value="{value["labels"][0]}"' in LABEL_STUDIO_CONFIG
        assert result["from_name"] == "label" and result["to_name"] == "text"
    claim = [
        r for r in prediction["result"] if r["value"]["labels"] == ["Unsourced_claim"]
    ]
    # The astral 𝔓 and the emoji make the UTF-16 end two units past the code points.
    assert claim[0]["value"]["end"] == len(TEXT) + 2


def test_utf16_offsets_match_encoding():
    text = "a😀b𝔓c"
    to16 = Utf16Offsets(text)
    assert [to16(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]


def test_export_configs_name_every_layer_and_source_type():
    from reliability.schema import ReportLayer, SourceType

    entities = BRAT_ANNOTATION_CONF.split("[relations]")[0].split()[1:]
    assert entities == [layer.label for layer in ReportLayer]
    values = BRAT_ANNOTATION_CONF.split("Value:")[1].strip().split("|")
    assert values == [t.value for t in SourceType]
    for layer in ReportLayer:
        assert f'<Label value="{layer.label}"/>' in LABEL_STUDIO_CONFIG
    # Every label an export writes is declared in both configs.
    for item in annotation_items(sample_report()):
        assert ReportLayer(item["layer"]).label in entities


# A cue with two sources of different types, a span holding a tab, and a
# sentence spread over a CR LF line break.
BRAT_TEXT = "The mayor and a report said\tcosts rose.\r\nRents will double."


def _brat_report() -> DocumentReport:
    from reliability.schema import Attribution, SourceType, Span

    text = BRAT_TEXT
    said = text.index("said")
    cue = Span.of(text, said, said + 4)
    mayor = Span.of(text, 0, 9)
    report_ = Span.of(text, text.index("a report"), text.index("a report") + 8)
    tabbed = Span.of(text, said, text.index("rose") + 4)  # "said\tcosts rose"
    return DocumentReport(
        id="b1",
        text=text,
        sentences=(
            Sentence(
                start=0,
                end=len(text),
                attributions=(
                    Attribution(
                        cue=cue, source=mayor, source_type=SourceType.NAMED_PERSON
                    ),
                    Attribution(
                        cue=cue, source=report_, source_type=SourceType.DOCUMENT
                    ),
                ),
                loaded=(Cue(start=tabbed.start, end=tabbed.end, text=tabbed.text),),
                claim=True,
            ),
        ),
    )


def _parse_brat(ann: str, text: str):
    """Read a .ann as a brat reader does (text mode: \\r, \\n and \\r\\n end lines)."""
    import io

    spans, attrs, rels = {}, {}, []
    for line in io.StringIO(ann, newline=None):
        line = line.rstrip("\n")
        fields = line.split("\t")
        if line.startswith("T"):
            assert len(fields) == 3, line
            t_id, type_where, shown = fields
            label, where = type_where.split(" ", 1)
            frags = [tuple(map(int, f.split())) for f in where.split(";")]
            for a, b in frags:
                assert not re.search(r"[\r\n]", text[a:b])
            expected = " ".join(text[a:b] for a, b in frags)
            assert shown == re.sub(r"[\t\r\n]", " ", expected)
            spans[t_id] = (label, frags[0][0], frags[-1][1])
        elif line.startswith("A"):
            _, value = fields
            _, t_id, kind = value.split(" ")
            assert t_id not in attrs, "one Source_type per entity"
            attrs[t_id] = kind
        elif line.startswith("R"):
            _, arg1, arg2 = fields[1].split(" ")
            rels.append((arg1.removeprefix("Arg1:"), arg2.removeprefix("Arg2:")))
    return spans, attrs, rels


def test_issue_14_brat_cue_with_two_sources_is_one_t_line_and_two_relations():
    report = _brat_report()
    ann = to_brat(report)
    spans, attrs, rels = _parse_brat(ann, BRAT_TEXT)
    # Every span of the report comes back once, with its layer's label.
    expected = {(a.layer.label, a.start, a.end) for a in report.annotations()}
    assert sorted(spans.values()) == sorted(expected)
    assert len(spans) == len(expected)
    by_span = {v: k for k, v in spans.items()}
    said, paper_at = BRAT_TEXT.index("said"), BRAT_TEXT.index("a report")
    cue = by_span[("Attribution", said, said + 4)]
    mayor = by_span[("Source", 0, 9)]
    paper = by_span[("Source", paper_at, paper_at + 8)]
    assert sorted(rels) == sorted([(cue, mayor), (cue, paper)])
    assert attrs == {mayor: "named_person", paper: "document"}


def test_issue_14_brat_escapes_tabs_and_carriage_returns():
    report = _brat_report()
    ann = to_brat(report)
    assert "\r" not in ann
    # Three tab-separated fields on every T line, although a span holds a tab.
    for line in ann.splitlines():
        if line.startswith("T"):
            assert line.count("\t") == 2, line
    # The claim over the CR LF becomes two fragments, neither holding a break.
    claim = next(line for line in ann.splitlines() if "\tClaim " in line)
    cr, lf = BRAT_TEXT.index("\r"), BRAT_TEXT.index("\n")
    assert claim.split("\t")[1] == f"Claim 0 {cr};{lf + 1} {len(BRAT_TEXT)}"


def test_issue_14_label_studio_task_matches_the_documented_format():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((DATA / "label_studio_task.schema.json").read_text("utf-8"))
    task = to_label_studio(sample_report())
    jsonschema.validate(task, schema)
    regions = task["predictions"][0]["result"]
    metas = [r["meta"]["text"] for r in regions if "meta" in r]
    assert metas and all(
        isinstance(m, list) and all(isinstance(x, str) for x in m) for m in metas
    )
    said = next(r for r in regions if r["value"]["labels"] == ["Attribution"])
    assert said["meta"] == {"text": ["named_person pattern:verb"]}
    labels = set(re.findall(r'<Label value="([^"]+)"/>', LABEL_STUDIO_CONFIG))
    assert {r["value"]["labels"][0] for r in regions} <= labels


def test_label_studio_task_passes_the_sdk_validation():
    # label-studio-sdk pins versions of packages the project uses, so it is not
    # a dev dependency; where it is installed, its own validation runs too.
    interface = pytest.importorskip("label_studio_sdk.label_interface")
    task = to_label_studio(sample_report())
    labels = interface.LabelInterface(LABEL_STUDIO_CONFIG)
    errors = labels.validate_prediction(task["predictions"][0], return_errors=True)
    assert errors == []
    assert all(task["data"].get(o.value_name) for o in labels.objects)
