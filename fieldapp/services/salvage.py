"""Salvaging a damaged vault: every interview that can still be read, copied into a new vault.

A flipped bit on a disk makes one page fail SQLCipher's authentication, and any query that
touches that page fails with "database disk image is malformed". ``fieldapp check`` names the
damaged pages and the interviews still readable (:func:`readable_interviews`); :func:`salvage`
makes a new vault in another folder, with a new data key re-sealed to every account of the old
keystore (no password needed: the key of the unlocked vault proves the right to it), and copies
table by table through an attached database: whole tables where they read, in chunks of rows
where they do not, and row by row inside a chunk that fails, so one damaged page costs only
the rows on it. Rows that point at an interview that was lost are left out with it. The search
index is rebuilt from the copied rows. The damaged vault is left exactly as it was; the salvage
is recorded in the new vault's audit log.
"""

# Table names in the SQL below come from the new vault's own schema, never from input.
# ruff: noqa: S608

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from fieldapp.errors import UsageError
from fieldapp.paths import VaultPaths
from fieldapp.services.session import Vault, open_from_key
from fieldapp.vault import audit, permissions
from fieldapp.vault.database import Connection, DatabaseError, open_database
from fieldapp.vault.keystore import Keystore
from fieldapp.vault.migrations import migrate

CHUNK = 200
UNKNOWN = -1  # rows lost from a table whose rows cannot even be counted
# Rows that belong to an interview: copied only when their interview was.
_CHILDREN = {"answers", "interview_revisions", "referrals"}
# Rebuilt, not copied: the search index and its queue (SQLite's own tables are never copied).
_SKIPPED_PREFIXES = ("interviews_fts", "sqlite_")
_SKIPPED = {"search_queue"}


@dataclass
class SalvageReport:
    folder: Path
    copied: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)
    # Interviews not copied because part of them is on a damaged page (their references).
    left_behind: list[str] = field(default_factory=list)

    @property
    def interviews(self) -> int:
        return self.copied.get("interviews", 0)

    @property
    def complete(self) -> bool:
        return not self.lost and not self.left_behind


def readable_interviews(connection: Connection) -> tuple[int, list[str]]:
    """How many interviews read whole, and the references of those that do not (or ids,
    when even the reference is on a damaged page)."""
    whole, unreadable = _whole_interviews(connection)
    return len(whole), unreadable


def _whole_interviews(connection: Connection) -> tuple[list[int], list[str]]:
    try:
        ids = [int(row[0]) for row in connection.execute("SELECT id FROM interviews")]
    except DatabaseError:
        ids = _ids_by_probing(connection)
    whole: list[int] = []
    unreadable: list[str] = []
    for interview_id in ids:
        try:
            for table, column in (("interviews", "id"), ("answers", "interview_id"),
                                  ("interview_revisions", "interview_id")):
                connection.execute(f"SELECT * FROM {table} WHERE {column} = ?",
                                   (interview_id,)).fetchall()
        except DatabaseError:
            unreadable.append(_reference(connection, interview_id))
        else:
            whole.append(interview_id)
    return whole, unreadable


def _ids_by_probing(connection: Connection) -> list[int]:
    found: list[int] = []
    for interview_id in range(1, _max_rowid(connection, "interviews") + 1):
        try:
            if connection.execute("SELECT 1 FROM interviews WHERE id = ?",
                                  (interview_id,)).fetchone():
                found.append(interview_id)
        except DatabaseError:
            found.append(interview_id)
    return found


def _reference(connection: Connection, interview_id: int) -> str:
    try:
        row = connection.execute("SELECT reference FROM interviews WHERE id = ?",
                                 (interview_id,)).fetchone()
    except DatabaseError:
        row = None
    return str(row[0]) if row else f"interview #{interview_id}"


def salvage(vault: Vault, out: Path) -> SalvageReport:
    """Copy what can be read of ``vault`` into a new vault in ``out`` (a new or empty folder).

    Interviews are copied whole or not at all (with their answers and revisions), so the new
    vault never holds an interview with answers silently missing; those left behind are named
    in the report and stay in the damaged vault, which is kept.
    """
    vault.require_role("salvage the vault", "admin", "supervisor")
    out = out.expanduser()
    if out.exists() and any(out.iterdir()):
        raise UsageError(f"{out} is not empty: name a new folder for the salvaged vault")
    target = VaultPaths(out)
    new_key = bytearray(os.urandom(32))
    try:
        out.mkdir(parents=True, exist_ok=True)
        permissions.restrict(out)
        fresh = open_database(target.database, bytes(new_key), create=True)
        migrate(fresh)
        fresh.close()
        probe = open_from_key(vault.paths, vault.key)
        try:
            whole, left_behind = _whole_interviews(probe)
        finally:
            probe.close()
        report = SalvageReport(out, left_behind=left_behind)
        with _Copier(vault, target.database, bytes(new_key)) as copier:
            for name, without_rowid in copier.tables():
                copier.copy_table(name, without_rowid, whole, report)
        # Recorded in the new vault, the one that goes on: the damaged one is not written.
        rescued = open_database(target.database, bytes(new_key))
        try:
            audit.append(rescued, "vault_salvaged", vault.user,
                         {"interviews": report.interviews,
                          "left_behind": len(left_behind),
                          "tables_with_losses": sorted(report.lost)}, clock=vault.clock)
            rescued.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            rescued.close()
        keystore = Keystore.load(vault.paths.keystore)
        keystore.reseal_all(bytes(new_key), current_key=vault.key)
        keystore.save_as(target.keystore)
        permissions.restrict(out)
    finally:
        new_key[:] = bytes(len(new_key))
    return report


