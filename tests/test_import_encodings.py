"""Import files as editors and spreadsheets write them: byte-order marks, CRLF, Unicode line separators."""

from __future__ import annotations

import json

import pytest

from alu.retrieval.targets import TargetError, read_targets_file

ROWS = [{"id": "ann-lee", "name": "Ann Lee"}, {"id": "bob-stone", "name": "Bob Stone"}]


def _files(tmp_path, bom: str, newline: str) -> dict[str, object]:
    jsonl = newline.join(json.dumps(r) for r in ROWS) + newline
    csv = newline.join(["id,name", *(f"{r['id']},{r['name']}" for r in ROWS)]) + newline
    txt = newline.join(r["name"] for r in ROWS) + newline
    out = {}
    for suffix, text in (("jsonl", jsonl), ("csv", csv), ("txt", txt)):
        path = tmp_path / f"targets-{len(bom)}-{len(newline)}.{suffix}"
        path.write_bytes((bom + text).encode("utf-8"))
        out[suffix] = path
    return out


@pytest.mark.parametrize("bom", ["", "\ufeff"], ids=["no-bom", "bom"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_a_leading_bom_is_an_encoding_signature_and_crlf_is_a_line_end(tmp_path, bom, newline):
    for suffix, path in _files(tmp_path, bom, newline).items():
        targets = read_targets_file(path)
        assert [(t.id, t.name) for t in targets] == [(r["id"], r["name"]) for r in ROWS], suffix


def test_line_separators_inside_json_strings_do_not_split_lines(tmp_path):
    path = tmp_path / "sep.jsonl"
    path.write_text(json.dumps({"name": "Ann Lee", "description": "painter\u2028of boats"}, ensure_ascii=False)
                    + "\n{broken\n", encoding="utf-8")
    with pytest.raises(TargetError, match=r"line 2: not valid JSON"):
        read_targets_file(path)
    path.write_text(json.dumps({"name": "Ann Lee", "description": "painter\u2028of boats"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    (target,) = read_targets_file(path)
    assert target.description == "painter of boats"  # the separator is whitespace inside the field


def test_a_bom_inside_a_name_is_refused_with_its_line(tmp_path):
    path = tmp_path / "names.txt"
    path.write_text("\ufeffAnn Lee\nBob\ufeffStone\n", encoding="utf-8")
    with pytest.raises(TargetError, match=r"names.txt, line 2: name contains a byte-order mark"):
        read_targets_file(path)
