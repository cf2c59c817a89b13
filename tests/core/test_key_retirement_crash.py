"""A crash while an account is removed never leaves an interview unreadable.

The removal of supervisor Sara is stopped inside the retirement's transaction, and killed
(SIGKILL) at random moments in a child process (before the keystore is saved, during the data
key's rotation, during or after the retirement). Afterwards Ines and Omar read their own
interviews, Yusuf (the other supervisor) and the recovery identity read every one; and once
the admin has unlocked again, Sara's kept slot opens nothing Ines writes next.
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
from fieldapp.services import accounts
from fieldapp.services.session import unlock_vault
from fieldapp.vault import content_retirement
from fieldapp.vault.content_seal import ContentSealed, Keyring
from fieldapp.vault.database import open_database
from fieldapp.vault.keystore import Keystore
from tests.core.officer_laptop import (
    AFTER,
    BEFORE,
    CHIEF,
    CHIEF_PW,
    INES,
    INES_PW,
    OMAR,
    OMAR_PW,
    SARA,
    SARA_PW,
    YUSUF,
    YUSUF_PW,
    identity_of,
    keys_opened_by,
    live_data_key,
    make_laptop,
    names_read_by,
    names_read_by_recovery,
    sealed_values,
    write_interview,
)

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("retire_child.py")


class Killed(BaseException):
    """Stands for the process dying: nothing in the program catches it."""


@pytest.fixture(scope="module")
def laptop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[int, str]]:
    """A laptop where Ines, Omar and Sara each wrote an interview; Sara's slot kept aside."""
    root = tmp_path_factory.mktemp("laptop")
    paths, _identity_file = make_laptop(root)
    written = {}
    for user, password in ((INES, INES_PW), (OMAR, OMAR_PW), (SARA, SARA_PW)):
        with unlock_vault(paths, user=user, password=password) as officer:
            written[write_interview(officer, f"{BEFORE} by {user}")] = f"{BEFORE} by {user}"
    shutil.copy2(paths.keystore, root / "sara-kept.json")
    return root, written


def _copy(laptop: tuple[Path, dict[int, str]], target: Path) -> tuple[VaultPaths, Path]:
    shutil.copytree(laptop[0], target)
    return VaultPaths(target / "vault"), target / "supervisor.age"


def _removed(paths: VaultPaths) -> bool:
    return SARA not in {info.user for info in Keystore.load(paths.keystore).users()}


def _assert_every_interview_readable(paths: VaultPaths, identity_file: Path,
                                     written: dict[int, str]) -> None:
    by_officer = {officer: {k: v for k, v in written.items() if v.endswith(f"by {officer}")}
                  for officer in (INES, OMAR, SARA)}
    assert names_read_by(paths, INES, INES_PW) == by_officer[INES]
    assert names_read_by(paths, OMAR, OMAR_PW) == by_officer[OMAR]
    assert names_read_by(paths, YUSUF, YUSUF_PW) == written
    if not _removed(paths):
        assert names_read_by(paths, SARA, SARA_PW) == written
    assert names_read_by_recovery(paths, identity_file, paths.data_dir.parent) == written


def _assert_closed_to_the_kept_slot(paths: VaultPaths, kept: Path) -> None:
    """After the admin's next unlock, what Ines writes opens with no key Sara's kept slot
    unwraps from the live file."""
    unlock_vault(paths, user=CHIEF, password=CHIEF_PW).lock()
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        later = write_interview(ines, AFTER)
    if not _removed(paths):
        return  # killed before the keystore was saved: Sara is still an account
    stolen = Keyring()
    data_key = live_data_key(paths)
    keys_opened_by(paths.database, data_key, identity_of(kept, SARA, SARA_PW), stolen)
    raw = open_database(paths.database, data_key)
    try:
        for purpose, value in sealed_values(raw, later):
            with pytest.raises(ContentSealed):
                stolen.open(value, purpose)
    finally:
        raw.close()


def _stopping_inside(real: Callable[..., Any]) -> Callable[..., Any]:
    def retire_unreachable(*args: Any, **kwargs: Any) -> Any:
        def step(name: str) -> None:
            raise Killed(name)
        kwargs["step"] = step
        return real(*args, **kwargs)
    return retire_unreachable


def test_stopping_inside_the_retirement_keeps_every_interview(
        laptop: tuple[Path, dict[int, str]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    paths, identity_file = _copy(laptop, tmp_path / "laptop")
    with monkeypatch.context() as patch:
        patch.setattr(content_retirement, "retire_unreachable",
                      _stopping_inside(content_retirement.retire_unreachable))
        chief = unlock_vault(paths, user=CHIEF, password=CHIEF_PW)
        try:
            with pytest.raises(Killed):
                accounts.remove_user(chief, SARA)
        finally:
            chief.lock()
    assert _removed(paths)
    raw = open_database(paths.database, live_data_key(paths))
    try:  # rolled back: nothing retired yet, Sara's grants still there
        assert raw.execute("SELECT count(*) FROM content_keys WHERE retired_at IS NOT NULL"
                           ).fetchone() == (0,)
    finally:
        raw.close()
    _assert_every_interview_readable(paths, identity_file, laptop[1])
    _assert_closed_to_the_kept_slot(paths, paths.data_dir.parent / "sara-kept.json")


def _start_child(paths: VaultPaths) -> subprocess.Popen[str]:
    env = {**os.environ, "RETIRE_TEST_PASSWORD": CHIEF_PW, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(paths.data_dir), CHIEF, SARA],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


def _retired_yet(paths: VaultPaths) -> bool:
    raw = open_database(paths.database, live_data_key(paths))
    try:
        return bool(raw.execute("SELECT count(*) FROM content_keys WHERE retired_at IS NOT NULL"
                                ).fetchone()[0])
    finally:
        raw.close()


def test_sigkill_during_a_removal_keeps_every_interview(
        laptop: tuple[Path, dict[int, str]], tmp_path: Path) -> None:
    timing_paths, _identity = _copy(laptop, tmp_path / "timing")
    timing = _start_child(timing_paths)
    started = time.perf_counter()
    assert timing.stdout is not None and timing.stdout.readline().strip() == "removed"
    window = time.perf_counter() - started
    timing.kill()
    timing.wait()
    timing.stdout.close()
    rng = random.Random(1114)
    outcomes: list[bool] = []
    reach = 1.2 * window
    # Kills before and after the retirement committed, ten at least: the reach shrinks after
    # a kill too late and grows after one too early (as in test_content_migration).
    while len(outcomes) < 10 or len(set(outcomes)) < 2:
        assert len(outcomes) < 40, f"kills never covered both sides: {outcomes}"
        paths, identity_file = _copy(laptop, tmp_path / str(len(outcomes)))
        child = _start_child(paths)
        time.sleep(rng.uniform(0.0, reach))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.stdout is not None
        child.stdout.close()
        outcomes.append(_retired_yet(paths))
        reach *= 0.7 if outcomes[-1] else 1.3
        _assert_every_interview_readable(paths, identity_file, laptop[1])
        _assert_closed_to_the_kept_slot(paths, paths.data_dir.parent / "sara-kept.json")
