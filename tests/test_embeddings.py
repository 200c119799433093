"""The bundled MiniLM embedder gives the model's own vectors, however many texts a call carries."""

from __future__ import annotations

import numpy as np
import pytest

TEXTS = ["Who wrote Carrie?", "Water boils at 100 degrees Celsius at sea level.", "x", "台北出生的作家",
         "Hsiao Yun-Hwa, a Taiwanese author, was born in Taipei in 1991 and writes about the sea. " * 20]


def test_vectors_are_those_of_sentence_transformers_encode(embedder):
    # one batch (a query's probes, or a few queries coalesced) and, past the batch size, encode's own batching
    for texts in (TEXTS[:1], TEXTS[:3], TEXTS, TEXTS * 14):
        ours = embedder.embed(texts)
        reference = embedder._model.encode(texts, normalize_embeddings=True, convert_to_numpy=True,
                                           show_progress_bar=False)
        assert ours.shape == (len(texts), embedder.dim) and ours.dtype == np.float32
        assert np.abs(ours - reference).max() < 1e-5
        assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_length_groups_cut_only_where_padding_outweighs_a_pass():
    from alu.retrieval.embeddings import length_groups

    assert length_groups([]) == []
    assert length_groups([12, 14, 13, 15]) == [[0, 2, 1, 3]]  # similar lengths: one pass
    short_and_long = [10, 200, 11, 12, 190, 10]
    groups = length_groups(short_and_long, pass_cost=48)
    assert groups == [[0, 5, 2, 3], [4, 1]]
    # every text once; a cut never pays more than it saves
    assert sorted(i for g in groups for i in g) == list(range(len(short_and_long)))
    assert length_groups(short_and_long, pass_cost=10_000) == [[0, 5, 2, 3, 4, 1]]


def test_onnx_runtime_gives_the_torch_vectors(embedder):
    """The ONNX Runtime graph (the default runtime) against the model's torch modules, on a few hundred
    texts: one word to past the model's 256-token limit, ASCII and not, batched as a server coalesces them."""
    import random

    import pytest

    pytest.importorskip("onnxruntime")
    assert embedder.runtime == "onnx"
    words = ("water boils at one hundred degrees Celsius Zürich naïve café 台北出生的作家 Ελλάδα Москва — "
             "Hsiao Yun-Hwa wrote about the sea in 1991 !? don't").split()
    rng = random.Random(7)
    texts = [" ".join(rng.choice(words) for _ in range(rng.choice([1, 2, 5, 12, 30, 80, 200, 400])))
             for _ in range(300)]
    session = embedder._session
    try:
        embedder._session = None  # the torch path
        torch_vectors = np.concatenate([embedder._one_batch(texts[i:i + 20]).numpy() for i in range(0, 300, 20)])
    finally:
        embedder._session = session
    onnx_vectors = np.concatenate([embedder._one_batch(texts[i:i + 20]).numpy() for i in range(0, 300, 20)])
    assert np.abs((torch_vectors * onnx_vectors).sum(axis=1) - 1).max() <= 1e-5
    lengths = embedder._model.preprocess(texts)["attention_mask"].sum(dim=1)
    assert int(lengths.max()) == embedder._model.max_seq_length and int(lengths.min()) <= 4


def test_runtime_falls_back_to_torch_when_onnx_cannot_load(monkeypatch, caplog):
    import alu.retrieval.embeddings as embeddings

    def broken(model):
        raise ImportError("No module named 'onnxruntime'")

    monkeypatch.setattr(embeddings, "onnx_session", broken)
    with caplog.at_level("WARNING"):
        fallback = embeddings.MiniLMEmbedder()
    assert fallback.runtime == "torch" and "ONNX Runtime unavailable" in caplog.text
    reference = fallback._model.encode(TEXTS, normalize_embeddings=True, convert_to_numpy=True,
                                       show_progress_bar=False)
    assert np.abs(fallback.embed(TEXTS) - reference).max() < 1e-5
    monkeypatch.setenv("ALU_EMBED_RUNTIME", "torch")
    monkeypatch.setattr(embeddings, "onnx_session", lambda model: 1 / 0)  # never called when torch is asked
    assert embeddings.MiniLMEmbedder().runtime == "torch"


def test_default_precision_does_not_depend_on_the_cpu(monkeypatch):
    """float32 (ONNX Runtime where it loads) whether or not the CPU has AVX512-BF16: the registry's
    vectors and the thresholds calibrated on them must be the same on every machine."""
    import alu.retrieval.embeddings as embeddings

    monkeypatch.delenv("ALU_EMBED_DTYPE", raising=False)
    for has_bf16 in (True, False):
        monkeypatch.setattr(embeddings, "cpu_has_bf16", lambda has_bf16=has_bf16: has_bf16)
        chosen = embeddings.MiniLMEmbedder()
        assert (chosen.dtype, chosen.name) == ("float32", "minilm")


def test_bfloat16_is_a_different_embedder_and_the_registry_re_embeds(monkeypatch, tmp_path, caplog):
    """Forced on any CPU (torch emulates bfloat16 where the instruction is missing): close vectors, but
    a name of its own, so a registry written with one precision is re-embedded when opened with the other."""
    import alu.retrieval.embeddings as embeddings
    from alu.retrieval.store import TargetStore

    monkeypatch.setenv("ALU_EMBED_DTYPE", "bfloat16")
    bf16 = embeddings.MiniLMEmbedder()
    assert (bf16.dtype, bf16.name, bf16.runtime) == ("bfloat16", "minilm-bf16", "torch")
    monkeypatch.setenv("ALU_EMBED_DTYPE", "float32")
    fp32 = embeddings.MiniLMEmbedder()
    low, full = bf16.embed(TEXTS), fp32.embed(TEXTS)
    assert low.dtype == np.float32
    cosines = (low * full).sum(axis=1)
    assert cosines.min() > 0.98 and np.abs(low - full).max() > 1e-5  # close, yet not the same vectors

    TargetStore(tmp_path, bf16).add([{"id": "t1", "name": "Hsiao Yun-Hwa", "facts": ["born in Taipei"]}])
    with caplog.at_level("WARNING"):
        reopened = TargetStore(tmp_path, fp32)
    assert "re-embedding with minilm/384" in caplog.text
    assert reopened.registry.meta("embedder") == "minilm/384"
    monkeypatch.setenv("ALU_EMBED_DTYPE", "float16")
    with pytest.raises(ValueError, match="ALU_EMBED_DTYPE='float16'"):
        embeddings.MiniLMEmbedder()
