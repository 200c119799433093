"""Fail closed on a lost registry: a home remembers the registry it last served.

An empty or younger registry where a fuller one was served before means the file was deleted,
truncated or replaced (or a PostgreSQL database was dropped or restored from an old backup).
Answering from it would let every registered target through, so the store refuses instead,
with an error that says what was found and what the operator can do.  The record is a small
JSON file beside the FAISS index: which registry (its random id, kept in the registry's meta
table), the newest version served and how many targets it held.  An index file saved from a
newer version than the registry's is evidence too, for a home written before the record existed.

`accept_registry` is the operator's explicit way out: it records the registry as it now is, so
the next start serves it (empty or not).
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alu.retrieval.registry import TargetRegistry

log = logging.getLogger(__name__)

RECORD_FILE = "registry-seen.json"
# what a home derives from the registry it serves (retrieval/index.py, retrieval/replica.py): dropped on accept
DERIVED_FILES = ("targets.faiss", "targets.json", "replica.json")
ACCEPT_COMMAND = "alu targets accept-registry"


class RegistryUnavailable(RuntimeError):
    """The registry cannot be trusted to be the one served before: queries are refused, not answered."""


@dataclass(frozen=True)
class Seen:
    registry_id: str
    version: int
    targets: int

    def describe(self) -> str:
        return f"version {self.version} with {self.targets} target{'s' if self.targets != 1 else ''}"


def new_registry_id() -> str:
    return uuid.uuid4().hex


def read_seen(home: Path) -> Seen | None:
    try:
        data = json.loads((home / RECORD_FILE).read_text())
        return Seen(str(data["registry_id"]), int(data["version"]), int(data["targets"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as e:
        # a damaged record is no proof that the registry is intact
        raise RegistryUnavailable(f"{home / RECORD_FILE} is unreadable ({e}); check the registry and run "
                                  f"`{ACCEPT_COMMAND}` to record it again") from e


def write_seen(home: Path, seen: Seen) -> None:
    """Atomically; each process writes through its own temporary file.  A home that cannot be written
    (read-only, full) keeps its older record: serving goes on, guarded by the record it has."""
    try:
        _write(home, seen)
    except OSError as e:
        log.warning("cannot record the registry served in %s: %s", home / RECORD_FILE, e)


def _write(home: Path, seen: Seen) -> None:
    path = home / RECORD_FILE
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"registry_id": seen.registry_id, "version": seen.version, "targets": seen.targets}))
    os.replace(tmp, path)


def index_version(home: Path, index_file: str = "targets.json") -> int | None:
    """The registry version the saved FAISS index was built from, if its header is readable."""
    try:
        return int(json.loads((home / index_file).read_text())["version"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def problem(where: str, before: Seen | None, now: Seen, index_built_from: int | None) -> str | None:
    """Why `now` must not be served after `before`; None if it may."""
    lost = (f"the target registry at {where} is at {now.describe()}, but this home last served "
            f"{before.describe() if before else f'an index built from version {index_built_from}'}")
    advice = (f"; refusing to answer unprotected. Restore the registry, or accept it as it is with "
              f"`{ACCEPT_COMMAND}` (then restart)")
    if before is None:
        if index_built_from is not None and index_built_from > now.version:
            return lost + ": it went backwards" + advice
        return None
    if before.registry_id != now.registry_id:
        return lost + ": it is another registry (deleted, truncated or replaced)" + advice
    if now.version < before.version:
        return lost + ": it went backwards" + advice
    return None


def accept_registry(home: Path, registry: TargetRegistry) -> Seen:
    """Record `registry` (a TargetRegistry) as it is now as the one `home` serves: the operator's explicit
    choice after a loss, an empty registry included.  A server must be restarted to serve it."""
    seen = Seen(registry.identity(create=True), registry.version(), registry.count())
    _write(home, seen)  # the operator must know if it was not recorded
    # the index and replica snapshot were built from the registry that was lost: the accepted one can reach
    # their version number again with other targets, and would then be served the lost one's tables
    for derived in DERIVED_FILES:
        (home / derived).unlink(missing_ok=True)
    return seen


def cut_short(path: Path | str, size: int) -> bool:
    """Whether a SQLite file of `size` bytes is shorter than its own header says (or has no header left).

    The header's page count is trusted only when SQLite marked it valid (bytes 92-95 equal the change
    counter at 24-27).  A checkpoint copying pages in can make this true for a moment, so a caller
    confirms with SQLite's own check before refusing."""
    if size < 100:
        return True
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError:
        return False  # gone or unreadable: the caller's other checks say which
    if len(header) < 100 or not header.startswith(b"SQLite format 3\0"):
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[92:96] == header[24:28] and pages > 0
    return valid and size < pages * page_size
