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
