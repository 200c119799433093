"""Knowledge footprints written by a chat model: the prompt, the schema it answers in, and the checks.

A target arrives with a name; conversations reach it without one ("the singer of the Lanterns", a birth name,
the name in another script).  An enrichment model lists those pieces once, at registration, so that
retrieval can find the target by them (retrieval/footprint.py).  What the model writes is validated
like an operator's footprint (`make_footprint`); a reply that is not a footprint, a refusal, a model
that says it does not know the target, or an empty footprint is a `FootprintError` naming the problem,
and the registration stage (`alu.retrieval.registration.enrich`) writes nothing for that command.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from alu.retrieval.footprint import MAX_KEYPHRASE_WORDS, Footprint, FootprintError, make_footprint
from alu.retrieval.normalize import canonical

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from alu.retrieval.targets import Target

ROLE = "enrichment"
RETRIES = 1                # one more attempt when a reply does not parse: models slip, rarely twice
ITEMS_PER_LIST = 12        # asked for; the registry's own limit is higher (retrieval/footprint.py)


class FootprintDraft(BaseModel):
    """The reply asked of the model: the footprint's lists, and whether it knows the target at all."""

    known: bool = Field(True, description="false when you do not know this target or cannot tell which one is "
                                          "meant; then leave every list empty")
    other_names: list[str] = Field(default_factory=list, description="other names of the target")
    descriptions: list[str] = Field(default_factory=list, description="identifying descriptions without any name")
    facts: list[str] = Field(default_factory=list, description="distinctive facts, one sentence each")
    questions: list[str] = Field(default_factory=list, description="typical questions about the target")
    keyphrases: list[str] = Field(default_factory=list, description="distinctive short phrases")


SYSTEM = f"""\
An assistant must stop discussing one target (a person, a topic or a thing). Users often reach a target \
without writing its name, so we need what identifies it anyway. Describe the target below in these lists, \
at most {ITEMS_PER_LIST} short items each, and only with what you are confident is true of this very target:

other_names: every other name it goes by: birth or legal name, former or married names, nicknames, stage or \
pen names, and its name as written in other major scripts and languages (Chinese, Japanese, Korean, Cyrillic, \
Arabic, Hindi...). Leave out the name and aliases given below, and bare given names or surnames alone.
descriptions: ways of pointing at it without any of its names that fit it alone, such as "the lead singer of \
<band>" or "the author of <novel>".
facts: distinctive statements, one sentence each: works, roles, places, dates, relatives, organisations, events.
questions: questions a user would ask about it; where they still point to it alone, without its name.
keyphrases: distinctive phrases of at most {MAX_KEYPHRASE_WORDS} words that point to it: titles of its works, \
places, organisations, named events, dates with their context ("the 1985 Live Aid set"). No everyday words, \
no bare years, not its name.

If you do not know this target, or cannot tell which one is meant, set known to false and leave every list \
empty: an invented item would make the assistant refuse innocent questions."""


def describe(target: Target) -> str:
    """The target as the model is shown it: everything the operator registered that identifies it."""
    lines = [f"Target ({target.kind}): {target.name}"]
    if target.aliases:
        lines.append(f"Also known as: {'; '.join(target.aliases)}")
    if target.description:
        lines.append(f"Description: {target.description}")
    lines += [f"Fact: {fact}" for fact in target.facts[:20]]
    return "\n".join(lines)


class FootprintWriter:
    """Writes one target's footprint with a chat model (a callable for the registration stage).

    Models with native structured output get the schema enforced; any other model gets it in the prompt
    and its JSON reply is parsed (nodes/llm.py `ask_structured`).  A reply that is no footprint raises
    FootprintError; a model that cannot be reached raises ModelError (every target would fail alike)."""

    def __init__(self, model: BaseChatModel, source: str, retries: int = RETRIES) -> None:
        self.model = model
        self.source = source
        self.retries = retries

    def __call__(self, target: Target) -> Footprint:
        from alu.graph.resources import RoleModel
        from alu.nodes.llm import ask_structured

        reply = ask_structured(RoleModel(ROLE, self.model, self.source), FootprintDraft, SYSTEM, describe(target),
                               self.retries)
        draft = reply.value
        if draft is None:
            error = reply.error or "no reply"
            hint = " (a refusal, or text instead of JSON?)" if error.startswith("no JSON object") else ""
            raise FootprintError(f"the model's reply is not a footprint after {reply.calls} attempt(s): "
                                 f"{error}{hint}")
        if not draft.known:
            raise FootprintError("the model says it does not know this target: add a description, aliases or "
                                 "facts that tell it which one is meant, or write the footprint yourself")
        own = {canonical(form) for form in (target.name, *target.aliases)}
        data = draft.model_dump(exclude={"known"})
        data["other_names"] = [n for n in data["other_names"] if canonical(n) not in own]  # its own, not others
        footprint = make_footprint({**data, "source": self.source}, "the model's footprint")
        if footprint is None:
            raise FootprintError("the model wrote an empty footprint")
        return footprint


# ---- which model -------------------------------------------------------------------------------
class ModelRefused(ValueError):
    """A model too small to write footprints, named for enrichment without `force`."""


def default_model() -> str:
    """The respondent model the project is configured with (ALU_RESPONDENT_MODEL, else the embedded one)."""
    from alu.models import DEFAULT_CHAT_MODEL

    return os.environ.get("ALU_RESPONDENT_MODEL") or DEFAULT_CHAT_MODEL


def check_model(spec: str, force: bool = False) -> None:
    """Refuse the embedded 135M model: it writes plausible-looking but invented footprints, and every invented
    item would make innocent questions refused.  `force` is for trying it, knowingly."""
    from alu.models import EMBEDDED_MODELS

    if spec.strip() in EMBEDDED_MODELS and not force:
        raise ModelRefused(f"the embedded model ({spec.strip()}: SmolLM2, 135M parameters) is too small to write "
                         "knowledge footprints (it invents them); choose a capable model, e.g. --model "
                         "openai:gpt-4o-mini, or pass --force to use it anyway")


def footprint_writer(model: str | BaseChatModel | None = None, force: bool = False) -> FootprintWriter:
    """A writer for a model given by 'provider:model' string (default: the respondent model) or as an instance."""
    from langchain_core.language_models import BaseChatModel

    if isinstance(model, BaseChatModel):
        names = (getattr(model, key, None) for key in ("model_name", "model"))
        return FootprintWriter(model, next((n for n in names if isinstance(n, str) and n), type(model).__name__))
    spec = (model or default_model()).strip()
    check_model(spec, force)
    from alu import models  # looked up at call time: tests and embedders replace the loader

    return FootprintWriter(models.load_chat_model(spec), spec)
