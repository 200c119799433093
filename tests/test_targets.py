"""Target validation and the import/export formats."""

import pytest

from alu.retrieval.targets import TargetError, dump_targets, make_target, parse_targets, read_targets_file


def test_make_target_normalises_and_derives_an_id():
    t = make_target({"name": "  Stephen   King ", "aliases": ["Richard Bachman", "stephen king", ""],
                     "description": "Horror\nnovelist"})
    assert t.id == "stephen-king"
    assert t.name == "Stephen King"
    assert t.aliases == ("Richard Bachman",)  # the duplicate of the name and the empty alias are dropped
    assert t.description == "Horror novelist"


@pytest.mark.parametrize("data, message", [
    ({"aliases": ["x"]}, "no name"),
    ({"name": "   "}, "no name"),
    ({"name": "?!"}, "no name"),
    ({"name": 42}, "name must be a string"),
    ({"name": "A", "aliases": "x", "colour": "red"}, "unknown target field"),
    ({"name": "Ann", "aliases": {"a": 1}}, "aliases must be a list"),
    ({"name": "Ann", "id": "bad id!"}, "id 'bad id!'"),
    ({"name": "x" * 5000}, "longer than"),
])
def test_bad_targets_are_rejected_with_a_clear_message(data, message):
    with pytest.raises(TargetError, match=message):
        make_target(data)


def test_import_formats_parse_the_same_targets():
    jsonl = '{"name": "Ann Lee", "aliases": ["A. Lee"], "description": "d"}\n\n{"id": "bob", "name": "Bob"}\n'
    csv_text = "id,name,aliases,description\nann-lee,Ann Lee,A. Lee,d\nbob,Bob,,\n"
    txt = "# people\nAnn Lee\nBob\n"
    a, b, c = parse_targets(jsonl, "jsonl"), parse_targets(csv_text, "csv"), parse_targets(txt, "txt")
    assert [t.id for t in a] == [t.id for t in b] == [t.id for t in c] == ["ann-lee", "bob"]
    assert a[0].aliases == b[0].aliases == ("A. Lee",)
    assert parse_targets(dump_targets(a, "csv"), "csv") == a
    assert parse_targets(dump_targets(a, "jsonl"), "jsonl") == a


@pytest.mark.parametrize("fmt, text, where", [
    ("jsonl", '{"name": "Ann"}\n{"name": "Bob"\n', "line 2: not valid JSON"),
    ("jsonl", '{"name": "Ann"}\n\n{"aliases": []}\n', "line 3: target has no name"),
    ("csv", "id,description\nx,y\n", "line 1: a CSV import needs a header with a 'name' column"),
    ("csv", "name,id\nAnn,a\nBob,b,extra\n", "line 3: more cells"),
    ("txt", "\n\n", "no targets found"),
    ("xml", "<a/>", "unknown import format"),
])
def test_malformed_import_names_the_line(fmt, text, where):
    with pytest.raises(TargetError, match=where):
        parse_targets(text, fmt, "f")


def test_read_targets_file_errors(tmp_path):
    with pytest.raises(TargetError, match="no such file"):
        read_targets_file(tmp_path / "missing.jsonl")
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Jos\xe9\n".encode("latin-1"))
    with pytest.raises(TargetError, match="not UTF-8"):
        read_targets_file(bad)
    odd = tmp_path / "targets.dat"
    odd.write_text("Ann\n")
    with pytest.raises(TargetError, match="cannot tell the format"):
        read_targets_file(odd)
    assert read_targets_file(odd, "txt")[0].name == "Ann"
