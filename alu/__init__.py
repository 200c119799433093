"""ALU: agentic LLM unlearning at inference time, as a LangGraph graph."""

__version__ = "0.1.0"
