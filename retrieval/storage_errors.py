"""What a failed read or write of the home folder means, in words an operator can act on.

SQLite reports a full disk, a read-only folder and a damaged file through exception classes it
shares with programming errors, and its messages name neither the file nor the remedy.  These
helpers turn the storage failures into one line each (the CLI prints it and exits 2; a server
answers 507 or 503 with it) and leave every other error alone, so a real bug still shows its
traceback.
"""

from __future__ import annotations

import errno
import sqlite3
from typing import NamedTuple


class StorageProblem(NamedTuple):
    status: int      # the HTTP status a server answers with
    message: str


_FULL = ("database or disk is full", "disk is full")
_READ_ONLY = ("readonly database", "read-only", "unable to open database file")
_CORRUPT = ("file is not a database", "database disk image is malformed", "malformed database schema")


def storage_problem(exc: BaseException) -> StorageProblem | None:
    """The storage failure behind `exc` (its cause included), or None for any other error."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found = _one(current)
        if found:
            return found
        current = current.__cause__ or current.__context__
    return None


def _one(exc: BaseException) -> StorageProblem | None:
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return StorageProblem(507, f"the disk is full{where}; free space and try again (nothing was changed)")
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StorageProblem(503, f"the home folder cannot be written{where} (read-only or no permission); "
                                       "set ALU_HOME to a writable folder")
        return None
    if not isinstance(exc, sqlite3.Error):
        return None
    text = str(exc).lower()
    if any(s in text for s in _FULL):
        return StorageProblem(507, "the disk is full: the change was not stored; free space and try again")
    if any(s in text for s in _READ_ONLY):
        return StorageProblem(503, "the home folder or its database cannot be written (read-only or no "
                                   "permission); set ALU_HOME to a writable folder")
    if any(s in text for s in _CORRUPT):
        return StorageProblem(503, "a database file in the home folder is damaged (not a SQLite database, or "
                                   "corrupt); restore it from a backup or move it aside and import the targets "
                                   "again")
    return None
