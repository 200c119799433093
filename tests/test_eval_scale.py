"""Scale bench on a small range: real registry and index, stub models with no delay."""

from __future__ import annotations

import json

import numpy as np

from alu.eval.scale import SYNTHETIC_PREFIX, SyntheticAwareEmbedder, run_scale, synthetic


def test_synthetic_embedder_is_deterministic_and_leaves_real_text_to_minilm(embedder):
    emb = SyntheticAwareEmbedder(embedder)
    text = synthetic(7)["name"] + ": x"
    a, b = emb.embed([text, "Stephen King"]), emb.embed([text])
    assert text.startswith(SYNTHETIC_PREFIX)
    assert np.allclose(a[0], b[0]) and np.isclose(np.linalg.norm(a[0]), 1.0)
    assert np.allclose(a[1], embedder.embed(["Stephen King"])[0], atol=1e-5)


def test_scale_small_range(tmp_path, embedder):
    result = run_scale(tmp_path, [3, 60], stub_latency_ms=0, embedder=embedder, repeats=1, embedded=False)
    rows = {r["size"]: r for r in result["rows"]}
    assert set(rows) == {3, 60}
    for size, row in rows.items():
        for method in ("alu", "alu-paper"):
            m = row["methods"][method]
            assert m["guard_leak"]["decision"] != "untouched", (size, method)  # Stephen King is a real target
            assert "error" not in m["stub_e2e_leak"]
    paper = [rows[s]["methods"]["alu-paper"]["stub_e2e_leak"]["prompt_chars_max"] for s in (3, 60)]
    ours = [rows[s]["methods"]["alu"]["stub_e2e_leak"]["prompt_chars_max"] for s in (3, 60)]
    assert paper[1] > 5 * paper[0]  # the published method lists every target in its prompts
    assert ours[1] == ours[0]         # ours sends only retrieved candidates: prompt size is constant
    assert rows[60]["import_new"] == 57
    for name in ("scale.json", "scale.md", "scale.png"):
        assert (tmp_path / name).is_file()
    # resumable: a second run with one more size only adds that size
    again = run_scale(tmp_path, [3, 60, 80], stub_latency_ms=0, embedder=embedder, repeats=1, embedded=False)
    assert [r["size"] for r in again["rows"]] == [3, 60, 80]
    assert again["rows"][0] == json.loads(json.dumps(result["rows"][0]))
