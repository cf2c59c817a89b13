"""One flipped bit in vault.db: check names the damaged page and what is still readable, and
salvage copies every readable interview into a new vault. The damaged vault is left as it was."""

from __future__ import annotations

from pathlib import Path

from fieldapp.paths import VaultPaths
from fieldapp.services import maintenance
from fieldapp.services.salvage import readable_interviews, salvage
from fieldapp.services.session import Vault, unlock_vault
from fieldapp.vault import interviews
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.core.disk_faults import run_cli
from tests.core.vault_pages import PAGE, decrypted_pages

COUNT = 60
PAD = "x" * 400  # a few interviews per page, so one page holds only some of them


def _fill(vault: Vault) -> dict[str, str]:
    names: dict[str, str] = {}
    for index in range(COUNT):
        record = interviews.create_interview(
            vault.connection, form_id="rapid_screening", form_version="1", language="en",
            interviewer=vault.user,
        )
        name = f"Fictional Person {index:03}"
        interviews.save_answers(vault.connection, record.id,
                                [("/data/name", name), ("/data/notes", PAD)])
        names[record.reference] = name
    return names


def _page_holding(pages: bytes, marker: bytes) -> int:
    """The 1-based number of the page holding ``marker`` in ``decrypted_pages`` output."""
    # decrypted_pages drops each page's reserve: map the marker's offset back to its page.
    usable = PAGE - 80
    first_usable = usable - 16
    assert pages.count(marker) == 1, "the marker must name one place"
    offset = pages.index(marker)
    return 1 if offset < first_usable else 2 + (offset - first_usable) // usable


def _flip_a_bit_in_page(paths: VaultPaths, page: int) -> None:
    raw = bytearray(paths.database.read_bytes())
    raw[(page - 1) * PAGE + 200] ^= 0x01
    paths.database.write_bytes(bytes(raw))


def _damaged_vault(vault: Vault) -> tuple[VaultPaths, dict[str, str], int]:
    names = _fill(vault)
    connection = vault.connection
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    pages = decrypted_pages(vault.paths.database, vault.key)
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'answers'").fetchone()[0]
    # Names are sealed under the officer's content key: find a name's page by its sealed
    # bytes, on a leaf (a WITHOUT ROWID table keeps whole rows in its interior pages too,
    # and a damaged root would take every interview along).
    for index in range(30, COUNT):
        reference = next(ref for ref, name in names.items()
                         if name == f"Fictional Person {index:03}")
        sealed = connection.execute(
            "SELECT a.value FROM answers a JOIN interviews i ON i.id = a.interview_id"
            " WHERE i.reference = ? AND a.path = '/data/name'", (reference,)).fetchone()[0]
        assert isinstance(sealed, bytes) and b"Fictional" not in sealed
        page = _page_holding(pages, sealed[-24:])
        if page != root:
            break
    paths = vault.paths
    vault.lock()
    _flip_a_bit_in_page(paths, page)
    return paths, names, page


def test_check_names_the_damaged_page_and_the_readable_interviews(vault: Vault) -> None:
    paths, _names, page = _damaged_vault(vault)
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as damaged:
        results = {result.name: result for result in maintenance.check_vault(damaged)}
        readable, unreadable = readable_interviews(damaged.connection)
    assert not results["encrypted pages"].ok
    assert f"page {page}" in results["encrypted pages"].detail
    assert not results["database structure"].ok
    assert not results["readable interviews"].ok
    assert 0 < len(unreadable) < COUNT and readable == COUNT - len(unreadable)
    assert f"{readable} of {COUNT}" in results["readable interviews"].detail


def test_salvage_copies_every_readable_interview(vault: Vault, tmp_path: Path) -> None:
    paths, names, _page = _damaged_vault(vault)
    out = tmp_path / "salvaged"
    wal = paths.data_dir / "vault.db-wal"
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as damaged:
        readable, unreadable = readable_interviews(damaged.connection)
        before = (paths.database.read_bytes(), wal.read_bytes())
        report = salvage(damaged, out)
        after = (paths.database.read_bytes(), wal.read_bytes())
    assert after == before  # salvage writes nothing into the damaged vault
    assert report.interviews == readable and not report.complete
    assert sorted(report.left_behind) == sorted(unreadable)
    with unlock_vault(VaultPaths(out), user=ADMIN, password=ADMIN_PASSWORD) as rescued:
        assert all(result.ok for result in maintenance.check_vault(rescued))
        rows = rescued.connection.execute("SELECT id, reference FROM interviews").fetchall()
        kept = {reference: dict(interviews.load_answers(rescued.connection, interview_id))
                for interview_id, reference in rows}
    assert len(kept) == readable
    assert set(kept).isdisjoint(unreadable)
    for reference, answers in kept.items():
        assert answers["/data/name"] == names[reference]


def test_cli_check_and_salvage_on_a_damaged_vault(vault: Vault, tmp_path: Path) -> None:
    paths, _names, page = _damaged_vault(vault)
    auth = ("--user", ADMIN, "--password-stdin")
    checked = run_cli(paths.data_dir, *auth, "check", stdin=ADMIN_PASSWORD + "\n")
    assert checked.returncode == 1 and "Traceback" not in checked.stderr, checked.stderr
    assert f"page {page}" in checked.stdout and "salvage" in checked.stdout
    out = tmp_path / "salvaged"
    saved = run_cli(paths.data_dir, *auth, "salvage", "--out", str(out),
                    stdin=ADMIN_PASSWORD + "\n")
    assert saved.returncode == 0, saved.stderr
    assert "interviews copied" in saved.stdout
    again = run_cli(out, *auth, "check", stdin=ADMIN_PASSWORD + "\n")
    assert again.returncode == 0, again.stdout + again.stderr
