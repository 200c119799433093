"""The target index as a LangChain retriever (documents are target descriptions)."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever


class TargetRetriever(BaseRetriever):
    store: Any
    k: int = 4
    min_score: float = 0.0

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        hits = [h for h in self.store.semantic([query], self.k) if h.score >= self.min_score]
        docs = []
        for hit in hits:
            target = self.store.get(hit.target_id)
            if target is not None:
                docs.append(Document(page_content=target.embedding_text(), id=target.id,
                                     metadata={"target_id": target.id, "name": target.name,
                                               "aliases": list(target.aliases), "score": hit.score}))
        return docs
