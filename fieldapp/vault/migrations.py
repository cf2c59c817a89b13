"""Numbered, forward-only schema migrations of the vault database.

``PRAGMA user_version`` holds the number of the last migration applied. Each migration runs in
its own transaction together with the version bump, so a crash leaves the database at the
previous version, never half-way. A database newer than this program refuses to open (an old
laptop must not write into a schema it does not understand). The steps themselves are the
schema's history, in :mod:`fieldapp.vault.schema_history`.
"""

from __future__ import annotations

from fieldapp.vault.database import Connection, VaultDatabaseError, rollback_if_open
from fieldapp.vault.schema_history import MIGRATIONS, Migration

__all__ = ["LATEST_VERSION", "MIGRATIONS", "Migration", "SchemaTooNew", "migrate",
           "schema_version"]


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
        rollback_if_open(connection)
        raise
