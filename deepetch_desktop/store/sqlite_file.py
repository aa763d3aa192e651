"""The SQLite file itself: created private, recognised as ours, watched for being replaced."""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from ..domain.errors import DatabaseRefused
from .revision import KNOWN_REVISIONS

PRIVATE_FILE = 0o600  # the company's data, IBAN included: its owner only
PRIVATE_FOLDER = 0o700
HEADER = b"SQLite format 3\x00"
# Tables only this application has: with an alembic_version of unknown revision they mean a
# newer version of this program, without them somebody else's Alembic database.
OUR_TABLES = frozenset({"basket", "ledger_entries", "effects", "invoice_counters"})


@dataclass(frozen=True)
class FileIdentity:
    """Where a file's bytes live: a replaced or deleted-and-recreated file gets another."""

    device: int
    inode: int


def identity(path: str | os.PathLike[str]) -> FileIdentity | None:
    """The identity of the file at `path` (symlinks followed), None when there is none."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return FileIdentity(st.st_dev, st.st_ino)


def make_private_folder(folder: Path) -> None:
    """Create `folder` 0700 (its missing parents as usual); an existing folder is left as is."""
    if folder.is_dir():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.mkdir(folder, PRIVATE_FOLDER)
    except FileExistsError:
        return
    os.chmod(folder, PRIVATE_FOLDER)  # the umask may have left less, never more, but be exact


def create_private_file(path: Path) -> bool:
    """Create `path` empty and 0600 unless it exists (SQLite gives its -wal and -shm the
    same mode); True when created here."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_NOFOLLOW, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def make_private(path: Path) -> None:
    """Take group and others' access away from a database an older version created 0644, and
    from its -wal and -shm; only files this user owns (someone else's are theirs to decide)."""
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            st = os.stat(file, follow_symlinks=False)
        except FileNotFoundError:
            continue
        # A symlink (a /dev/null put in its place, say) points at someone else's business.
        if stat.S_ISREG(st.st_mode) and st.st_uid == os.geteuid() and st.st_mode & 0o077:
            os.chmod(file, stat.S_IMODE(st.st_mode) & 0o700)


def read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A connection that cannot write a byte to `path`. `immutable`: nor create its -wal and
    -shm beside it (mode=ro alone makes them for a WAL database and leaves them there); SQLite
    then takes no lock and reads the main file alone, so it is only for a file nobody writes."""
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro{'&immutable=1' if immutable else ''}",
                           uri=True)


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}


def revision(conn: sqlite3.Connection) -> str | None:
    """This database's Alembic revision, None without one."""
    if "alembic_version" not in table_names(conn):
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def has_our_schema(conn: sqlite3.Connection) -> bool:
    """Whether the tables are this application's (at any revision, even a newer one)."""
    tables = table_names(conn)
    current = revision(conn)
    if current is None:
        return False
    return current in KNOWN_REVISIONS or OUR_TABLES <= tables


def is_sqlite_file(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == HEADER
    except OSError:
        return False


def probe(path: str, *, review: bool = False) -> None:
    """Refuse, without writing a byte to it, a file that is not a SQLite database, or one
    whose tables are another application's (an empty database is a new one of ours).
    `review` (opened read-only to look at it): nor creating -wal/-shm files beside it, and a
    file that is missing or empty is refused too, as is one whose -wal holds writes the main
    file lacks (a live database, or a copy made without its journal)."""
    p = Path(path)
    try:
        if "\x00" in path:
            raise ValueError("NUL in the file name")
        path.encode("utf-8")  # SQLite takes UTF-8 names: not undecodable command line bytes
        if p.is_dir():
            raise DatabaseRefused("is_a_directory", path)
        if not p.exists() or p.stat().st_size == 0:
            if review:
                raise DatabaseRefused("review_needs_file", path)
            return
        if review and _has_journal(p):
            raise DatabaseRefused("review_has_journal", path)
        with open(p, "rb") as fh:
            header = fh.read(16)
    except PermissionError:
        raise DatabaseRefused("no_access", path) from None
    except (OSError, ValueError):  # a name too long, a NUL or an undecodable byte in it...
        raise DatabaseRefused("bad_url", path) from None
    if header != HEADER:
        raise DatabaseRefused("not_a_database", path)
    try:
        conn = read_only(p, immutable=review)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
            foreign = bool(table_names(conn)) and not has_our_schema(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        refused = refusal(exc, path)
        raise (refused or DatabaseRefused("not_a_database", path)) from None
    if foreign:
        raise DatabaseRefused("foreign_database", path)


def _has_journal(path: Path) -> bool:
    """Whether a -wal file with something in it lies beside `path`."""
    try:
        return os.stat(f"{path}-wal").st_size > 0
    except FileNotFoundError:
        return False


def refusal(exc: BaseException, location: str) -> DatabaseRefused | None:
    """What a SQLite error says about the file, when it is not about the data: a full disk,
    a file or folder we may not write, a file gone. None for anything else."""
    orig = getattr(exc, "orig", exc)
    name = str(getattr(orig, "sqlite_errorname", ""))
    text = str(orig).lower()
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return DatabaseRefused("disk_full", location)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return DatabaseRefused("read_only", location)
    if name == "SQLITE_PERM" or isinstance(orig, PermissionError):
        return DatabaseRefused("read_only", location)
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return DatabaseRefused("disk_error", location)
    return None
