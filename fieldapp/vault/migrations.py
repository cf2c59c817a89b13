"""Numbered, forward-only schema migrations of the vault database.

``PRAGMA user_version`` holds the number of the last migration applied. Each migration runs in
its own transaction together with the version bump, so a crash leaves the database at the
previous version, never half-way. A database newer than this program refuses to open (an old
laptop must not write into a schema it does not understand). Add a migration by appending to
``MIGRATIONS``; never edit one that has shipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldapp.vault.database import Connection, VaultDatabaseError


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "vault metadata and audit log",
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE audit_log (
            seq       INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            actor     TEXT NOT NULL,
            event     TEXT NOT NULL,
            details   TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash      TEXT NOT NULL
        );
        """,
    ),
    Migration(
        2,
        "forms, interviews, answers and revisions",
        """
        CREATE TABLE forms (
            form_id     TEXT NOT NULL,
            version     TEXT NOT NULL,
            title       TEXT NOT NULL,
            filename    TEXT NOT NULL,
            content     BLOB NOT NULL,
            sidecars    TEXT NOT NULL DEFAULT '{}',
            imported_at TEXT NOT NULL,
            PRIMARY KEY (form_id, version)
        );
        CREATE TABLE interviews (
            id           INTEGER PRIMARY KEY,
            uuid         TEXT NOT NULL UNIQUE,
            reference    TEXT NOT NULL UNIQUE,
            form_id      TEXT NOT NULL,
            form_version TEXT NOT NULL,
            language     TEXT NOT NULL,
            site         TEXT NOT NULL DEFAULT '',
            interviewer  TEXT NOT NULL,
            status       TEXT NOT NULL DEFAULT 'draft'
                         CHECK (status IN ('draft', 'finalised')),
            revision     INTEGER NOT NULL DEFAULT 0,
            position     TEXT NOT NULL DEFAULT '',
            result_level TEXT NOT NULL DEFAULT '',
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL,
            finalised_at TEXT
        );
        CREATE INDEX interviews_by_interviewer ON interviews (interviewer, created_at);
        CREATE INDEX interviews_by_created ON interviews (created_at);
        CREATE TABLE answers (
            interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
            path         TEXT NOT NULL,
            value        TEXT NOT NULL,
            updated_at   TEXT NOT NULL,
            PRIMARY KEY (interview_id, path)
        ) WITHOUT ROWID;
        CREATE TABLE interview_revisions (
            interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
            revision     INTEGER NOT NULL,
            content      TEXT NOT NULL,
            reason       TEXT NOT NULL DEFAULT '',
            author       TEXT NOT NULL,
            created_at   TEXT NOT NULL,
            PRIMARY KEY (interview_id, revision)
        ) WITHOUT ROWID;
        """,
    ),
)

LATEST_VERSION = MIGRATIONS[-1].number


class SchemaTooNew(VaultDatabaseError):
    def __init__(self, found: int) -> None:
        super().__init__(
            f"this vault was written by a newer fieldapp (schema {found}, this program knows "
            f"{LATEST_VERSION}): update fieldapp on this laptop"
        )


def schema_version(connection: Connection) -> int:
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(connection: Connection, *, target: int = LATEST_VERSION) -> list[int]:
    """Apply every migration above the current version up to ``target``; return their numbers."""
    current = schema_version(connection)
    if current > LATEST_VERSION:
        raise SchemaTooNew(current)
    applied: list[int] = []
    for migration in MIGRATIONS:
        if current < migration.number <= target:
            _apply(connection, migration)
            applied.append(migration.number)
    return applied


def _apply(connection: Connection, migration: Migration) -> None:
    statements = [part.strip() for part in migration.sql.split(";") if part.strip()]
    connection.execute("BEGIN IMMEDIATE")
    try:
        for statement in statements:
            connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {int(migration.number)}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
