"""The bundled MiniLM embedder gives the model's own vectors, however many texts a call carries."""

from __future__ import annotations

import numpy as np

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