class _Copier:
    """The damaged vault with the new one attached as ``salvage``. After a statement meets
    the damaged page SQLite may refuse that connection's later statements, so every failed
    statement reopens it; each statement commits on its own for the same reason."""

    def __init__(self, vault: Vault, database: Path, key: bytes) -> None:
        self._vault = vault
        self._database = database
        self._key = bytearray(key)
        self._connection = self._open()

    def __enter__(self) -> _Copier:
        return self

    def __exit__(self, *exc: object) -> None:
        self._connection.close()
        self._key[:] = bytes(len(self._key))

    def _open(self) -> Connection:
        connection = open_from_key(self._vault.paths, self._vault.key)
        statement = bytearray(b"ATTACH DATABASE ? AS salvage KEY \"x'")
        statement += self._key.hex().encode("ascii") + b"'\""
        try:
            connection.execute(statement.decode("ascii"), (str(self._database),))
        finally:
            statement[:] = bytes(len(statement))
        return connection

    def run(self, sql: str, params: tuple[object, ...] = ()) -> bool:
        try:
            self._connection.execute(sql, params)
        except DatabaseError:
            self._connection.close()
            self._connection = self._open()
            return False
        return True

    def count(self, sql: str) -> int | None:
        try:
            return int(self._connection.execute(sql).fetchone()[0])
        except DatabaseError:
            self._connection.close()
            self._connection = self._open()
            return None

    def tables(self) -> list[tuple[str, bool]]:
        rows = self._connection.execute(
            "SELECT name, sql FROM salvage.sqlite_master WHERE type = 'table'"
            " ORDER BY name = 'interviews' DESC, rowid").fetchall()
        return [(str(name), "WITHOUT ROWID" in str(sql or "").upper()) for name, sql in rows
                if name not in _SKIPPED and not str(name).startswith(_SKIPPED_PREFIXES)]

    def copy_table(self, table: str, without_rowid: bool, whole: list[int],
                   report: SalvageReport) -> None:
        quoted = '"' + table.replace('"', '""') + '"'
        if table == "interviews":
            keep = " WHERE id IN (SELECT value FROM json_each(?))"
            params: tuple[object, ...] = (json.dumps(whole),)
        elif table in _CHILDREN:
            keep, params = " WHERE interview_id IN (SELECT id FROM salvage.interviews)", ()
        else:
            keep, params = "", ()
        self.run(f"DELETE FROM salvage.{quoted}")  # migrations may have seeded rows
        if table == "meta":
            keep = " WHERE key <> 'search_indexed_through'"  # the index is rebuilt
        if not self.run(f"INSERT INTO salvage.{quoted} SELECT * FROM main.{quoted}{keep}",
                        params):
            if table == "answers":
                for interview_id in whole:
                    self.run("INSERT INTO salvage.answers SELECT * FROM main.answers"
                             " WHERE interview_id = ?", (interview_id,))
            elif not without_rowid:
                self._copy_in_chunks(quoted, keep, params)
        copied = self.count(f"SELECT count(*) FROM salvage.{quoted}") or 0
        report.copied[table] = copied
        if table == "interviews":
            return  # those left behind are named one by one
        total = self.count(f"SELECT count(*) FROM main.{quoted}{keep}") if not params else None
        if total is None:
            if copied == 0 or table not in _CHILDREN:
                report.lost[table] = UNKNOWN  # even counting meets the damaged page
        elif total > copied:
            report.lost[table] = total - copied

    def _copy_in_chunks(self, quoted: str, keep: str, params: tuple[object, ...]) -> None:
        where = keep.replace(" WHERE ", " AND ") if keep else ""
        top = _max_rowid(self._connection, quoted)
        chunk = (f"INSERT INTO salvage.{quoted} SELECT * FROM main.{quoted}"
                 f" WHERE rowid BETWEEN ? AND ?{where}")
        for start in range(0, top + 1, CHUNK):
            if not self.run(chunk, (start, start + CHUNK - 1, *params)):
                for rowid in range(start, start + CHUNK):
                    self.run(chunk, (rowid, rowid, *params))


def _max_rowid(source: Connection, quoted: str) -> int:
    """The table's highest rowid; through its indexes when the table's own right edge is on
    the damaged page (an index holds every rowid too); 0 when nothing reads."""
    queries = [f"SELECT max(rowid) FROM {quoted}"]
    indexes = source.execute("SELECT name FROM pragma_index_list(?)",
                             (quoted.strip('"').replace('""', '"'),)).fetchall()
    queries += [f'SELECT max(rowid) FROM {quoted} INDEXED BY "{name}"' for (name,) in indexes
                if not str(name).startswith("sqlite_autoindex")]
    for query in queries:
        try:
            return int(source.execute(query).fetchone()[0] or 0)
        except DatabaseError:
            continue
    return 0
