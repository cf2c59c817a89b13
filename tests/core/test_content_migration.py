"""The first admin unlock seals a laptop's clear interview content per officer, crash-safe.

A vault written by an older release holds answers and revisions in clear under the shared data
key (tests.core.legacy_vault). The migration is stopped at each of its steps in turn (inside
an officer's transaction, after it committed, after the vault is marked sealed) and killed at
random moments in a child process; afterwards every interview reads back for its officer, no
clear value is left once an admin unlock completed, and the other interviewer cannot read it.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fieldapp.paths import VaultPaths
from fieldapp.services import caselist
from fieldapp.services.caselist import CaseQuery
from fieldapp.services.session import unlock_vault
from fieldapp.vault import casework, content_access, revisions
from fieldapp.vault.content_migration import SEALED_KEY, content_sealed, fully_sealed
from fieldapp.vault.content_seal import ContentSealed, is_sealed
from tests.core.legacy_vault import (
    ADMIN,
    ADMIN_PASSWORD,
    LEGACY_NOTE,
    OFFICER,
    OFFICER_PASSWORD,
    interview_names,
    make_legacy_vault,
    names_of,
)
from tests.core.vault_pages import decrypted_pages, decrypted_wal

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("migrate_child.py")


class Killed(BaseException):
    """Stands for the process dying: nothing in the program catches it."""


@pytest.fixture(scope="module")
def legacy(tmp_path_factory: pytest.TempPathFactory) -> VaultPaths:
    return make_legacy_vault(tmp_path_factory.mktemp("legacy") / "vault")


def _copy(legacy: VaultPaths, target: Path) -> VaultPaths:
    shutil.copytree(legacy.data_dir, target)
    return VaultPaths(target)


def _stored_values(paths: VaultPaths) -> list[Any]:
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        rows = officer.connection.execute(
            "SELECT value FROM answers UNION ALL SELECT content FROM interview_revisions"
            " UNION ALL SELECT reason FROM interview_revisions WHERE reason != ''"
            " UNION ALL SELECT revision_reason FROM interviews WHERE revision_reason != ''")
        values = [row[0] for row in rows]
        assert len(values) == 12 + 5 + 2, "not the rows the legacy vault was made with"
        return values


def _assert_readable(paths: VaultPaths) -> None:
    """Every interview reads back for its own officer (whatever step the migration reached)."""
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        assert interview_names(officer.connection, OFFICER) == names_of(OFFICER)
        assert [r.reason for r in revisions.list_revisions(officer.connection, 1)] == [
            "", "fictional reason 0"]
        assert [n.text for n in casework.notes(officer.connection, 1)] == [LEGACY_NOTE]
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert interview_names(admin.connection, ADMIN) == names_of(ADMIN)
        assert content_sealed(admin.connection)
        assert revisions.pending_reason(admin.connection, 4) == "fictional reason 3"
    assert all(is_sealed(value) for value in _stored_values(paths))
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        assert caselist.count_cases(officer.connection, CaseQuery(
            text="legacyperson", interviewer=OFFICER)) == len(names_of(OFFICER))
        admins = officer.connection.execute(
            "SELECT id FROM interviews WHERE interviewer = ?", (ADMIN,)).fetchall()
        for (interview_id,) in admins:
            with pytest.raises(ContentSealed):
                interview_names_of_one(officer.connection, interview_id)


def interview_names_of_one(connection: Any, interview_id: int) -> None:
    from fieldapp.vault import interviews

    interviews.load_answers(connection, interview_id)


def _stopping_at(count: int, seen: list[str]) -> Callable[..., Any]:
    real = content_access.seal_existing

    def seal_existing(*args: Any, **kwargs: Any) -> Any:
        def step(name: str) -> None:
            seen.append(name)
            if len(seen) == count:
                raise Killed(name)
        kwargs["step"] = step
        return real(*args, **kwargs)
    return seal_existing


def test_before_the_admin_unlocks_content_stays_clear_and_readable(
        legacy: VaultPaths, tmp_path: Path) -> None:
    paths = _copy(legacy, tmp_path / "vault")
    values = _stored_values(paths)
    assert values and not any(is_sealed(value) for value in values)
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        assert interview_names(officer.connection) == names_of(OFFICER) | names_of(ADMIN)


def test_stopping_the_content_migration_at_every_step(legacy: VaultPaths, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    steps: list[str] = []
    for stop_at in range(1, 20):
        paths = _copy(legacy, tmp_path / str(stop_at))
        seen: list[str] = []
        with monkeypatch.context() as patch:
            patch.setattr(content_access, "seal_existing", _stopping_at(stop_at, seen))
            try:
                unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD).lock()
            except Killed:
                pass
            else:
                break
        steps.append(seen[-1])
        # An officer unlocking between the crash and the next admin unlock still reads hers.
        with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
            assert interview_names(officer.connection, OFFICER) == names_of(OFFICER)
        _assert_readable(paths)
    else:
        pytest.fail("the migration never ran to its end")
    assert steps == ["officer 1", "officer 1 committed", "officer 2", "officer 2 committed",
                     "marked"]


def _start_child(paths: VaultPaths) -> subprocess.Popen[str]:
    env = {**os.environ, "MIGRATE_TEST_PASSWORD": ADMIN_PASSWORD, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(paths.data_dir), ADMIN],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


def _sealed_yet(paths: VaultPaths) -> bool:
    """Whether the killed unlock got as far as marking the content sealed (an officer's
    unlock reads that without migrating anything)."""
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        return content_sealed(officer.connection)


def test_sigkill_during_the_content_migration_keeps_every_interview(
        legacy: VaultPaths, tmp_path: Path) -> None:
    timing = _start_child(_copy(legacy, tmp_path / "timing"))
    started = time.perf_counter()
    assert timing.stdout is not None and timing.stdout.readline().strip() == "migrated"
    window = time.perf_counter() - started
    timing.kill()
    timing.wait()
    timing.stdout.close()
    rng = random.Random(1014)
    outcomes: list[bool] = []
    reach = 1.2 * window
    # Kills before and after the content was marked sealed, ten at least: the reach shrinks
    # after a kill too late and grows after one too early (as in test_account_migration).
    while len(outcomes) < 10 or len(set(outcomes)) < 2:
        assert len(outcomes) < 40, f"kills never covered both sides: {outcomes}"
        paths = _copy(legacy, tmp_path / str(len(outcomes)))
        child = _start_child(paths)
        time.sleep(rng.uniform(0.0, reach))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.stdout is not None
        child.stdout.close()
        outcomes.append(_sealed_yet(paths))
        reach *= 0.7 if outcomes[-1] else 1.3
        _assert_readable(paths)


def _clear_person_traces(paths: VaultPaths) -> dict[str, Any]:
    """What the file still holds of the people in clear: names, facts, indexed words."""
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        connection = officer.connection
        found = {
            "names": connection.execute(
                "SELECT count(*) FROM interviews WHERE typeof(person_label) = 'text'"
                " AND person_label != ''").fetchone()[0],
            "facts": connection.execute(
                "SELECT count(*) FROM interviews WHERE is_child IS NOT NULL"
                " OR citizenship != ''").fetchone()[0],
            "choices": connection.execute(
                "SELECT count(*) FROM interview_choice_facts").fetchone()[0],
            "notes": connection.execute(
                "SELECT count(*) FROM case_notes WHERE typeof(text) = 'text'").fetchone()[0],
        }
        data_key = officer.key
    pages = decrypted_pages(paths.database, data_key) + decrypted_wal(
        paths.database.with_name("vault.db-wal"), data_key)
    found["indexed"] = pages.count(b"legacyperson")
    return found


def test_names_and_facts_are_sealed_or_dropped_and_the_index_forgets_them(
        legacy: VaultPaths, tmp_path: Path) -> None:
    paths = _copy(legacy, tmp_path / "vault")
    before = _clear_person_traces(paths)
    assert (before["names"], before["facts"], before["choices"], before["notes"]) == (
        12, 12, 3, 1)
    assert before["indexed"] > 0
    unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD).lock()
    assert _clear_person_traces(paths) == {"names": 0, "facts": 0, "choices": 0,
                                            "notes": 0, "indexed": 0}
    _assert_readable(paths)  # its searches rebuilt the index: still without a name
    assert _clear_person_traces(paths)["indexed"] == 0


def test_a_vault_sealed_by_the_first_release_of_officer_keys_is_brought_up(
        legacy: VaultPaths, tmp_path: Path) -> None:
    """Mark "1": answers and revisions sealed, names and facts still clear and indexed."""
    paths = _copy(legacy, tmp_path / "vault")
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        connection = admin.connection
        for interview_id, in connection.execute("SELECT id FROM interviews").fetchall():
            connection.execute("UPDATE interviews SET person_label = ?, is_child = 0"
                               " WHERE id = ?", (f"Legacyperson {interview_id}", interview_id))
        caselist.queue_for_search(connection, range(1, 13))
        caselist.refresh_search_index(connection)
        connection.execute("UPDATE meta SET value = '1' WHERE key = ?", (SEALED_KEY,))
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        assert content_sealed(officer.connection) and not fully_sealed(officer.connection)
    assert _clear_person_traces(paths)["names"] == 12
    unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD).lock()
    assert _clear_person_traces(paths) == {"names": 0, "facts": 0, "choices": 0,
                                            "notes": 0, "indexed": 0}
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        assert fully_sealed(officer.connection)
        assert caselist.count_cases(officer.connection, CaseQuery(
            text="legacyperson", interviewer=OFFICER)) == len(names_of(OFFICER))
