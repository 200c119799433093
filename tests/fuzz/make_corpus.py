"""Writes corpus.jsonl: malformed requests for the /v1 endpoint, the admin API and the CLI.

Every case must be refused cleanly (HTTP 4xx with a JSON error, or CLI exit 2 naming the
problem) and leave the registry as it was.  Run `python tests/fuzz/make_corpus.py` after
editing; the corpus itself is committed so that the cases are reviewable and fixed.
"""

from __future__ import annotations

import base64
import gzip
import json
from pathlib import Path

OUT = Path(__file__).with_name("corpus.jsonl")
GOOD_MESSAGE = {"role": "user", "content": "At what temperature does water boil?"}
TARGET = {"id": "fuzz-person", "name": "Fuzz Person", "description": "An invented person."}
CLIENT_KEY = "fuzz-client-key"  # the /v1 clients' key (tests/test_fuzz.py); other /v1 cases carry the operator's
BAD_TEXT = (("\ud800", "lone surrogate"), ("x\udfffy", "lone surrogate"), ("a\x00b", "NUL"))
LIST_FIELDS = ("facts", "examples", "variants", "partial_forms")


def b64(data: bytes | str) -> str:
    """Base64 of the bytes; long ones gzip-compressed first and marked with a 'gz:' prefix."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if len(raw) > 4096:
        return "gz:" + base64.b64encode(gzip.compress(raw, mtime=0)).decode()
    return base64.b64encode(raw).decode()


def nested(depth: int, leaf: str = "1", kind: str = "array") -> str:
    if kind == "array":
        return "[" * depth + leaf + "]" * depth
    return '{"a":' * depth + leaf + "}" * depth


def http(surface: str, method: str, path: str, body: bytes | str | None = None, why: str = "",
         headers: dict | None = None) -> dict:
    case = {"surface": surface, "method": method, "path": path, "why": why}
    if body is not None:
        case["body"] = b64(body)
    if headers:
        case["headers"] = headers
    return case


def chat(body, why: str, headers: dict | None = None) -> dict:
    raw = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return http("v1", "POST", "/v1/chat/completions", raw, why, headers)


def v1_cases() -> list[dict]:
    cases = [chat(raw, f"not JSON: {raw[:20]!r}") for raw in
             ["", " ", "{", "[", "}", "nul", "{'messages': []}", '{"messages": [],}', '{"a" 1}', "\x00",
              '{"messages": [{"role": "user", "content": "x"}]}}', "\ufeff" + json.dumps({"messages": [GOOD_MESSAGE]}),
              '"just a string"', "[]", "42", "null", "true"]]
    cases += [chat(raw, "invalid UTF-8") for raw in
              [b"\xff", b"\xc3", b'{"messages": [{"role": "user", "content": "\xc3\x28"}]}',
               b'{"messages": [{"role": "user", "content": "\xed\xa0\x80"}]}', b"\xc0\xaf", b"\xe2\x82",
               b'{"messages": [{"role": "user", "content": "caf\xe9"}]}', b"\xf8\x88\x80\x80\x80"]]
    for where in ("content", "role"):
        for ch in ("\ud800", "\udfff", "a\udc80b", "\ud83d"):
            msg = dict(GOOD_MESSAGE, **{where: ch})
            cases.append(chat(json.dumps({"messages": [msg]}), f"lone surrogate in {where}"))
    for field in ("model", "user", "response"):
        cases.append(chat(json.dumps({"messages": [GOOD_MESSAGE], field: "x\ud800"}), f"lone surrogate in {field}"))
    cases.append(chat(json.dumps({"messages": [GOOD_MESSAGE], "\ud800": 1}), "lone surrogate in a key"))
    cases.append(chat(json.dumps({"messages": [{"role": "user", "content": [{"type": "text", "text": "\udead"}]}]}),
                      "lone surrogate in a text part"))
    for ch in ("\x00", "a\x00b"):
        cases.append(chat({"messages": [dict(GOOD_MESSAGE, content=ch)]}, "NUL in content"))
    cases.append(chat({"messages": [GOOD_MESSAGE], "response": "boils\x00 at 100"}, "NUL in response"))
    for depth in (100_000, 10_000, 1000, 70):
        for kind in ("array", "object"):
            cases.append(chat(nested(depth, kind=kind), f"JSON nested {depth} deep ({kind})"))
    cases.append(chat('{"messages": ' + nested(5000, json.dumps(GOOD_MESSAGE)) + "}", "messages nested 5000 deep"))
    cases.append(chat({"messages": [GOOD_MESSAGE], "metadata": json.loads(nested(100, kind="object"))},
                      "an unused field nested 100 deep"))
    for messages in ("hello", {"role": "user"}, 3, None, [], [None], ["hi"], [[GOOD_MESSAGE]], [3.5], True):
        cases.append(chat({"messages": messages}, f"messages = {json.dumps(messages)[:30]}"))
    cases.append(chat({"model": "alu"}, "no messages"))
    for role in (None, 1, ["user"], {"r": "user"}, "tool", "function", "USER", "", "user\x00", "robot"):
        cases.append(chat({"messages": [{"role": role, "content": "hi"}]}, f"role = {role!r}"))
    for content in (1, 2.5, True, {"text": "hi"}, [1], [{"type": "image_url", "image_url": {"url": "x"}}],
                    [{"type": "text"}], [{"type": "text", "text": 5}], [{"text": "hi"}], ["plain"]):
        cases.append(chat({"messages": [{"role": "user", "content": content}]}, f"content = {content!r}"[:60]))
    cases.append(chat({"messages": [{"role": "assistant", "content": "x", "tool_calls": [{"id": "1"}]},
                                    GOOD_MESSAGE]}, "tool calls"))
    for field, value in (("model", "gpt-4"), ("model", 3), ("n", 2), ("n", "1"), ("n", 0), ("stream", "yes"),
                         ("stream", 1), ("tools", [{"type": "function"}]), ("functions", [{"name": "f"}]),
                         ("response", 5), ("response", ["a"]), ("user", ["u"]), ("user", 7), ("user", ""),
                         ("user", "x" * 201), ("user", "line\nbreak"), ("user", "bell\x07")):
        cases.append(chat({"messages": [GOOD_MESSAGE], field: value}, f"{field} = {value!r}"[:60]))
    cases.append(chat({"messages": [{"role": "user", "content": "x" * 40_000}]}, "user turn over the length limit"))
    cases.append(chat({"messages": [GOOD_MESSAGE], "response": "y" * 40_000}, "response over the length limit"))
    cases.append(chat("{" + " " * (1 << 20) + "}", "body over the size limit"))
    cases.append(chat({"messages": [GOOD_MESSAGE]}, "thread id with a control character",
                      headers={"x-thread-id": "abc\tdef"}))
    cases.append(chat({"messages": [GOOD_MESSAGE]}, "thread id too long", headers={"x-thread-id": "t" * 300}))
    big = "9" * 5000
    for body, why in (('{"messages": [' + json.dumps(GOOD_MESSAGE) + '], "max_tokens": ' + big + "}",
                       "an integer of 5,000 digits"),
                      ('{"messages": [' + json.dumps(GOOD_MESSAGE) + '], "n": -' + "1" * 4301 + "}",
                       "a negative integer of 4,301 digits"),
                      ('{"messages": [{"role": "user", "content": ' + big + "}]}",
                       "an integer of 5,000 digits as content"),
                      ("[" + big + "]", "a bare integer of 5,000 digits")):
        cases.append(chat(body, why))
    # guard mode audits text the caller wrote: its verdict would tell a client which names are registered
    client_key = {"authorization": "Bearer " + CLIENT_KEY}
    cases.append(chat({"messages": [GOOD_MESSAGE], "response": "Stephen King wrote it."},
                      "guard mode with a client's key", headers=client_key))
    cases.append(chat({"messages": [GOOD_MESSAGE, {"role": "assistant", "content": "Stephen King wrote it."}]},
                      "a conversation ending with an assistant turn (guard mode) with a client's key",
                      headers=client_key))
    cases.append(chat({"messages": [GOOD_MESSAGE], "response": "Stephen King wrote it."},
                      "guard mode with a wrong key", headers={"authorization": "Bearer nope"}))
    cases += [http("v1", "GET", "/v1/chat/completions", None, "wrong method"),
              http("v1", "PUT", "/v1/chat/completions", "{}", "wrong method"),
              http("v1", "GET", "/v1/models/%ED%A0%80", None, "percent-encoded surrogate in a path"),
              http("v1", "GET", "/v1/models/nope", None, "unknown model"),
              http("v1", "GET", "/v1/nowhere", None, "unknown path")]
    return cases


def admin(method: str, path: str, body=None, why: str = "", key: bool = True) -> dict:
    raw = body if body is None or isinstance(body, (str, bytes)) else json.dumps(body)
    return http("admin", method, path, raw, why, None if key else {"x-api-key": "wrong-key"})


def admin_cases() -> list[dict]:
    post = "/alu/targets"
    cases = [admin("POST", post, raw, f"not JSON: {raw[:20]!r}") for raw in
             ["", "{", "[1,", "{'name': 'x'}", "nul", '{"name": "x",}', "\ufeff" + json.dumps(TARGET)]]
    cases += [admin("POST", post, raw, "invalid UTF-8") for raw in
              [b"\xff\xfe", b'{"name": "Caf\xe9"}', b'{"name": "\xed\xa0\x80x"}', b'{"name": "\xc3"}']]
    cases += [admin("POST", post, nested(d, kind=k), f"nested {d} deep") for d in (100_000, 2000)
              for k in ("array", "object")]
    for field in ("name", "description", "id"):
        for bad in ("\ud800", "x\udfffy"):
            cases.append(admin("POST", post, json.dumps(dict(TARGET, **{field: bad})), f"lone surrogate in {field}"))
    cases.append(admin("POST", post, json.dumps(dict(TARGET, aliases=["ok", "\udc00"])), "lone surrogate in alias"))
    for ch, what in (("\x00", "NUL"), ("\x07", "bell"), ("\x1b", "escape"), ("\x7f", "DEL"), ("\x85", "C1 NEL"),
                     ("\x9b", "C1 CSI"), ("\ufeff", "BOM"), ("\x0b", "vertical tab"), ("\x1f", "unit separator")):
        cases.append(admin("POST", post, dict(TARGET, name=f"Fuzz{ch}Person"), f"{what} inside a name"))
        cases.append(admin("POST", post, dict(TARGET, aliases=[f"F{ch}P"]), f"{what} inside an alias"))
    cases.append(admin("POST", post, dict(TARGET, name="\ufeffFuzz Person"), "BOM leading a name"))
    cases.append(admin("POST", post, dict(TARGET, description="about\x00nothing"), "NUL in a description"))
    for payload, why in (([], "empty list"), ({"targets": []}, "empty targets"), ([1, 2], "numbers"),
                         ("Fuzz Person", "a bare string"), (None, "null"), ({"name": ""}, "empty name"),
                         ({"name": "!!!"}, "name without letters"), ({"description": "x"}, "no name"),
                         ({"name": 5}, "numeric name"), (dict(TARGET, unknown=1), "unknown field"),
                         (dict(TARGET, id="has space"), "id with a space"), (dict(TARGET, id="-lead"), "bad id"),
                         (dict(TARGET, id="x" * 200), "id too long"), (dict(TARGET, aliases=5), "aliases number"),
                         (dict(TARGET, aliases={"a": 1}), "aliases object"), (dict(TARGET, aliases=[1]), "alias int"),
                         (dict(TARGET, aliases=[f"Alias {i}" for i in range(65)]), "too many aliases"),
                         (dict(TARGET, description="d" * 4001), "description too long"),
                         ([TARGET, dict(TARGET, description="other")], "duplicate ids in one request"),
                         ({"targets": [TARGET, TARGET]}, "identical duplicates in one request"),
                         ({"targets": TARGET}, "targets not a list")):
        cases.append(admin("POST", post, payload, why))
    cases.append(admin("POST", post + "?replace=maybe", TARGET, "replace not a boolean"))
    for field in LIST_FIELDS:
        for bad, what in BAD_TEXT:
            cases.append(admin("POST", post, json.dumps(dict(TARGET, **{field: ["fine", bad]})), f"{what} in {field}"))
            cases.append(admin("POST", post, json.dumps({"targets": [TARGET | {"id": "other", field: [bad]}]}),
                               f"{what} in {field}, in a list"))
    cases.append(admin("POST", post, '{"name": "Fuzz Person", "aliases": [], "probe": ' + "7" * 5000 + "}",
                       "an integer of 5,000 digits"))
    cases.append(admin("PATCH", "/alu/targets/stephen-king", '{"name": ' + "1" * 4400 + "}",
                       "update: an integer of 4,400 digits"))
    patch = "/alu/targets/stephen-king"
    for payload, why in (({"id": "x"}, "changing the id"), ({}, "nothing to change"), ([], "a list"),
                         ({"name": "\ud800"}, "lone surrogate"), ({"name": "A\x00B"}, "NUL"),
                         ({"aliases": ["x\x1by"]}, "escape in alias"), ({"colour": "red"}, "unknown field"),
                         ({"name": ""}, "empty name"), ("{", "not JSON")):
        cases.append(admin("PATCH", patch, payload, f"update: {why}"))
    cases.append(admin("PATCH", "/alu/targets/no-such-target", {"name": "X"}, "update unknown target"))
    cases.append(admin("DELETE", "/alu/targets/no-such-target", None, "delete unknown target"))
    cases.append(admin("DELETE", "/alu/targets/%00", None, "delete a NUL id"))
    cases.append(admin("GET", "/alu/targets/%ED%A0%80", None, "percent-encoded surrogate id"))
    for payload, why in (({"ids": "stephen-king"}, "ids a string"), ({"ids": []}, "no ids"), ({"ids": [1]}, "int id"),
                         ({"ids": ["\ud800"]}, "surrogate id"), ({"ids": ["a\x00"]}, "NUL id"),
                         ({"ids": ["stephen-king", "nope"]}, "one unknown id"), ({"id": "x"}, "wrong key"),
                         ([], "a list")):
        cases.append(admin("POST", "/alu/targets/remove", payload, f"remove: {why}"))
    imp = "/alu/targets/import"
    for fmt, body, why in (("csv", "id,description\nx,y\n", "CSV without a name column"),
                           ("csv", "name,description\n\"" + "x" * 200_000 + "\",d\n", "CSV field over 131072"),
                           ("csv", 'name,description\n"unclosed,d\n', "CSV unclosed quote"),
                           ("csv", "name\nA,B,C\n", "CSV more cells than header"),
                           ("csv", "name\nAlpha One\nAlpha One\n", "CSV duplicate ids"),
                           ("csv", "name\nBell\x07Name\n", "CSV control character"),
                           ("jsonl", json.dumps(TARGET) + "\n{bad\n", "JSONL bad line"),
                           ("jsonl", json.dumps(TARGET) + "\n" + json.dumps(TARGET) + "\n", "JSONL duplicate"),
                           ("jsonl", nested(50_000) + "\n", "JSONL line nested deep"),
                           ("jsonl", "[1, 2]\n", "JSONL non-object"),
                           ("jsonl", json.dumps(dict(TARGET, name="a\ud800")) + "\n", "JSONL lone surrogate"),
                           ("txt", "Good Name\nNul\x00Name\n", "TXT NUL"),
                           ("jsonl", json.dumps(TARGET) + '\n{"name": "Other One", "x": ' + "5" * 5000 + "}\n",
                            "JSONL an integer of 5,000 digits"),
                           *[("jsonl", json.dumps(TARGET) + "\n" + json.dumps({"name": "Other One", field: [bad]})
                              + "\n", f"JSONL {what} in {field}") for field in LIST_FIELDS for bad, what in BAD_TEXT],
                           *[("csv", f"name,{field}\nOther One,fine|{bad}\n", f"CSV {what} in {field}")
                             for field in LIST_FIELDS for bad, what in BAD_TEXT if "\x00" in bad],
                           ("txt", "Good Name\nMid\ufeffBom\n", "TXT BOM inside a name"),
                           ("txt", "Same Name\nSame Name\n", "TXT duplicate"),
                           ("txt", "# only a comment\n", "no targets"),
                           ("xml", "<x/>", "unknown format"), ("txt", "", "empty body")):
        cases.append(admin("POST", f"{imp}?format={fmt}", body, f"import: {why}"))
    cases.append(admin("POST", f"{imp}?format=txt", b"Good Name\n\xff\xfeBad\n", "import: invalid UTF-8"))
    cases += [admin("GET", "/alu/targets?limit=0", None, "limit 0"),
              admin("GET", "/alu/targets?limit=x", None, "limit x"),
              admin("GET", "/alu/targets?offset=-1", None, "negative offset"),
              admin("GET", "/alu/targets/no-such-target", None, "unknown target"),
              admin("POST", post, TARGET, "wrong admin key", key=False),
              admin("DELETE", patch, None, "wrong admin key", key=False)]
    return cases


def cli(argv: list[str], why: str, files: dict | None = None, expect: str = "") -> dict:
    """files: name -> {"bytes": b64} | {"kind": "dir" | "loop" | "dangling" | "under-a-file"}."""
    return {"surface": "cli", "argv": argv, "files": files or {}, "why": why, "expect": expect}


def file_case(name: str, data: bytes | str, why: str, expect: str) -> dict:
    return cli(["targets", "import", "{dir}/" + name], why, {name: {"bytes": b64(data)}}, expect)


def cli_cases() -> list[dict]:
    cases = [cli(["targets", "import", "{dir}/folder.jsonl"], "a directory", {"folder.jsonl": {"kind": "dir"}},
                 "directory"),
             cli(["targets", "import", "{dir}/loop.jsonl"], "a symlink loop", {"loop.jsonl": {"kind": "loop"}},
                 "cannot be read"),
             cli(["targets", "import", "{dir}/gone.jsonl"], "a dangling symlink", {"gone.jsonl": {"kind": "dangling"}},
                 "no such file"),
             cli(["targets", "import", "{dir}/plain/x.jsonl"], "a path under a file",
                 {"plain": {"kind": "under-a-file"}}, "cannot be read"),
             cli(["targets", "import", "{dir}/missing.csv"], "a missing file", {}, "no such file"),
             cli(["targets", "import", "{dir}/list.xlsx"], "unknown extension", {"list.xlsx": {"bytes": b64("x")}},
                 "format")]
    good = json.dumps(TARGET) + "\n"
    cases += [file_case("bad.jsonl", good + "{oops\n", "JSONL bad JSON", "line 2"),
              file_case("deep.jsonl", good + nested(100_000) + "\n", "JSONL nested 100k deep", "line 2"),
              file_case("arr.jsonl", "[1]\n", "JSONL non-object", "line 1"),
              file_case("sur.jsonl", good + json.dumps({"name": "x\ud800y"}) + "\n", "JSONL lone surrogate", "line 2"),
              file_case("nul.jsonl", good + json.dumps({"name": "x\x00y"}) + "\n", "JSONL NUL in a name", "line 2"),
              file_case("ctl.jsonl", json.dumps({"name": "x\x1b[31my"}) + "\n", "JSONL escape sequence", "line 1"),
              file_case("bom.jsonl", json.dumps({"name": "Mid\ufeffBom"}) + "\n", "JSONL BOM inside a name", "line 1"),
              file_case("dup.jsonl", good + json.dumps({"name": "Other"}) + "\n" + good, "JSONL duplicate id",
                        "also on line 1"),
              file_case("dup2.jsonl", good + json.dumps(dict(TARGET, description="changed")) + "\n",
                        "JSONL duplicate id, different fields", "line 2"),
              file_case("utf.jsonl", good.encode() + b'{"name": "caf\xe9"}\n', "JSONL invalid UTF-8", "line 2"),
              file_case("big.jsonl", good + '{"name": "Other", "id": ' + "8" * 5000 + "}\n",
                        "JSONL an integer of 5,000 digits", "5000 digits"),
              file_case("utf16.jsonl", good.encode("utf-16"), "UTF-16 file", "UTF-8"),
              file_case("u2028.jsonl", good + json.dumps({"name": "A\u2028B", "id": "x"}, ensure_ascii=False) + "\n"
                        + "{bad\n", "JSONL with U+2028 inside a string, bad line after", "line 3"),
              file_case("noname.csv", "id,description\nx,y\n", "CSV without a name column", "name"),
              file_case("huge.csv", "name,description\nA,\"" + "x" * 140_000 + "\"\n", "CSV field over 131072",
                        "line"),
              file_case("quote.csv", 'name,description\nA,"unclosed\n', "CSV unclosed quote", "line"),
              file_case("cells.csv", "name\nA,B\n", "CSV more cells than header", "line 2"),
              file_case("dup.csv", "id,name\nk1,Alpha\nk2,Beta\nk1,Gamma\n", "CSV duplicate id", "also on line 2"),
              file_case("bomname.csv", "\ufeffname\nAlpha\n\ufeffBeta\n", "CSV BOM inside a value", "line 3"),
              file_case("ctl.csv", "name\nAl\x07pha\n", "CSV control character", "line 2"),
              file_case("nul.csv", "name\nAl\x00pha\n", "CSV NUL", "line 2"),
              file_case("utf.csv", b"name\nAlpha\n\xff\xfe\n", "CSV invalid UTF-8", "line 3"),
              file_case("nul.txt", "Alpha\nBe\x00ta\n", "TXT NUL", "line 2"),
              file_case("bom.txt", "Alpha\nBe\ufeffta\n", "TXT BOM inside a name", "line 2"),
              file_case("ctl.txt", "Alpha\nBe\x08ta\n", "TXT backspace", "line 2"),
              file_case("dup.txt", "Alpha\nBeta\nAlpha\n", "TXT duplicate", "also on line 1"),
              file_case("empty.txt", "", "empty file", "no targets"),
              file_case("comments.txt", "# a\n# b\n", "only comments", "no targets"),
              file_case("long.txt", "A" * 5000 + "\n", "name too long", "line 1"),
              file_case("bin.txt", bytes(range(256)), "binary file", "UTF-8")]
    for field in LIST_FIELDS:
        for bad, what in BAD_TEXT:
            cases.append(file_case(f"{field}.jsonl", good + json.dumps({"name": "Other", field: ["ok", bad]}) + "\n",
                                   f"JSONL {what} in {field}", f"line 2: {field}[2]"))
        cases.append(file_case(f"{field}.csv", f"name,{field}\nOther,ok|a\x00b\n", f"CSV NUL in {field}",
                               f"line 2: {field}[2]"))
    cases += storage_cases()
    for ch, what in (("\x00", "NUL"), ("\x07", "bell"), ("\x1b", "escape"), ("\ufeff", "BOM"), ("\x85", "NEL"),
                     ("\udcff", "undecodable byte")):
        cases.append(cli(["targets", "add", "--name", f"Fuzz{ch}Person"], f"add: {what} in the name",
                         expect="name" if ch != "\udcff" else "UTF-8"))
        cases.append(cli(["targets", "add", "--name", "Fuzz Person", "--alias", f"F{ch}P"], f"add: {what} in an alias",
                         expect="alias" if ch != "\udcff" else "UTF-8"))
    for argv, why, expect in (
            (["targets", "add", "--name", "Fuzz Person", "--id", "bad id"], "add: bad id", "id"),
            (["targets", "add", "--name", "!!!"], "add: no letters", "name"),
            (["targets", "add", "--name", "x" * 5000], "add: long name", "longer"),
            (["targets", "update", "no-such-target", "--name", "X"], "update unknown", "no-such-target"),
            (["targets", "update", "stephen-king", "--name", "A\x1bB"], "update: escape in name", "control"),
            (["targets", "remove", "no-such-target"], "remove unknown", "no-such-target"),
            (["targets", "remove", "stephen-king", "no-such-target"], "remove one unknown", "no-such-target"),
            (["targets", "remove", "\udcff"], "remove undecodable id", "UTF-8"),
            (["targets", "export", "--out", "{dir}"], "export into a directory", "directory"),
            (["targets", "export", "--format", "xml"], "export unknown format", ""),
            (["targets", "import", "{dir}/x.jsonl", "--format", "yaml"], "import unknown format", ""),
            (["targets", "frobnicate"], "unknown action", ""),
            (["ask", "caf\udce9?"], "ask: undecodable question", "UTF-8"),
            (["ask", "Who?", "--response", "\udcff\udcfe"], "ask: undecodable response", "UTF-8"),
            (["ask", "nul\x00byte"], "ask: NUL", "NUL"),
            (["--home", "\udcff", "targets", "list"], "undecodable home", "UTF-8")):
        cases.append(cli(argv, why, expect=expect))
    return cases


def storage_cases() -> list[dict]:
    """A home that cannot serve: damaged database files (every command), a read-only folder, a full disk.
    `home` is {dir}/home; "registry" copies the test's registry there, "mount" makes it read-only ("ro") or
    puts it on a tmpfs with a few KB to spare ("full")."""
    home = ["--home", "{dir}/home"]
    commands = (["targets", "list"], ["targets", "add", "--name", "New Person"], ["targets", "remove", "stephen-king"],
                ["targets", "export"], ["ask", "Who wrote Carrie?", "--response", "Nobody."])
    garbage = {"home": {"kind": "dir"}, "home/targets.sqlite": {"bytes": b64(b"not a database " * 300)}}
    scribbled = {"home": {"kind": "registry"},
                 "home/targets.sqlite": {"kind": "scribble", "offset": 0, "bytes": b64(b"\x00" * 64)}}
    cases = [cli(home + argv, f"{name}: {' '.join(argv[:2])}", files, "damaged")
             for name, files in (("a file that is not SQLite", garbage), ("a wiped header", scribbled))
             for argv in commands]
    cases += [cli(home + argv, f"a read-only home: {' '.join(argv[:2])}",
                  {"home": {"kind": "registry"}}, "cannot be written") | {"mount": "ro"}
              for argv in commands[1:3]]
    many = "".join(json.dumps({"name": f"Filler Person{i} Quaxley", "description": "An invented stamp collector. " * 8})
                   + "\n" for i in range(400))
    cases.append(cli(home + ["targets", "import", "{dir}/many.jsonl"], "a full disk during an import",
                     {"home": {"kind": "registry"}, "many.jsonl": {"bytes": b64(many)}}, "disk is full")
                 | {"mount": "full"})
    return cases


def main() -> None:
    cases = v1_cases() + admin_cases() + cli_cases()
    with OUT.open("w", encoding="utf-8") as f:
        for case in cases:
            f.write(json.dumps(case) + "\n")
    counts = {s: sum(c["surface"] == s for c in cases) for s in ("v1", "admin", "cli")}
    print(f"{len(cases)} cases: {counts}")


if __name__ == "__main__":
    main()
