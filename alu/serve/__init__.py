"""Serving adapters: LangGraph Server auth and routes, the LangChain drop-in, the OpenAI-compatible endpoint."""
