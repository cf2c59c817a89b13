"""Backups, restores and health checks of a vault.

A backup is one tar file holding ``vault.db`` made by ``VACUUM INTO`` from the unlocked vault
(so it is encrypted with the same key and is a consistent snapshot, never a copy of the live
file), the keystore as it was at that moment (the key may be rotated later), and a small
manifest. Every part is ciphertext; the tar adds only file names that say nothing. Restoring
first unlocks the backup's own keystore with the given password and checks the database, and
only then moves the current vault aside into ``pre-restore-<time>/`` (nothing is deleted).
Wrong backup passwords meet the same back-off as at unlock
(:mod:`fieldapp.services.restore_attempts`).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from fieldapp.errors import FieldappError, UsageError
from fieldapp.paths import VaultPaths
from fieldapp.services.restore_attempts import RestoreAttempts
from fieldapp.services.salvage import readable_interviews
from fieldapp.services.session import Clock, Vault, open_from_key, unlock_vault
from fieldapp.vault import audit, permissions
from fieldapp.vault.audit import utc_now
from fieldapp.vault.database import Connection, DatabaseError, open_database
from fieldapp.vault.keystore import Keystore
from fieldapp.vault.migrations import schema_version

BACKUP_FORMAT = "fieldapp-backup-1"
_MEMBERS = ("manifest.json", "keystore.json", "vault.db")
_MAX_MEMBER_BYTES = 64 * 1024**3


class BackupError(FieldappError):
    """A backup file cannot be written or read."""


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup(vault: Vault, out: Path) -> Path:
    """Write an encrypted backup of ``vault`` to ``out`` (atomically; never overwrites)."""
    out = out.expanduser()
    if out.exists():
        raise UsageError(f"{out} exists already: choose a new file name")
    target_dir = out.parent if str(out.parent) else Path(".")
    if not target_dir.is_dir():
        raise UsageError(f"the folder {target_dir} does not exist")
    with tempfile.TemporaryDirectory(dir=target_dir, prefix=".fieldapp-backup-") as work:
        snapshot = Path(work) / "vault.db"
        vault.connection.execute("VACUUM INTO ?", (str(snapshot),))
        manifest = {
            "format": BACKUP_FORMAT,
            "vault_id": vault.keystore.vault_id,
            "schema": schema_version(vault.connection),
            "created_at": vault.clock().isoformat(timespec="seconds"),
        }
        partial = Path(work) / "backup.tar"
        with tarfile.open(partial, "w") as archive:
            _add_bytes(archive, "manifest.json", json.dumps(manifest).encode("utf-8"))
            _add_bytes(archive, "keystore.json", vault.paths.keystore.read_bytes())
            archive.add(snapshot, arcname="vault.db")
        os.chmod(partial, permissions.FILE_MODE)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, out)
    _fsync_dir(target_dir)
    vault.audit("backup_written", {"schema": manifest["schema"]})
    return out


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    archive.addfile(info, io.BytesIO(data))


def _extract_backup(source: Path, into: Path) -> dict[str, object]:
    try:
        with tarfile.open(source, "r:") as archive:
            members = {member.name: member for member in archive.getmembers()}
            if sorted(members) != sorted(_MEMBERS):
                raise BackupError(f"{source} is not a fieldapp backup")
            for name in _MEMBERS:
                member = members[name]
                if not member.isfile() or member.size > _MAX_MEMBER_BYTES:
                    raise BackupError(f"{source} is not a fieldapp backup")
                handle = archive.extractfile(member)
                if handle is None:
                    raise BackupError(f"{source} is not a fieldapp backup")
                with handle, open(into / name, "wb") as target:
                    shutil.copyfileobj(handle, target)
    except (tarfile.TarError, EOFError, OSError) as error:
        raise BackupError(f"{source} is damaged or not a fieldapp backup") from error
    try:
        manifest = json.loads((into / "manifest.json").read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise BackupError(f"{source} has a damaged manifest") from error
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
        raise BackupError(f"{source} is not a fieldapp backup of a format this program knows")
    return manifest


def restore(
    paths: VaultPaths, source: Path, *, user: str, password: str, clock: Clock = utc_now
) -> Path | None:
    """Restore ``source`` into ``paths``; returns where the previous vault was moved, if any."""
    if not source.is_file():
        raise UsageError(f"no backup file at {source}")
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=paths.data_dir, prefix=".restore-") as work:
        staging = VaultPaths(Path(work))
        _extract_backup(source, staging.data_dir)
        attempts = RestoreAttempts(paths.data_dir)
        attempts.carry_in(staging.keystore, user)
        staged_keystore = Keystore.load(staging.keystore)
        try:
            key = bytearray(staged_keystore.unlock(user, password, now=clock().timestamp()))
        finally:
            attempts.carry_out(staging.keystore, user)
        try:
            connection = open_database(staging.database, bytes(key))
            ok = connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            connection.close()
        finally:
            key[:] = bytes(len(key))
        if not ok:
            raise BackupError(f"{source} holds a damaged database: it was not restored")
        moved_to = _move_current_aside(paths, clock)
        for name in ("vault.db", "keystore.json"):
            os.replace(staging.data_dir / name, paths.data_dir / name)
        permissions.restrict(paths.data_dir)
        _fsync_dir(paths.data_dir)
    with unlock_vault(paths, user=user, password=password, clock=clock) as vault:
        vault.audit("backup_restored", {"moved_previous": moved_to is not None})
    return moved_to


def _move_current_aside(paths: VaultPaths, clock: Clock) -> Path | None:
    names = ["vault.db", "vault.db-wal", "vault.db-shm", "keystore.json", "keystore.json.bak",
             "keystore.json.next"]
    present = [name for name in names if (paths.data_dir / name).exists()]
    if not present:
        return None
    stamp = clock().strftime("%Y%m%dT%H%M%S")
    aside = paths.data_dir / f"pre-restore-{stamp}"
    aside.mkdir()
    for name in present:
        os.replace(paths.data_dir / name, aside / name)
    return aside


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def check_vault(vault: Vault) -> list[CheckResult]:
    """Integrity of the database pages, of the encryption (fresh connection), of the files'
    permissions and of the log; with damage, which pages and how many interviews still read.

    A damaged page makes every query that meets it fail with "database disk image is
    malformed"; each check catches that for itself, so one damaged page never stops the
    report, and the report says how to rescue what is readable (``fieldapp salvage``).
    """
    results: list[CheckResult] = []
    with _fresh(vault) as fresh:
        cipher = [str(row[0]) for row in fresh.execute("PRAGMA cipher_integrity_check")]
    damaged = sorted({int(number) for line in cipher for number in _PAGE_NUMBER.findall(line)})
    with _fresh(vault) as fresh:
        results.append(_structure(fresh))
    results.append(CheckResult(
        "encrypted pages", not cipher,
        "every page authenticates" if not cipher
        else f"{len(cipher)} pages fail authentication"
        + (f" (page {', '.join(map(str, damaged[:10]))})" if damaged else "")
        + ": restore a backup, or salvage what is readable",
    ))
    if cipher or not results[0].ok:
        with _fresh(vault) as fresh:
            results.append(_readable(fresh))
    loose = permissions.loose_permissions(vault.paths.data_dir)
    results.append(CheckResult(
        "file permissions", not loose,
        "readable by this account only" if not loose
        else "readable by others: " + ", ".join(sorted(loose)[:5])
        + ("…" if len(loose) > 5 else "") + " (unlocking again makes them private)",
    ))
    with _fresh(vault) as fresh:
        results.append(_audit_chain(fresh))
    vault.audit("check_run", {"ok": all(result.ok for result in results)})
    return results


_PAGE_NUMBER = re.compile(r"page (\d+)")


@contextlib.contextmanager
def _fresh(vault: Vault) -> Iterator[Connection]:
    """A connection of its own for each check: after SQLite meets a damaged page inside an
    integrity check, later queries on that same connection fail too."""
    connection = open_from_key(vault.paths, vault.key, read_only=bool(vault.read_only))
    try:
        yield connection
    finally:
        connection.close()


def _structure(connection: Connection) -> CheckResult:
    try:
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
    except DatabaseError:
        return CheckResult("database structure", False,
                           "damaged: the structure cannot be read past a damaged page")
    return CheckResult(
        "database structure", rows == ["ok"],
        "no problems found" if rows == ["ok"] else f"{len(rows)} problems: restore a backup",
    )


def _readable(connection: Connection) -> CheckResult:
    readable, unreadable = readable_interviews(connection)
    total = readable + len(unreadable)
    detail = f"{readable} of {total} interviews read whole"
    if unreadable:
        detail += (f"; damaged: {', '.join(unreadable[:10])}"
                   + ("…" if len(unreadable) > 10 else ""))
    detail += ". 'fieldapp salvage --out NEW_FOLDER' copies every readable one into a new vault"
    return CheckResult("readable interviews", not unreadable, detail)


def _audit_chain(connection: Connection) -> CheckResult:
    try:
        chain = audit.verify_chain(connection)
    except DatabaseError:
        return CheckResult("audit log", False, "damaged: part of the log is on a damaged page")
    return CheckResult(
        "audit log", chain.ok,
        f"{chain.entries} entries, chain intact" if chain.ok else "; ".join(chain.problems),
    )
