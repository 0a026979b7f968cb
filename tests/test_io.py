"""Reading corpora: kinds of input, encodings, bad records, size limits, read-back."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from reliability.errors import InputError
from reliability.readers import decode_bytes, load_reports, read_corpus
from reliability.records import ErrorRecord, InputRecord
from reliability.writers import csv_row, repair_jsonl
from tests.samples import ARTICLE, TEXTS

TEXT = "Caf\u00e9 \u201cquoted\u201d \u2014 the minister said so.\r\nSecond line."


@pytest.mark.parametrize(
    "data, text, warned",
    [
        (TEXT.encode("utf-8"), TEXT, False),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT, False),
        (TEXT.encode("utf-16"), TEXT, False),  # with BOM
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT, False),
        (TEXT.encode("utf-32"), TEXT, False),
        (TEXT.encode("cp1252"), TEXT, True),
        (TEXT.encode("utf-16-le"), TEXT, True),  # no BOM: NULs give it away
        (b"caf\xe9 \x81", "caf\u00e9 \x81", True),  # cp1252 has no 0x81: latin-1
        (b"NUL\x00 inside UTF-8", "NUL\x00 inside UTF-8", False),
    ],
)
def test_decode_bytes_detects_encodings(data: bytes, text: str, warned: bool) -> None:
    decoded, warnings = decode_bytes(data)
    assert decoded == text
    assert bool(warnings) is warned


def test_decode_bytes_rejects_binary_and_bad_bom() -> None:
    with pytest.raises(UnicodeDecodeError):
        decode_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200) + b"\xff\xfe\x01")
    with pytest.raises(UnicodeDecodeError):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe bad")


def _records(path: Path, **kw: object) -> list[InputRecord | ErrorRecord]:
    return list(read_corpus(path, **kw))  # type: ignore[arg-type]


def test_read_corpus_keeps_crlf_and_drops_only_the_bom(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF8 + TEXT.encode())
    (rec,) = _records(tmp_path / "a.txt")
    assert isinstance(rec, InputRecord)
    assert rec.text == TEXT and "\r\n" in rec.text
    assert rec.id == "a"


def test_read_corpus_directory_is_recursive_sorted_and_skips_hidden(
    tmp_path: Path,
) -> None:
    for name in ("b.txt", "a.md", "sub/c.txt", ".git/x.txt", "notes.pdf"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name, encoding="utf-8")
    assert [r.id for r in _records(tmp_path)] == ["a", "b", "sub/c"]
    assert [r.id for r in _records(tmp_path, glob="**/*.txt")] == ["b", "sub/c"]


def test_read_corpus_jsonl_errors_in_place(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "One.", "url": "https://x.org/1"}),
        "{not json",
        json.dumps({"id": 7, "body": "no text field"}),
        json.dumps([1, 2]),
        "",
        json.dumps({"text": "No id.", "outlet": 3}),
        json.dumps({"id": "z", "text": None}),
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = _records(path)
    assert [r.id for r in got] == ["a", "c.jsonl:2", "7", "c.jsonl:4", "c.jsonl:6", "z"]
    kinds = [r.error.type if isinstance(r, ErrorRecord) else None for r in got]
    assert kinds == [
        None,
        "malformed_json",
        "missing_text",
        "malformed_json",
        None,
        "missing_text",
    ]
    assert got[1].error.line == 2 and got[1].error.source == str(path)  # type: ignore[union-attr]
    assert got[0].meta.url == "https://x.org/1"  # type: ignore[union-attr]
    assert got[4].warnings and got[4].meta.outlet is None  # type: ignore[union-attr]


def test_read_corpus_size_limit_bounds_memory_and_continues(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(
        json.dumps({"id": "big", "text": "x" * 500})
        + "\n"
        + json.dumps({"id": "ok", "text": "fine"})
        + "\n",
        encoding="utf-8",
    )
    big, ok = _records(path, max_chars=100)
    assert isinstance(big, ErrorRecord) and big.error.type == "too_large"
    assert big.error.line == 1
    assert isinstance(ok, InputRecord) and ok.text == "fine"
    (tmp_path / "big.txt").write_text("y" * 101, encoding="utf-8")
    (err,) = _records(tmp_path / "big.txt", max_chars=100)
    assert isinstance(err, ErrorRecord) and err.error.type == "too_large"


def test_read_corpus_jsonl_line_not_utf8_falls_back_with_warning(
    tmp_path: Path,
) -> None:
    path = tmp_path / "l.jsonl"
    path.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n{"id": "b", "text": "ok"}\n')
    a, b = _records(path)
    assert isinstance(a, InputRecord) and a.text == "caf\u00e9" and a.warnings
    assert isinstance(b, InputRecord) and not b.warnings


def test_read_corpus_utf16_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "w.jsonl"
    path.write_bytes(json.dumps({"id": "a", "text": TEXT}).encode("utf-16") + b"\n\x00")
    (rec,) = _records(path)
    assert isinstance(rec, InputRecord) and rec.text == TEXT


def test_read_corpus_csv(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    body = (
        b"doc,body,title\r\n"
        b'x1,"Line one.\r\nLine two, with ""quotes"".",T1\r\n'
        b",plain,\r\n"
    ) + b"x3,caf\xe9,T3\r\n"
    path.write_bytes(codecs.BOM_UTF8 + body)
    got = _records(path, text_field="body", id_field="doc")
    assert [r.id for r in got] == ["x1", "d.csv:4", "x3"]
    assert got[0].text == 'Line one.\r\nLine two, with "quotes".'  # type: ignore[union-attr]
    assert got[0].meta.title == "T1" and got[1].meta.title is None  # type: ignore[union-attr]
    assert got[2].text == "caf\u00e9" and got[2].warnings  # type: ignore[union-attr]
    (err,) = _records(path)  # no "text" column
    assert isinstance(err, ErrorRecord) and err.error.type == "missing_text"


def test_read_corpus_unreadable_and_undecodable(tmp_path: Path) -> None:
    (missing,) = _records(tmp_path / "nope.txt")
    assert isinstance(missing, ErrorRecord) and missing.error.type == "unreadable"
    (tmp_path / "bin.txt").write_bytes(bytes(100) + b"\x89\xff")
    (binary,) = _records(tmp_path / "bin.txt")
    assert isinstance(binary, ErrorRecord) and binary.error.type == "undecodable"


def test_repair_jsonl_cuts_the_torn_line(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id": "a"}\n{"id": "b"}\n{"id": "c", "te')
    assert repair_jsonl(path) == ["a", "b"]
    assert path.read_bytes() == b'{"id": "a"}\n{"id": "b"}\n'
    path.write_bytes(b"not a report\n")
    with pytest.raises(InputError):
        repair_jsonl(path)


def test_load_reports_reads_reports_and_errors(tmp_path: Path, analyzer) -> None:  # type: ignore[no-untyped-def]
    report = analyzer.analyze(ARTICLE, id="r1")
    err = ErrorRecord.model_validate(
        {
            "id": "e",
            "error": {"type": "failed", "message": "x", "source": None, "line": None},
        }
    )
    path = tmp_path / "out.jsonl"
    path.write_text(
        report.model_dump_json() + "\n" + err.model_dump_json() + "\n", encoding="utf-8"
    )
    assert load_reports(path) == [report, err]
    with pytest.raises(InputError):
        load_reports(tmp_path / "out.csv")


@pytest.mark.parametrize("text", TEXTS)
def test_csv_row_has_every_column(text: str, analyzer) -> None:  # type: ignore[no-untyped-def]
    from reliability.writers import CSV_COLUMNS

    assert len(csv_row(analyzer.analyze(text, id="x"))) == len(CSV_COLUMNS)


def test_load_reports_reads_a_csv_output_back_as_score_rows(tmp_path: Path) -> None:
    from reliability.cli import main
    from reliability.readers import ScoreRow

    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a", "text": "The mayor said 3 roads closed. It may rain."}\n'
        '{"id": "b"}\n',
        encoding="utf-8",
    )
    assert main(["score", str(src), "-o", str(tmp_path / "o.csv"), "--quiet"]) == 1
    assert main(["score", str(src), "-o", str(tmp_path / "o.jsonl"), "--quiet"]) == 1
    rows = load_reports(tmp_path / "o.csv")
    full = load_reports(tmp_path / "o.jsonl")
    assert all(isinstance(r, ScoreRow) for r in rows)
    assert [r.id for r in rows] == ["a", "b"]
    assert rows[0].overall == full[0].scores.overall.value
    assert rows[0].claims == sum(s.claim for s in full[0].sentences)
    assert rows[1].error_type == "missing_text" and rows[1].overall is None


def test_load_reports_rejects_a_foreign_csv(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a 'reliability score' CSV"):
        load_reports(path)


@pytest.mark.parametrize("sep", [";", "\t", "|", ","])
def test_issue_14_csv_separator_is_detected(tmp_path: Path, sep: str) -> None:
    rows = [
        ["id", "title", "text"],
        ["a1", "Roads; rail", "The mayor said, in short, that roads reopen."],
        ["a2", "", 'She said "no"; then left.'],
    ]
    lines = []
    for row in rows:
        cells = [f'"{c}"' if (sep in c or '"' in c or "," in c) else c for c in row]
        lines.append(sep.join(c.replace('"no"', '""no""') for c in cells))
    (tmp_path / "c.csv").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    got = _records(tmp_path / "c.csv")
    assert [r.id for r in got] == ["a1", "a2"]
    assert all(isinstance(r, InputRecord) for r in got)
    assert got[0].text == rows[1][2] and got[1].text == rows[2][2]  # type: ignore[union-attr]
    assert got[0].meta.title == "Roads; rail"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"id": "t", "text": "tab\there"}', "Invalid control character at column 25"),
        ('{"id": "u", "text": "open', "Invalid control character at column 26"),
        ('{"id": "v" "text": "x"}', "Expecting ',' delimiter at column 12"),
        ('{"id": "c", "text": "x",}', "Expecting property name enclosed in double"),
    ],
)
def test_issue_14_json_error_messages_say_at_once(
    tmp_path: Path, line: str, message: str
) -> None:
    (tmp_path / "bad.jsonl").write_text(line + "\n", encoding="utf-8")
    (rec,) = _records(tmp_path / "bad.jsonl")
    assert isinstance(rec, ErrorRecord) and rec.error.type == "malformed_json"
    assert rec.error.message.startswith(message)
    assert "at at" not in rec.error.message


RUSSIAN = (
    "Министр заявил, что мост откроется в понедельник. "
    "Ремонт обошёлся городу в 3,5 миллиона рублей."
)


@pytest.mark.parametrize(
    "text, encoding",
    [
        (RUSSIAN, "cp1251"),
        ("Ο υπουργός δήλωσε ότι η γέφυρα θα ανοίξει τη Δευτέρα.", "cp1253"),
        ("Der Bürgermeister sagte, die Straße sei wieder offen.", "cp1252"),
        ("Le maire a déclaré que la route était à nouveau ouverte.", "cp1252"),
    ],
)
def test_issue_14_legacy_code_pages_decode(text: str, encoding: str) -> None:
    decoded, warnings = decode_bytes(text.encode(encoding))
    assert decoded == text
    assert f"decoded as {encoding};" in warnings[0]


def test_issue_14_cp1251_file_and_jsonl_line_read_as_russian(tmp_path: Path) -> None:
    (tmp_path / "ru.txt").write_bytes(RUSSIAN.encode("cp1251"))
    line = json.dumps({"id": "r1", "text": RUSSIAN}, ensure_ascii=False)
    (tmp_path / "ru.jsonl").write_bytes(line.encode("cp1251") + b"\n")
    for rec in _records(tmp_path):
        assert isinstance(rec, InputRecord)
        assert rec.text == RUSSIAN
        assert any("decoded as cp1251" in w for w in rec.warnings)
